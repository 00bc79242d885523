/** The export toolbar shared by the catalogue cards and the template diagram. */
import { button, el } from './dom';
import { exportActions } from './export';

/** A row of export buttons for one diagram. */
export function exportToolbar(source: () => string, container: () => Element | null, name: () => string): HTMLElement {
  const a = exportActions(source, container, name);
  return el('div', { class: 'toolbar', role: 'toolbar' },
    button('Copy Mermaid', a.copy, { 'data-action': 'copy', title: 'Copy the Mermaid source to the clipboard' }),
    button('Save SVG', a.svg, { 'data-action': 'svg' }),
    button('Save PNG', () => void a.png(), { 'data-action': 'png' }),
    button('Insert Markdown', a.markdown, { 'data-action': 'markdown', title: 'Insert a ```mermaid block into the active editor' }),
  );
}
