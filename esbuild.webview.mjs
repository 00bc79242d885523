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

/**
 * Mermaid's getConfig() deep-copies the whole configuration (every diagram type's settings and
 * ~200 theme variables) through a generic merge on every call, and a flowchart render calls it for
 * every node, edge and label: a profile of a 50-node re-render showed most of the time there. The
 * copy below gives the same result (the merge at depth 2 into an empty object: null values dropped,
 * arrays de-duplicated, third level copied shallowly) without the generic machinery.
 */
const GET_CONFIG = `var getConfig = /* @__PURE__ */ __name(() => {
  return assignWithDepth_default({}, currentConfig);
}, "getConfig");`;
const FAST_GET_CONFIG = `var getConfig = /* @__PURE__ */ __name(() => {
  const out = {};
  for (const key in currentConfig) {
    if (!Object.hasOwn(currentConfig, key)) continue;
    const v = currentConfig[key];
    if (v === null) continue;
    if (typeof v !== "object") { out[key] = v; continue; }
    if (Array.isArray(v)) { const a = []; for (const x of v) if (!a.includes(x)) a.push(x); out[key] = a; continue; }
    // A spread clones the ~270 theme variables natively (building them key by key was half the
    // cost); then the rare null values go and nested objects get their own shallow copy.
    const o = { ...v };
    for (const k2 in o) {
      const v2 = o[k2];
      if (v2 === null) delete o[k2];
      else if (typeof v2 === "object") o[k2] = Object.assign(Array.isArray(v2) ? [] : {}, v2);
    }
    out[key] = o;
  }
  return out;
}, "getConfig");`;

const fastGetConfig = {
  name: 'mermaid-fast-get-config',
  setup(build) {
    build.onLoad({ filter: /mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]chunk-[A-Z0-9]+\.mjs$/ }, async (args) => {
      const fs = await import('node:fs');
      const text = fs.readFileSync(args.path, 'utf8');
      if (!text.includes('var getConfig = ')) return undefined;
      if (!text.includes(GET_CONFIG)) {
        return { contents: text, loader: 'js', warnings: [{ text: 'mermaid getConfig() changed: the fast copy is not applied (esbuild.webview.mjs)' }] };
      }
      return { contents: text.replace(GET_CONFIG, FAST_GET_CONFIG), loader: 'js' };
    });
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
    plugins: [onlyUsedDiagrams, fastGetConfig],
  }];
}
