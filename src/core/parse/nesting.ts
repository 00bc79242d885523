/**
 * Linear pre-scans for nesting depth, run before a library that recurses (jsonc-parser overflows
 * the stack near 10,000 levels; the `yaml` package runs out of memory on 100,000 nested `[`).
 * Each returns the offset where the depth first passes the limit, or -1.
 */
const NL = 10, SP = 32, DQ = 34, SQ = 39, HASH = 35, COMMA = 44, DASH = 45, QM = 63, BSL = 92;
const LBRACK = 91, RBRACK = 93, LBRACE = 123, RBRACE = 125, PIPE = 124, GT = 62;

/** JSON: exact depth of `[` and `{` outside strings. */
export function jsonTooDeep(text: string, limit: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === DQ) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === BSL) i++;
        else if (d === DQ || d === NL) break;
      }
    } else if (c === LBRACK || c === LBRACE) {
      if (++depth > limit) return i;
    } else if ((c === RBRACK || c === RBRACE) && depth > 0) depth--;
  }
  return -1;
}

/**
 * YAML: an estimate (a little high, never much low) of the depth of block collections (the
 * indentation levels open, `- - -` compact items) plus flow collections. Quoted scalars and
 * block scalar bodies are skipped; a bracket counts only where a value can start.
 */
export function yamlTooDeep(text: string, limit: number): number {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let blockParent = -1;
  let i = 0;
  while (i < n) {
    // Line start.
    let s = i;
    while (text.charCodeAt(s) === SP) s++;
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    const ind = s - i;
    const first = text.charCodeAt(s);
    if (s >= n || first === NL || first === HASH || first === 13) {
      i = e + 1;
      continue;
    }
    if (blockParent >= 0) {
      if (ind > blockParent) {
        i = e + 1;
        continue;
      }
      blockParent = -1;
    }
    let p = s;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= ind) indents.pop();
      indents.push(ind);
      // Compact `- - x` / `? ? x`: each indicator opens a level.
      for (;;) {
        const c = text.charCodeAt(p);
        if (!((c === DASH || c === QM) && text.charCodeAt(p + 1) === SP)) break;
        p += 2;
        while (text.charCodeAt(p) === SP) p++;
        indents.push(p - i);
        if (indents.length > limit) return p;
      }
    }
    if (indents.length + flow > limit) return s;
    let tokenStart = true;
    let last = -1;
    let lastAt = -1;
    for (; p < n; p++) {
      const c = text.charCodeAt(p);
      if (c === NL) break;
      if (c === HASH && (p === s || text.charCodeAt(p - 1) === SP)) {
        p = text.indexOf('\n', p);
        if (p < 0) p = n;
        break;
      }
      if ((c === DQ || c === SQ) && tokenStart) {
        // Skip the quoted scalar, over line breaks if it goes on.
        for (p++; p < n; p++) {
          const d = text.charCodeAt(p);
          if (c === DQ && d === BSL) p++;
          else if (d === c) {
            if (c === SQ && text.charCodeAt(p + 1) === SQ) p++;
            else break;
          }
        }
        tokenStart = false;
        last = c;
        lastAt = p;
        continue;
      }
      if ((c === LBRACK || c === LBRACE) && (tokenStart || flow > 0)) {
        if (indents.length + ++flow > limit) return p;
      } else if ((c === RBRACK || c === RBRACE) && flow > 0) flow--;
      tokenStart = c === SP || c === COMMA || c === LBRACK || c === LBRACE;
      if (c !== SP) {
        last = c;
        lastAt = p;
      }
    }
    // A `|` or `>` header (with its indicators) last on the line opens a block scalar body.
    if (flow === 0 && (last === PIPE || last === GT || last === DASH || last === 43 || (last >= 48 && last <= 57))) {
      let b = lastAt;
      while (b > s && text.charCodeAt(b - 1) !== SP && lastAt - b < 3) b--;
      if ((b === s || text.charCodeAt(b - 1) === SP) && /^[|>][-+0-9]{0,2}$/.test(text.slice(b, lastAt + 1))) blockParent = ind;
    }
    i = p + 1;
  }
  return -1;
}
