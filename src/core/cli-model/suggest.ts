/** "Did you mean": the nearest names by edit distance, and verb synonyms for operations. */

/** Levenshtein distance, capped at `max + 1` for speed. */
export function distance(a: string, b: string, max = 64): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Up to `n` names close to `word` (distance at most a third of its length, at least 2). */
export function nearest(word: string, names: Iterable<string>, n = 3): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const scored: { name: string; d: number }[] = [];
  for (const name of names) {
    let d = distance(word, name, max);
    // A name that contains the word, or the word that contains the name, is a strong hint.
    if (d > max && word.length >= 4 && (name.includes(word) || word.includes(name))) d = max;
    if (d <= max) scored.push({ name, d });
  }
  return scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).slice(0, n).map((s) => s.name);
}

const VERBS: string[][] = [
  ['describe', 'get', 'list'],
  ['create', 'add', 'put'],
  ['delete', 'remove'],
  ['modify', 'update'],
];

/** Operations with the same noun and a synonym verb (`describe-cluster` → `get-cluster`), then the nearest. */
export function suggestOperation(op: string, names: string[]): string[] {
  const dash = op.indexOf('-');
  const out: string[] = [];
  if (dash > 0) {
    const verb = op.slice(0, dash);
    const noun = op.slice(dash);
    const group = VERBS.find((g) => g.includes(verb)) ?? [verb];
    for (const v of group) {
      for (const cand of [v + noun, `${v + noun}s`, v + noun.replace(/s$/, '')]) {
        if (cand !== op && names.includes(cand) && !out.includes(cand)) out.push(cand);
      }
    }
  }
  for (const n of nearest(op, names)) if (!out.includes(n)) out.push(n);
  return out.slice(0, 3);
}

/** "did you mean a, b or c?" or ''. */
export function didYouMean(names: string[], prefix = ''): string {
  if (!names.length) return '';
  const q = names.map((n) => `${prefix}${n}`);
  return ` Did you mean ${q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`}?`;
}
