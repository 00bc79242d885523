/**
 * Fills a VS Code snippet body with its defaults, as accepting every tab stop unchanged would:
 * `${1:x}` -> x (nested placeholders expanded), `${1|a,b|}` -> a, a mirrored `$1` -> the same
 * text, `$0`/`$1` without default -> '', escapes `\$ \} \\` -> their character. Variables
 * (`$TM_FILENAME`) are refused: snippets here must not depend on the editor's state.
 */

/** Marks a mirror to fill once all defaults are known (a private-use character no snippet contains). */
const MARK = '\uE000';

type Part = string | { index: number; def?: Part[]; choices?: string[] };

function parse(body: string, pos = { i: 0 }, until?: string): Part[] {
  const out: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(text);
    text = '';
  };
  while (pos.i < body.length) {
    const c = body[pos.i];
    if (c === '\\' && '$}\\'.includes(body[pos.i + 1] ?? '')) {
      text += body[pos.i + 1];
      pos.i += 2;
      continue;
    }
    if (until && c === until) {
      pos.i++;
      flush();
      return out;
    }
    if (c === '$') {
      const rest = body.slice(pos.i);
      let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
      if (m) {
        flush();
        out.push({ index: Number(m[1]) });
        pos.i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(rest);
      if (m) {
        flush();
        out.push({ index: Number(m[1]), choices: m[2].split(/(?<!\\),/).map((s) => s.replace(/\\(.)/g, '$1')) });
        pos.i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):/.exec(rest);
      if (m) {
        flush();
        pos.i += m[0].length;
        out.push({ index: Number(m[1]), def: parse(body, pos, '}') });
        continue;
      }
      if (/^\$\{?[A-Za-z_]/.test(rest)) throw new Error(`snippet variable at ${JSON.stringify(rest.slice(0, 30))}: not allowed`);
    }
    text += c;
    pos.i++;
  }
  if (until) throw new Error(`unclosed placeholder in snippet`);
  flush();
  return out;
}

/** The text a snippet inserts when every placeholder keeps its default. */
export function fillDefaults(body: string): string {
  const parts = parse(body);
  const defaults = new Map<number, string>();
  const render = (ps: Part[]): string =>
    ps.map((p) => {
      if (typeof p === 'string') return p;
      if (p.def) {
        const v = render(p.def);
        if (!defaults.has(p.index)) defaults.set(p.index, v);
        return v;
      }
      if (p.choices) {
        if (!defaults.has(p.index)) defaults.set(p.index, p.choices[0]);
        return p.choices[0];
      }
      return MARK + p.index + MARK;
    }).join('');
  const first = render(parts);
  // Mirrors: a bare `$n` takes the text its placeholder got anywhere in the body.
  return first.replace(new RegExp(`${MARK}(\\d+)${MARK}`, 'g'), (_, n) => defaults.get(Number(n)) ?? '');
}

/** Every tab stop index used in a body (to check snippets have tab stops). */
export function tabStops(body: string): number[] {
  return [...new Set([...body.matchAll(/(?<!\\)\$\{?(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}
