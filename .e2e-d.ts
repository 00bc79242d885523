import fs from 'node:fs';
import { diagramTemplate } from '../../work/wt/tfeditor/src/core/diagram';
const dir = '/tmp/tfeditor/mod/';
const text = fs.readFileSync(dir + 'main.tf', 'utf8');
const siblings = [{ name: 'network.tf', text: fs.readFileSync(dir + 'network.tf', 'utf8') }];
const d = diagramTemplate(text, dir + 'main.tf', { siblings });
console.log(d.mermaid, d.problems, d.graph.nodes.map((n) => [n.logicalId, n.line, n.file]));
console.log(diagramTemplate(text, dir + 'main.tf', { siblings, wholeFolder: true }).mermaid);
