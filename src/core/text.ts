/** Positions and ranges: the core works on 0-based offsets and converts once, at the edge. */

/** A 0-based line and UTF-16 character, as VS Code and LSP use. */
export interface Position {
  line: number;
  character: number;
}

/** A 0-based, end-exclusive range. */
export interface Range {
  start: Position;
  end: Position;
}

/** Half-open offset span [start, end) into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** Maps offsets to line/character positions; built lazily, once per text. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && t.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** The position of an offset (clamped to the text). */
  position(offset: number): Position {
    const starts = this.lineStarts();
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  }

  /** The offset of a position (clamped to the text). */
  offset(pos: Position): number {
    const starts = this.lineStarts();
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.text.length;
    return Math.min(starts[pos.line] + Math.max(0, pos.character), this.text.length);
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}
