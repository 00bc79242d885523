/** The bench's contract: a case measures something and returns rows for the report table. */
import type { BenchContext } from './context';

/** One line of the report. */
export interface Row {
  /** What was measured, e.g. "analysis, 1 MB YAML (500 resources)". */
  what: string;
  /** Median in milliseconds, or in `unit` (undefined when it could not be measured; say why in note). */
  median?: number;
  /** Best run in milliseconds, when there were several. */
  best?: number;
  /** How many timed runs the figure comes from. */
  runs?: number;
  /** Median CPU time per run in milliseconds (in-process cases), shown beside the wall time. */
  cpu?: number;
  /** Target in the row's unit: the row prints PASS or MISS against the median. */
  target?: number;
  /** The unit of median, best and target when not milliseconds (the memory case: 'MB'). */
  unit?: 'MB';
  /** Anything else worth printing: a ratio, the number of findings, why a figure is missing. */
  note?: string;
}

export interface BenchCase {
  /** Short stable id, used by `npm run bench -- ID...` to run a subset. */
  id: string;
  /** Where the target comes from (issue number), shown in the table heading. */
  title: string;
  run(ctx: BenchContext): Promise<Row[]> | Row[];
}
