/**
 * VS Code's theme kind (from the body class it sets on webviews) -> Mermaid theme settings.
 * Light and dark use Mermaid's own themes; high contrast uses the `base` theme fed with the
 * editor's own colours, since no built-in Mermaid theme meets high-contrast borders.
 */

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

/** The theme kind of the page now (a plain browser page counts as light unless told otherwise). */
export function themeKind(): ThemeKind {
  const c = document.body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-dark')) return 'dark';
  return 'light';
}

/** A CSS colour (variable or computed) as #rrggbb, which Mermaid's colour maths needs. */
function cssColor(variable: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable}, ${fallback})`;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (!m) return fallback;
  return '#' + m.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
}

/** Mermaid's `theme` and `themeVariables` for a theme kind. */
export function mermaidTheme(kind: ThemeKind): { theme: 'default' | 'dark' | 'base'; themeVariables: Record<string, string> } {
  if (kind === 'light') return { theme: 'default', themeVariables: {} };
  if (kind === 'dark') return { theme: 'dark', themeVariables: {} };
  const dark = kind === 'high-contrast';
  const fg = cssColor('--vscode-editor-foreground', dark ? '#ffffff' : '#000000');
  const bg = cssColor('--vscode-editor-background', dark ? '#000000' : '#ffffff');
  const border = cssColor('--vscode-contrastBorder', dark ? '#6fc3df' : '#0f4a85');
  return {
    theme: 'base',
    themeVariables: {
      darkMode: String(dark),
      background: bg,
      primaryColor: bg,
      primaryTextColor: fg,
      primaryBorderColor: border,
      secondaryColor: bg,
      tertiaryColor: bg,
      lineColor: fg,
      textColor: fg,
      mainBkg: bg,
      nodeBorder: border,
      clusterBkg: bg,
      clusterBorder: border,
      edgeLabelBackground: bg,
      noteBkgColor: bg,
      noteTextColor: fg,
      noteBorderColor: border,
      actorBkg: bg,
      actorBorder: border,
      actorTextColor: fg,
      signalColor: fg,
      signalTextColor: fg,
      labelTextColor: fg,
      labelBoxBkgColor: bg,
      labelBoxBorderColor: border,
      sequenceNumberColor: bg,
    },
  };
}

/** Calls `onChange` when VS Code switches theme (it rewrites the body class). */
export function watchTheme(onChange: (kind: ThemeKind) => void): void {
  let last = themeKind();
  new MutationObserver(() => {
    const now = themeKind();
    if (now !== last) {
      last = now;
      onChange(now);
    }
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
