/**
 * Export of a rendered diagram: the Mermaid source (copy, Markdown block) and the picture (SVG
 * text, PNG drawn through a canvas). The webview only prepares the bytes; the extension shows the
 * save dialog and writes the file.
 */
import { send } from './host';

/** The SVG of a container as a standalone document, with its size fixed from the viewBox. */
export function svgDocument(container: Element): string | undefined {
  const svg = container.querySelector('svg');
  if (!svg) return undefined;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = size(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.maxWidth = '';
  copy.style.transform = '';
  copy.style.transformOrigin = '';
  return new XMLSerializer().serializeToString(copy);
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: Math.ceil(vb.width), height: Math.ceil(vb.height) };
  const r = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.ceil(r.width)), height: Math.max(1, Math.ceil(r.height)) };
}

/** Draws the SVG onto a canvas (2x, on the page's background colour) and returns PNG bytes as base64. */
export async function pngBase64(container: Element, background: string): Promise<string | undefined> {
  const text = svgDocument(container);
  const svg = container.querySelector('svg');
  if (!text || !svg) return undefined;
  const { width, height } = size(svg);
  const scale = 2;
  const img = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The four export buttons' actions for one diagram. */
export function exportActions(source: () => string, container: () => Element | null, name: () => string) {
  return {
    copy: () => send({ type: 'copyText', text: source() }),
    markdown: () => send({ type: 'insertMarkdown', mermaid: source() }),
    svg: () => {
      const c = container();
      const svg = c && svgDocument(c);
      if (svg) send({ type: 'saveSvg', svg, name: `${name()}.svg` });
    },
    png: async () => {
      const c = container();
      if (!c) return;
      const bg = getComputedStyle(document.body).backgroundColor || '#ffffff';
      const base64 = await pngBase64(c, bg);
      if (base64) send({ type: 'savePng', base64, name: `${name()}.png` });
    },
  };
}
