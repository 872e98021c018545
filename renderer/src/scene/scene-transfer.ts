/**
 * Sending a scene from the layout worker to the page quickly. A scene of 5,000 people holds some
 * 20,000 small objects; structured-cloning them costs about 30 ms at every step of the time slider.
 * Packed as columns (numbers in transferred Float64Arrays, strings and other values coded into one
 * dictionary per scene), the same scene crosses in a few milliseconds and unpacks to objects equal to
 * the originals.
 *
 * The packers are written out field by field for the three row types (people, lines from me, ties),
 * not driven by each row's keys: a loop over dynamic keys makes every property access a lookup by name,
 * several times slower than reading and writing named fields, and this runs at every step.
 */
import { computeDrawOrder, type DrawOrder, rememberDrawOrder } from './draw-order';
import type { RingKey, Scene, SceneEgoLine, SceneNode, SceneTieLine } from './types';

/** Values shared by every column of one scene: code 0 is "absent". */
class Dictionary {
  readonly values: unknown[] = [undefined];
  private readonly index = new Map<unknown, number>();

  code(value: unknown): number {
    if (value === undefined) return 0;
    // Arrays (a dash pattern) are shared by content, everything else by value.
    const key = Array.isArray(value) ? `[${value.join(',')}]` : value;
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.values.length;
      this.index.set(key, code);
      this.values.push(value);
    }
    return code;
  }
}

/** Numeric fields of a person, in this order; NaN marks an optional one that is absent. */
const NODE_NUMBERS = 14;
/** Coded fields of a person (dictionary codes; 0 = absent), in this order. */
const NODE_CODES = 14;

export interface PackedScene extends Omit<Scene, 'nodes' | 'egoLines' | 'ties'> {
  /** How the canvas draws it (draw-order.ts), worked out with the scene in the worker. */
  drawOrder: DrawOrder;
  dictionary: unknown[];
  nodeCount: number;
  nodeNumbers: Float64Array;
  nodeCodes: Int32Array;
  egoCount: number;
  egoNumbers: Float64Array;
  egoCodes: Int32Array;
  tieCount: number;
  tieNumbers: Float64Array;
  tieCodes: Int32Array;
}

const optional = (v: number | undefined): number => (v === undefined ? Number.NaN : v);
const present = (v: number): number | undefined => (Number.isNaN(v) ? undefined : v);

export function packScene(scene: Scene): { packed: PackedScene; transfer: ArrayBuffer[] } {
  const dict = new Dictionary();
  const { nodes, egoLines, ties, ...rest } = scene;

  const nodeNumbers = new Float64Array(nodes.length * NODE_NUMBERS);
  const nodeCodes = new Int32Array(nodes.length * NODE_CODES);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as SceneNode;
    const f = i * NODE_NUMBERS;
    nodeNumbers[f] = n.x;
    nodeNumbers[f + 1] = n.y;
    nodeNumbers[f + 2] = n.r;
    nodeNumbers[f + 3] = n.strokeWidth;
    nodeNumbers[f + 4] = n.opacity;
    nodeNumbers[f + 5] = n.recency;
    nodeNumbers[f + 6] = n.depth;
    nodeNumbers[f + 7] = n.strength;
    nodeNumbers[f + 8] = n.contactsPerMonth;
    nodeNumbers[f + 9] = n.labelPriority;
    nodeNumbers[f + 10] = optional(n.overdueRatio);
    nodeNumbers[f + 11] = optional(n.cadenceDays);
    nodeNumbers[f + 12] = optional(n.daysSinceContact);
    nodeNumbers[f + 13] = (n.neglected ? 1 : 0) | (n.pinned ? 2 : 0) | (n.visible ? 4 : 0);
    const c = i * NODE_CODES;
    nodeCodes[c] = dict.code(n.id);
    nodeCodes[c + 1] = dict.code(n.name);
    nodeCodes[c + 2] = dict.code(n.fill);
    nodeCodes[c + 3] = dict.code(n.stroke);
    nodeCodes[c + 4] = dict.code(n.recencyColour);
    nodeCodes[c + 5] = dict.code(n.ring);
    nodeCodes[c + 6] = dict.code(n.status);
    nodeCodes[c + 7] = dict.code(n.kind);
    nodeCodes[c + 8] = dict.code(n.cluster);
    nodeCodes[c + 9] = dict.code(n.organisation);
    nodeCodes[c + 10] = dict.code(n.pinnedRing);
    nodeCodes[c + 11] = dict.code(n.lastContact);
    nodeCodes[c + 12] = dict.code(n.ringSixMonthsAgo);
    nodeCodes[c + 13] = dict.code(n.ringTwelveMonthsAgo);
  }

  // Lines from me and ties share their geometry and style numbers: one packer for both.
  const egoNumbers = lineNumbers(egoLines);
  const egoCodes = new Int32Array(egoLines.length * 3);
  for (let i = 0; i < egoLines.length; i++) {
    const l = egoLines[i] as SceneEgoLine;
    const c = i * 3;
    egoCodes[c] = dict.code(l.personId);
    egoCodes[c + 1] = dict.code(l.colour);
    egoCodes[c + 2] = dict.code(l.dash);
  }

  const tieNumbers = lineNumbers(ties);
  const tieCodes = new Int32Array(ties.length * 2);
  for (let i = 0; i < ties.length; i++) {
    const t = ties[i] as SceneTieLine;
    tieCodes[i * 2] = dict.code(t.a);
    tieCodes[i * 2 + 1] = dict.code(t.b);
  }

  const drawOrder = computeDrawOrder(scene);
  const packed: PackedScene = {
    ...rest,
    drawOrder,
    dictionary: dict.values,
    nodeCount: nodes.length,
    nodeNumbers,
    nodeCodes,
    egoCount: egoLines.length,
    egoNumbers,
    egoCodes,
    tieCount: ties.length,
    tieNumbers,
    tieCodes,
  };
  return {
    packed,
    transfer: [
      nodeNumbers,
      nodeCodes,
      egoNumbers,
      egoCodes,
      tieNumbers,
      tieCodes,
      ...Object.values(drawOrder),
    ].map((a) => a.buffer as ArrayBuffer),
  };
}

/** x1, y1, x2, y2, width, opacity of each line, six numbers per line. */
const LINE_NUMBERS = 6;
type LineGeometry = Pick<SceneTieLine, 'x1' | 'y1' | 'x2' | 'y2' | 'width' | 'opacity'>;

function lineNumbers(lines: readonly LineGeometry[]): Float64Array {
  const out = new Float64Array(lines.length * LINE_NUMBERS);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as LineGeometry;
    const f = i * LINE_NUMBERS;
    out[f] = l.x1;
    out[f + 1] = l.y1;
    out[f + 2] = l.x2;
    out[f + 3] = l.y2;
    out[f + 4] = l.width;
    out[f + 5] = l.opacity;
  }
  return out;
}

export function unpackScene(packed: PackedScene): Scene {
  const {
    dictionary: dict,
    nodeCount,
    nodeNumbers: num,
    nodeCodes: code,
    egoCount,
    egoNumbers,
    egoCodes,
    tieCount,
    tieNumbers,
    tieCodes,
    drawOrder,
    ...scene
  } = packed;

  const nodes = new Array<SceneNode>(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const f = i * NODE_NUMBERS;
    const c = i * NODE_CODES;
    const flags = num[f + 13] as number;
    // Every field in one literal, as buildScene makes them (absent optional ones `undefined`).
    const n: SceneNode = {
      id: dict[code[c] as number] as string,
      name: dict[code[c + 1] as number] as string,
      organisation: dict[code[c + 9] as number] as string | undefined,
      x: num[f] as number,
      y: num[f + 1] as number,
      r: num[f + 2] as number,
      fill: dict[code[c + 2] as number] as string,
      stroke: dict[code[c + 3] as number] as string,
      strokeWidth: num[f + 3] as number,
      opacity: num[f + 4] as number,
      recencyColour: dict[code[c + 4] as number] as string,
      recency: num[f + 5] as number,
      ring: dict[code[c + 5] as number] as RingKey,
      pinnedRing: dict[code[c + 10] as number] as SceneNode['pinnedRing'],
      depth: num[f + 6] as number,
      strength: num[f + 7] as number,
      status: dict[code[c + 6] as number] as SceneNode['status'],
      overdueRatio: present(num[f + 10] as number),
      cadenceDays: present(num[f + 11] as number),
      lastContact: dict[code[c + 11] as number] as string | undefined,
      daysSinceContact: present(num[f + 12] as number),
      contactsPerMonth: num[f + 8] as number,
      neglected: (flags & 1) !== 0,
      kind: dict[code[c + 7] as number] as SceneNode['kind'],
      cluster: dict[code[c + 8] as number] as string,
      pinned: (flags & 2) !== 0,
      visible: (flags & 4) !== 0,
      labelPriority: num[f + 9] as number,
      ringSixMonthsAgo: dict[code[c + 12] as number] as RingKey | undefined,
      ringTwelveMonthsAgo: dict[code[c + 13] as number] as RingKey | undefined,
    };
    nodes[i] = n;
  }

  const egoLines = new Array<SceneEgoLine>(egoCount);
  for (let i = 0; i < egoCount; i++) {
    const f = i * LINE_NUMBERS;
    const c = i * 3;
    egoLines[i] = {
      personId: dict[egoCodes[c] as number] as string,
      x1: egoNumbers[f] as number,
      y1: egoNumbers[f + 1] as number,
      x2: egoNumbers[f + 2] as number,
      y2: egoNumbers[f + 3] as number,
      width: egoNumbers[f + 4] as number,
      colour: dict[egoCodes[c + 1] as number] as string,
      opacity: egoNumbers[f + 5] as number,
      dash: dict[egoCodes[c + 2] as number] as number[],
    };
  }

  const ties = new Array<SceneTieLine>(tieCount);
  for (let i = 0; i < tieCount; i++) {
    const f = i * LINE_NUMBERS;
    ties[i] = {
      a: dict[tieCodes[i * 2] as number] as string,
      b: dict[tieCodes[i * 2 + 1] as number] as string,
      x1: tieNumbers[f] as number,
      y1: tieNumbers[f + 1] as number,
      x2: tieNumbers[f + 2] as number,
      y2: tieNumbers[f + 3] as number,
      width: tieNumbers[f + 4] as number,
      opacity: tieNumbers[f + 5] as number,
    };
  }
  const unpacked: Scene = { ...scene, nodes, egoLines, ties };
  rememberDrawOrder(unpacked, drawOrder);
  return unpacked;
}
