/** The CLI's SARIF writer lives in the core (src/core/report/sarif.ts), shared with the editor's "Export Findings". */
export { toSarif } from '../core/report/sarif';
