/**
 * The scene model: everything the map draws, as plain data (no DOM, no D3 selections), so that one
 * model feeds two renderers (Canvas for the interactive map, SVG for print and export), can be built in
 * a Web Worker and structured-cloned to the page, and can be read by tests.
 *
 * World coordinates: "me" sits at (0, 0); one unit is one CSS pixel at zoom 1.
 */
import type { Channel, PersonKind, RingNumber } from '../../../shared/domain/schema';
import type { Ring } from '../../../shared/engine/rings';
import type { ContactStatus } from '../../../shared/engine/status';

/** A person's computed ring: 1–4 (Dunbar layers), `known` (met, outside the rings), `not-met`. */
export type RingKey = Ring;
export const RING_KEYS: readonly RingKey[] = [1, 2, 3, 4, 'known', 'not-met'];

/** The engine's status of a tie (depth model §5): `new` after one contact day, `none` if never met. */
export type TieStatus = ContactStatus;
export const TIE_STATUSES: readonly TieStatus[] = ['ok', 'due', 'overdue', 'lapsing', 'new', 'none'];

/** What the map needs to know about one person at the chosen date (adapted from the depth engine). */
export interface MapPersonMetrics {
  personId: string;
  strength: number;
  /** Blended depth, 0 (shallow) … 1 (deepest). */
  depth: number;
  ring: RingKey;
  pinnedRing?: RingNumber;
  /** Days since the last contact at the chosen date; undefined if never met by then. */
  daysSinceContact?: number;
  /** `YYYY-MM-DD` of the last contact at the chosen date. */
  lastContact?: string;
  status: TieStatus;
  overdueRatio?: number;
  /** Expected cadence in days (learned or set). */
  cadenceDays?: number;
  neglected: boolean;
  /** Distinct contact days in the 365 days up to the chosen date, divided by 12 (contacts per month). */
  contactsPerMonth: number;
  /** Channels used with this person up to the chosen date: bit i stands for CHANNELS[i]. */
  channelMask: number;
  ringSixMonthsAgo?: RingKey;
  ringTwelveMonthsAgo?: RingKey;
}

/** A person as the map needs it (a projection of the stored Person). */
export interface MapPerson {
  id: string;
  displayName: string;
  organisation?: string;
  kind: PersonKind;
  tags: readonly string[];
  contexts: readonly string[];
  archived?: boolean;
}

export interface MapContext {
  id: string;
  name: string;
}

export interface MapTie {
  a: string;
  b: string;
  /** The user's 1–5 rating of how well the two know each other, if any. */
  strength?: number;
}

export type LayoutKind = 'ego' | 'force' | 'context';
export const LAYOUT_KINDS: readonly LayoutKind[] = ['ego', 'force', 'context'];
export type ColourBy = 'kind' | 'context';
export type DriftMonths = 0 | 6 | 12;

export interface Point {
  x: number;
  y: number;
}

/** Positions the user dragged people to, per layout (they override the computed layout). */
export type MapPins = Partial<Record<LayoutKind, Readonly<Record<string, Point>>>>;

/** Combinable filters; an empty list means "no restriction" for that facet. */
export interface MapFilters {
  kinds: readonly PersonKind[];
  tags: readonly string[];
  contexts: readonly string[];
  channels: readonly Channel[];
  rings: readonly RingKey[];
  statuses: readonly (TieStatus | 'neglected')[];
}

/**
 * How an outer band ("known", "not met yet") is drawn: person by person (`open`), or folded into one
 * counted band (`folded`) that the view can open; `auto` folds it when it holds more people than
 * FOLD_ABOVE (a large network opens on what matters: the rings).
 */
export type BandFolding = 'auto' | 'open' | 'folded';
export type FoldableRing = 'known' | 'not-met';
export const FOLDABLE_RINGS: readonly FoldableRing[] = ['known', 'not-met'];

export interface SceneOptions {
  layout: LayoutKind;
  colourBy: ColourBy;
  /** Person–person ties as thin lines. */
  showTies: boolean;
  /** Where each tie was 6 or 12 months ago (0 = off). */
  drift: DriftMonths;
  seed: number;
  filters: MapFilters;
  pins: MapPins;
  /** Default cadence of each ring in days (from the model settings), for the ring labels. */
  ringCadenceDays: readonly [number, number, number, number];
  /** Iterations of the force layout (fixed, so the result is deterministic). */
  forceIterations?: number;
  /** How the outer bands are drawn in the ring layout (default `auto` for both). */
  folding?: Partial<Record<FoldableRing, BandFolding>>;
}

/**
 * Text that a renderer translates: an i18n key in namespace `map` with its parameters. A parameter may
 * itself be a reference with parameters of its own ("Ring 1 · {{cadence}}" with cadence "about every
 * {{count}} days"); they are resolved inside out.
 */
export interface TextRef {
  key: string;
  params?: Readonly<Record<string, TextParam>>;
}
export type TextParam = string | number | TextRef;

export interface SceneNode {
  id: string;
  /** The full display name (renderers shorten it for labels). */
  name: string;
  organisation?: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Recency as opacity: 1 fresh … 0.25 long ago. */
  opacity: number;
  /** Recency colour of the line to me (also used for the hover card swatch). */
  recencyColour: string;
  /** 0 fresh … 1 long ago (two years or more). */
  recency: number;
  ring: RingKey;
  pinnedRing?: RingNumber;
  depth: number;
  strength: number;
  status: TieStatus;
  overdueRatio?: number;
  cadenceDays?: number;
  lastContact?: string;
  daysSinceContact?: number;
  contactsPerMonth: number;
  neglected: boolean;
  kind: PersonKind;
  /** The group the layout placed this person in (a context id, a tie component, or `none`). */
  cluster: string;
  /** Dragged by the user: the position comes from the stored pin. */
  pinned: boolean;
  visible: boolean;
  /** Higher is placed first when labels compete for space. */
  labelPriority: number;
  ringSixMonthsAgo?: RingKey;
  ringTwelveMonthsAgo?: RingKey;
}

/** The line from me to a person: width = contact frequency, colour/opacity = recency, dash = neglected. */
export interface SceneEgoLine {
  personId: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  colour: string;
  opacity: number;
  /** Dash pattern in world units; empty for a solid line. */
  dash: readonly number[];
}

export interface SceneTieLine {
  a: string;
  b: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  opacity: number;
}

export interface SceneRing {
  ring: RingKey;
  /** Outer radius of the band; the circle drawn. */
  radius: number;
  innerRadius: number;
  label: TextRef;
  /** People shown in the band (or folded into it). */
  count: number;
  /** An outer band folded into one counted band: its people are not drawn one by one. */
  folded?: boolean;
}

/** Where a person is (computed ring) vs. where the user pinned them (intention). */
export interface SceneRingGap {
  personId: string;
  from: Point;
  to: Point;
  ring: RingKey;
  pinnedRing: RingNumber;
  /** `inward`: the user wants them closer than they are. */
  direction: 'inward' | 'outward';
}

/** Where a tie was 6 or 12 months ago. */
export interface SceneDrift {
  personId: string;
  from: Point;
  to: Point;
  ringThen: RingKey;
  ringNow: RingKey;
  direction: 'inward' | 'outward';
}

/** A label for a group (a context sector or a context cluster). */
export interface SceneGroupLabel {
  id: string;
  label: TextRef;
  x: number;
  y: number;
  /** Which end of the text sits at (x, y): outside the rings, names run away from the centre. */
  anchor: 'start' | 'middle' | 'end';
  count: number;
}

export type LegendSampleKind = 'line' | 'node' | 'swatch' | 'ring' | 'marker';

export interface LegendSample {
  label: TextRef;
  /** For lines: width in px; for nodes: radius. */
  size?: number;
  colour?: string;
  opacity?: number;
  dash?: readonly number[];
}

export interface LegendEntry {
  id:
    | 'rings'
    | 'line-width'
    | 'recency'
    | 'neglected'
    | 'ring-gap'
    | 'node-size'
    | 'node-colour'
    | 'ties'
    | 'drift'
    | 'pinned';
  title: TextRef;
  sampleKind: LegendSampleKind;
  samples: LegendSample[];
  note?: TextRef;
}

export interface SceneBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface SceneStats {
  total: number;
  visible: number;
  /** People who pass the filters but sit in a folded band (not drawn one by one). */
  folded: number;
  notMet: number;
  neglected: number;
  byRing: Record<string, number>;
}

export interface Scene {
  asOf: string;
  layout: LayoutKind;
  colourBy: ColourBy;
  seed: number;
  me: { x: number; y: number; r: number };
  /** Every person of the input in id order (the canvas relies on it), visible or not. */
  nodes: SceneNode[];
  /** Lines from me to each visible person (ego and context layouts; faint in the force layout). */
  egoLines: SceneEgoLine[];
  /** Person–person ties between visible people (empty when the toggle is off). */
  ties: SceneTieLine[];
  rings: SceneRing[];
  groups: SceneGroupLabel[];
  gaps: SceneRingGap[];
  drift: SceneDrift[];
  legend: LegendEntry[];
  bounds: SceneBounds;
  stats: SceneStats;
  /** The people of ring 1 (the closest five), drawn to stand out. */
  closest: string[];
  /**
   * What decides the picture's extent besides the data: layout, filters, folded bands. The view is
   * fitted to the screen again when it changes (and kept where the user put it otherwise).
   */
  extentKey: string;
}
