// The webview bundle (browser/iife): both diagram views and the headless renderer, with Mermaid inside.
// Loaded by esbuild.mjs; only the webview loads it, never the extension host.

/** Mermaid diagram types the catalogue and the template diagram use; the others are left out. */
const KEEP = /^(flowDiagram|sequenceDiagram)-/;

/**
 * Mermaid 11 loads each diagram type with a dynamic import; an iife bundle inlines all of them
 * (over 3 MB). The first render budget counts parsing that, so the types we never draw are
 * replaced by a stub whose parser says the type is not bundled.
 */
const onlyUsedDiagrams = {
  name: 'mermaid-only-used-diagrams',
  setup(build) {
    const inMermaid = (args) => args.path.includes('chunks/mermaid.core/') || /mermaid[\\/]dist[\\/]chunks/.test(args.resolveDir);
    build.onResolve({ filter: /\.mjs$/ }, (args) => {
      if (!inMermaid(args)) return undefined;
      const file = args.path.split('/').pop();
      if (KEEP.test(file)) return undefined;
      if (/(Diagram|-definition|^diagram)-[A-Z0-9]+\.mjs$/.test(file)) return { path: file, namespace: 'mermaid-stub' };
      // Layouts for diagram types we leave out (mindmap's cose-bilkent, swimlanes).
      if (/^(cose-bilkent|swimlanes)-[A-Z0-9]+\.mjs$/.test(file)) return { path: file, namespace: 'mermaid-layout-stub' };
      return undefined;
    });
    // KaTeX renders $$math$$ in labels: our labels escape `$`, and no pattern uses math.
    build.onResolve({ filter: /^katex$/ }, () => ({ path: 'katex', namespace: 'mermaid-layout-stub' }));
    const no = (what) => `() => { throw new Error(${JSON.stringify(`${what} is not bundled with AWS Database Architect.`)}); }`;
    build.onLoad({ filter: /.*/, namespace: 'mermaid-stub' }, (args) => ({
      contents: `const no = ${no(`The Mermaid diagram type ${args.path.replace(/-.*/, '')}`)};
export const diagram = { db: { clear() {} }, parser: { parse: no, parser: { yy: {} } }, renderer: { draw: no }, styles: () => '' };`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'mermaid-layout-stub' }, (args) => ({
      contents: `const no = ${no(args.path.replace(/-.*/, ''))};
export const render = no;
export default { render: no, renderToString: no };`,
      loader: 'js',
    }));
  },
};

export default function webview({ production }) {
  return [{
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    entryPoints: { webview: 'src/webview/main.ts' },
    outdir: 'dist/webview',
    sourcemap: production ? false : 'linked',
    // Minified even in development: Mermaid is large, and the first render budget counts parsing it.
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    tsconfig: 'src/webview/tsconfig.json',
    plugins: [onlyUsedDiagrams],
  }];
}
