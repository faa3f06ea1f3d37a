// Charts are styled with CSS variables and classes, which a downloaded SVG or a canvas cannot see:
// the export copies each element's computed style inline, then adds the title, the legend (HTML on
// screen) and a source line, so the file stands on its own.
import { fileSlug, saveBlob } from '../download/save';
import type { LegendItem } from './types';

const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
];

const NAMESPACE = 'http://www.w3.org/2000/svg';
const PAD = 8;
const TITLE_HEIGHT = 30;
const LEGEND_ROW = 20;
const FOOTER_HEIGHT = 24;

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

export interface ChartExport {
  /** The chart's SVGs (several for small multiples), placed as they are on screen. */
  svgs: SVGSVGElement[];
  title: string;
  legends: { label: string; items: LegendItem[] }[];
  sourceLine: string;
}

export function exportSvg({ svgs, title, legends, sourceLine }: ChartExport): ExportedSvg {
  const boxes = svgs.map((svg) => svg.getBoundingClientRect());
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const width = Math.max(320, Math.max(...boxes.map((box) => box.right)) - left);
  const chartHeight = Math.max(...boxes.map((box) => box.bottom)) - top;

  // Computed colours, not the variables: those hold light-dark() pairs a standalone file cannot resolve.
  const page = getComputedStyle(document.documentElement);
  const foreground = page.color;

  const root = element('svg', { xmlns: NAMESPACE, 'font-family': page.fontFamily });
  const backdrop = element('rect', { width: '100%', height: '100%', fill: page.backgroundColor });
  root.append(backdrop, text(title, PAD, 22, 16, foreground, '600'));

  let y = TITLE_HEIGHT;
  for (const legend of legends) y = appendLegend(root, legend.items, y, width, foreground);

  svgs.forEach((svg, index) => {
    const box = boxes[index]!;
    const copy = inlineStyles(svg);
    copy.setAttribute('x', String(box.left - left));
    copy.setAttribute('y', String(y + box.top - top));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    root.append(copy);
  });

  const height = y + chartHeight + FOOTER_HEIGHT;
  root.append(text(sourceLine, PAD, height - 8, 11, foreground, '400'));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const computed = getComputedStyle(original);
    const target = copies[index]!;
    target.setAttribute(
      'style',
      INLINED_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'),
    );
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  return copy;
}

/** Legend entries in rows that wrap at `width`; returns the y below the legend. */
function appendLegend(
  root: SVGElement,
  items: LegendItem[],
  top: number,
  width: number,
  foreground: string,
): number {
  let x = PAD;
  let y = top;
  for (const item of items) {
    const itemWidth = 22 + item.label.length * 6.5 + 14;
    if (x + itemWidth > width - PAD && x > PAD) [x, y] = [PAD, y + LEGEND_ROW];
    const colour = resolveColour(item.colour);
    const marker = item.symbol
      ? element('path', {
          d: item.symbol,
          transform: `translate(${x + 7}, ${y + 10})`,
          fill: item.hollow ? 'none' : colour,
          'fill-opacity': item.faint ? '0.35' : '1',
          stroke: colour,
          'stroke-width': '1.5',
        })
      : element('rect', { x: String(x), y: String(y + 8), width: '16', height: '4', rx: '2', fill: colour });
    root.append(marker, text(item.label, x + 22, y + 14, 12, foreground, '400'));
    x += itemWidth;
  }
  return items.length > 0 ? y + LEGEND_ROW + 6 : top;
}

/** A CSS colour (possibly `var(--…)`) as the browser resolves it here. */
function resolveColour(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

function element(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(NAMESPACE, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function text(content: string, x: number, y: number, size: number, fill: string, weight: string): SVGElement {
  const node = element('text', {
    x: String(x),
    y: String(y),
    'font-size': String(size),
    'font-weight': weight,
    fill,
  });
  node.textContent = content;
  return node;
}

/** Rasterises an exported SVG at twice its size, for sharp PNGs on dense screens. */
export async function svgToPng(exported: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([exported.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(exported.width * scale);
    canvas.height = Math.ceil(exported.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw a PNG.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, exported.width, exported.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Downloads the chart's SVGs as one SVG or PNG named after its title (`clout-<title>.svg`), with
 * its legends and a source line naming this page. Throws with a readable message on failure.
 */
export async function downloadChartImage(
  chart: Omit<ChartExport, 'sourceLine'>,
  kind: 'svg' | 'png',
): Promise<void> {
  if (chart.svgs.length === 0) return;
  const exported = exportSvg({ ...chart, sourceLine: `Source: Clout · ${window.location.href}` });
  const blob =
    kind === 'svg' ? new Blob([exported.text], { type: 'image/svg+xml' }) : await svgToPng(exported);
  saveBlob(blob, `clout-${fileSlug(chart.title)}.${kind}`);
}
