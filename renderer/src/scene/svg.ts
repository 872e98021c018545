/**
 * The SVG renderer: scene → a standalone SVG document (a string), for print and export. Pure (no DOM),
 * so the print page, the CLI's headless print and the tests all get the same markup. Vector all the
 * way: sharp at any zoom of a PDF. Draws the same layers in the same order as the canvas renderer.
 */
import {
  DRIFT_IN_COLOUR,
  DRIFT_OUT_COLOUR,
  GAP_COLOUR,
  ME_COLOUR,
  NEGLECT_COLOUR,
  RING_COLOUR,
  strokeScale,
  TIE_COLOUR,
} from './encodings';
import {
  type Box,
  centreLabel,
  estimateTextWidth,
  type GroupLabelBox,
  type LabelCandidate,
  type PlacedLabel,
  placeGroupLabels,
  placeLabels,
} from './labels';
import { esc } from './svg-text';
import { resolveText, type Translate } from './text';
import type { Scene, SceneNode } from './types';

export interface SvgOptions {
  /** Size of the drawing in user units (px at 96 dpi, or pt for print). */
  width: number;
  height: number;
  /** Space around the map inside the drawing. */
  margin?: number;
  t: Translate;
  /** The owner's name for the centre ("Me" if empty). */
  meLabel?: string;
  fontFamily?: string;
  fontSize?: number;
  background?: string;
  /** Which people to label: by default the placement decides by priority and space. */
  labelIds?: ReadonlySet<string>;
  /** Label text per person (e.g. pseudonyms for anonymised prints); defaults to the name. */
  labelText?: (node: SceneNode) => string;
  /** Labels at most this many (default: by area). */
  maxLabels?: number;
  /** Draw the ring circles empty of people (for a client to write into). */
  emptyRings?: boolean;
  measure?: (text: string, fontSize: number) => number;
  /**
   * The ring names and group names as text (default both). The print page leaves them out and draws
   * them itself on top of everything, from `groups` and the rings' boxes; they are placed either way.
   */
  texts?: { ringNames?: boolean; groupNames?: boolean };
}

export interface SvgResult {
  svg: string;
  /** The label boxes placed, in drawing coordinates (for overlap checks). */
  labels: PlacedLabel[];
  /** The group names placed (their boxes never overlap the labels). */
  groups: GroupLabelBox[];
  /** World → drawing: x' = x × k + tx. */
  transform: { k: number; tx: number; ty: number };
}

export function renderSceneToSvg(scene: Scene, options: SvgOptions): SvgResult {
  const { width, height, t } = options;
  const margin = options.margin ?? 24;
  const fontSize = options.fontSize ?? 10;
  const font = options.fontFamily ?? 'Helvetica, Arial, sans-serif';
  const b = scene.bounds;
  const k = Math.min(
    (width - 2 * margin) / Math.max(1, b.maxX - b.minX),
    (height - 2 * margin) / Math.max(1, b.maxY - b.minY),
  );
  const tx = width / 2 - ((b.minX + b.maxX) / 2) * k;
  const ty = height / 2 - ((b.minY + b.maxY) / 2) * k;
  const px = (x: number) => x * k + tx;
  const py = (y: number) => y * k + ty;
  const fx = (x: number) => fmt(px(x));
  const fy = (y: number) => fmt(py(y));
  const sw = (w: number) => fmt(Math.max(0.25, w * strokeScale(k)));
  const visible = scene.nodes.filter((n) => n.visible);
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="${esc(font)}" font-size="${fmt(fontSize)}">`,
  );
  if (options.background) out.push(`<rect width="100%" height="100%" fill="${esc(options.background)}"/>`);

  // Folded outer bands (shaded), rings and their labels.
  for (const ring of scene.rings) {
    if (!ring.folded) continue;
    const [cx, cy, ro, ri] = [px(0), py(0), ring.radius * k, ring.innerRadius * k];
    out.push(
      `<path class="folded-band" fill="#eef1f4" fill-rule="evenodd" d="M ${fmt(cx - ro)} ${fmt(cy)} a ${fmt(ro)} ${fmt(ro)} 0 1 0 ${fmt(2 * ro)} 0 a ${fmt(ro)} ${fmt(ro)} 0 1 0 ${fmt(-2 * ro)} 0 M ${fmt(cx - ri)} ${fmt(cy)} a ${fmt(ri)} ${fmt(ri)} 0 1 0 ${fmt(2 * ri)} 0 a ${fmt(ri)} ${fmt(ri)} 0 1 0 ${fmt(-2 * ri)} 0"/>`,
    );
  }
  out.push('<g class="rings" fill="none">');
  for (const ring of scene.rings) {
    const dash = ring.ring === 'known' || ring.ring === 'not-met' ? ' stroke-dasharray="4 4"' : '';
    out.push(
      `<circle cx="${fx(0)}" cy="${fy(0)}" r="${fmt(ring.radius * k)}" stroke="${RING_COLOUR}" stroke-width="${sw(1)}"${dash}/>`,
    );
  }
  out.push('</g>');
  const ringNames = options.texts?.ringNames ?? true;
  const groupNames = options.texts?.groupNames ?? true;
  if (ringNames)
    out.push(
      `<g class="ring-labels" fill="#52606d" font-size="${fmt(fontSize * 0.9)}" text-anchor="middle">`,
    );
  const ringBoxes: Box[] = [];
  for (const ring of scene.rings) {
    const text = resolveText(t, ring.label);
    const baseline = py(-ring.radius) + fontSize + 2;
    if (ringNames)
      out.push(
        `<text x="${fx(0)}" y="${fmt(baseline)}" paint-order="stroke" stroke="#ffffff" stroke-width="3">${esc(text)}</text>`,
      );
    const w = (options.measure ?? estimateTextWidth)(text, fontSize * 0.9);
    ringBoxes.push({ x: px(0) - w / 2, y: baseline - fontSize, width: w, height: fontSize * 1.2 });
  }
  if (ringNames) out.push('</g>');

  if (!options.emptyRings) {
    // Person–person ties.
    if (scene.ties.length > 0) {
      out.push(`<g class="ties" stroke="${TIE_COLOUR}">`);
      for (const l of scene.ties) {
        out.push(
          `<line x1="${fx(l.x1)}" y1="${fy(l.y1)}" x2="${fx(l.x2)}" y2="${fy(l.y2)}" stroke-width="${sw(l.width)}" stroke-opacity="${l.opacity}"/>`,
        );
      }
      out.push('</g>');
    }
    // Lines from me.
    out.push('<g class="ego-lines" stroke-linecap="round">');
    for (const l of scene.egoLines) {
      const dash =
        l.dash.length > 0
          ? ` stroke-dasharray="${l.dash.map((d) => fmt(d * strokeScale(k))).join(' ')}"`
          : '';
      out.push(
        `<line data-person="${esc(l.personId)}" x1="${fx(l.x1)}" y1="${fy(l.y1)}" x2="${fx(l.x2)}" y2="${fy(l.y2)}" stroke="${l.colour}" stroke-opacity="${l.opacity}" stroke-width="${sw(l.width)}"${dash}/>`,
      );
    }
    out.push('</g>');
    // Drift: where the tie was back then → where it is now.
    if (scene.drift.length > 0) {
      out.push('<g class="drift" fill="none" stroke-dasharray="2 2">');
      for (const d of scene.drift) {
        const colour = d.direction === 'outward' ? DRIFT_OUT_COLOUR : DRIFT_IN_COLOUR;
        out.push(
          `<line x1="${fx(d.from.x)}" y1="${fy(d.from.y)}" x2="${fx(d.to.x)}" y2="${fy(d.to.y)}" stroke="${colour}" stroke-width="${sw(1.5)}"/>`,
          `<circle cx="${fx(d.from.x)}" cy="${fy(d.from.y)}" r="${fmt(Math.max(1.5, 3 * k))}" stroke="${colour}" stroke-width="${sw(1)}"/>`,
        );
      }
      out.push('</g>');
    }
    // Ring gaps: a hollow circle where the user wants the person, a thin line to it.
    if (scene.gaps.length > 0) {
      out.push(`<g class="ring-gaps" fill="none" stroke="${GAP_COLOUR}">`);
      for (const g of scene.gaps) {
        out.push(
          `<line x1="${fx(g.from.x)}" y1="${fy(g.from.y)}" x2="${fx(g.to.x)}" y2="${fy(g.to.y)}" stroke-width="${sw(1)}" stroke-dasharray="3 2"/>`,
          `<circle cx="${fx(g.to.x)}" cy="${fy(g.to.y)}" r="${fmt(Math.max(2, 6 * k))}" stroke-width="${sw(1.5)}"/>`,
        );
      }
      out.push('</g>');
    }
    // People.
    out.push('<g class="nodes">');
    for (const n of visible) {
      const r = Math.max(1, n.r * k);
      out.push(
        `<circle data-person="${esc(n.id)}" cx="${fx(n.x)}" cy="${fy(n.y)}" r="${fmt(r)}" fill="${n.fill}" fill-opacity="${n.opacity}" stroke="${n.stroke}" stroke-width="${sw(n.strokeWidth)}"/>`,
      );
      if (n.neglected) {
        out.push(
          `<circle class="neglect-marker" cx="${fx(n.x)}" cy="${fy(n.y)}" r="${fmt(r + Math.max(1.5, 3.5 * k))}" fill="none" stroke="${NEGLECT_COLOUR}" stroke-width="${sw(1.5)}" stroke-dasharray="${fmt(2 * strokeScale(k))} ${fmt(1.5 * strokeScale(k))}"/>`,
        );
      }
      if (n.pinned) {
        const s = Math.max(1.5, 2.5 * k);
        out.push(
          `<rect x="${fmt(px(n.x) + r - s)}" y="${fmt(py(n.y) - r - s)}" width="${fmt(2 * s)}" height="${fmt(2 * s)}" fill="#1f2933"/>`,
        );
      }
    }
    out.push('</g>');
  }

  // Group names (contexts), the biggest first, none on top of another.
  const measure = options.measure ?? estimateTextWidth;
  const groupBoxes = placeGroupLabels(
    scene.groups.map((g) => ({ ...g, text: resolveText(t, g.label) })),
    { k, tx, ty, width, height },
    fontSize,
    measure,
  );
  if (groupNames && groupBoxes.length > 0) {
    out.push(`<g class="groups" fill="#3e4c59" font-style="italic" font-size="${fmt(fontSize)}">`);
    for (const g of groupBoxes) {
      out.push(
        `<text x="${fmt(g.x + 1)}" y="${fmt(g.y + g.height * 0.78)}" paint-order="stroke" stroke="#ffffff" stroke-width="3">${esc(g.text)}</text>`,
      );
    }
    out.push('</g>');
  }

  // Labels, placed so they never overlap (nor cover me).
  const meR = Math.max(4, scene.me.r * k);
  const meBox: Box = { x: px(scene.me.x) - meR, y: py(scene.me.y) - meR, width: 2 * meR, height: 2 * meR };
  const labels: PlacedLabel[] = [];
  if (!options.emptyRings) {
    const text = options.labelText ?? ((n: SceneNode) => n.name);
    const candidates: LabelCandidate[] = visible
      .filter((n) => !options.labelIds || options.labelIds.has(n.id))
      .map((n) => ({
        id: n.id,
        text: text(n),
        x: n.x,
        y: n.y,
        r: Math.max(1, n.r * k) / k,
        priority: n.labelPriority,
      }));
    labels.push(
      ...placeLabels(
        candidates,
        { k, tx, ty, width, height },
        {
          fontSize,
          measure,
          minScreenRadius: 0,
          obstacles: [...groupBoxes, ...ringBoxes, meBox],
          ...(options.maxLabels !== undefined ? { maxLabels: options.maxLabels } : {}),
        },
      ),
    );
    out.push('<g class="labels" fill="#1f2933">');
    for (const l of labels) {
      out.push(
        `<text data-person="${esc(l.id)}" x="${fmt(l.x + 1)}" y="${fmt(l.y + l.height * 0.78)}" paint-order="stroke" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round">${esc(l.text)}</text>`,
      );
    }
    out.push('</g>');
  }

  // Me, on top of everything in every layout.
  out.push(
    `<circle cx="${fx(scene.me.x)}" cy="${fy(scene.me.y)}" r="${fmt(meR)}" fill="${ME_COLOUR}" stroke="#ffffff" stroke-width="1.5"/>`,
    `<text x="${fx(scene.me.x)}" y="${fmt(py(scene.me.y) + fontSize * 0.35)}" fill="#ffffff" text-anchor="middle" font-weight="bold" font-size="${fmt(Math.min(fontSize, Math.max(6, scene.me.r * k * 0.7)))}">${esc(shortMe(options.meLabel, t))}</text>`,
  );
  out.push('</svg>');
  return { svg: out.join('\n'), labels, groups: groupBoxes, transform: { k, tx, ty } };
}

function shortMe(label: string | undefined, t: Translate): string {
  return centreLabel(label?.trim() || t('map:me'));
}

function fmt(v: number): string {
  return String(Math.round(v * 100) / 100);
}
