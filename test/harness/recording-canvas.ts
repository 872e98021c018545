/**
 * A CanvasRenderingContext2D for Node that records what is drawn: every call with its arguments and
 * the transform in force, so tests can ask where a text or a circle ended up on screen. Text widths
 * come from the label module's estimate (as on a canvas, only the measure differs).
 */
import { estimateTextWidth } from '../../renderer/src/scene/labels';

export interface DrawCall {
  name: string;
  args: unknown[];
  /** The transform when the call was made: screen = (a·x + e, d·y + f) (no rotation or skew is used). */
  transform: { a: number; d: number; e: number; f: number };
  font: string;
  fillStyle: unknown;
  strokeStyle: unknown;
  globalAlpha: number;
}

export interface RecordedText {
  text: string;
  /** Screen position (CSS pixels at dpr 1) of the text's anchor. */
  x: number;
  y: number;
  font: string;
}

export interface RecordingContext extends CanvasRenderingContext2D {
  calls: DrawCall[];
  /** Texts filled (fillText), in screen coordinates. */
  texts(): RecordedText[];
  /** Circles drawn (arc calls), centre and radius in screen coordinates. */
  arcs(): { x: number; y: number; r: number }[];
  reset(): void;
}

export function recordingContext(): RecordingContext {
  const calls: DrawCall[] = [];
  let transform = { a: 1, d: 1, e: 0, f: 0 };
  const state: Record<string, unknown> = {
    font: '10px sans-serif',
    fillStyle: '#000000',
    strokeStyle: '#000000',
    globalAlpha: 1,
    lineWidth: 1,
    textAlign: 'start',
    textBaseline: 'alphabetic',
    lineCap: 'butt',
    lineJoin: 'miter',
  };
  const stack: { transform: typeof transform; state: Record<string, unknown> }[] = [];
  const record = (name: string, args: unknown[]) =>
    calls.push({
      name,
      args,
      transform: { ...transform },
      font: String(state.font),
      fillStyle: state.fillStyle,
      strokeStyle: state.strokeStyle,
      globalAlpha: Number(state.globalAlpha),
    });
  const fontSize = () => Number(/(\d+(?:\.\d+)?)px/.exec(String(state.font))?.[1] ?? 10);
  const methods: Record<string, (...args: never[]) => unknown> = {
    setTransform: (a: number, _b: number, _c: number, d: number, e: number, f: number) => {
      transform = { a, d, e, f };
      record('setTransform', [a, d, e, f]);
    },
    save: () => {
      stack.push({ transform: { ...transform }, state: { ...state } });
    },
    restore: () => {
      const top = stack.pop();
      if (top) {
        transform = top.transform;
        Object.assign(state, top.state);
      }
    },
    measureText: (text: string) => ({ width: estimateTextWidth(text, fontSize()) }) as TextMetrics,
    setLineDash: (dash: number[]) => record('setLineDash', [dash]),
    getLineDash: () => [],
  };
  for (const name of [
    'fillRect',
    'clearRect',
    'strokeRect',
    'beginPath',
    'closePath',
    'moveTo',
    'lineTo',
    'arc',
    'rect',
    'fill',
    'stroke',
    'fillText',
    'strokeText',
    'drawImage',
  ]) {
    methods[name] = (...args: never[]) => record(name, args);
  }
  const target = {
    calls,
    canvas: { width: 800, height: 600 },
    texts: () =>
      calls
        .filter((c) => c.name === 'fillText')
        .map((c) => ({
          text: String(c.args[0]),
          x: c.transform.a * Number(c.args[1]) + c.transform.e,
          y: c.transform.d * Number(c.args[2]) + c.transform.f,
          font: c.font,
        })),
    arcs: () =>
      calls
        .filter((c) => c.name === 'arc')
        .map((c) => ({
          x: c.transform.a * Number(c.args[0]) + c.transform.e,
          y: c.transform.d * Number(c.args[1]) + c.transform.f,
          r: c.transform.a * Number(c.args[2]),
        })),
    reset: () => {
      calls.length = 0;
    },
  };
  return new Proxy(target, {
    get(t, key: string) {
      if (key in t) return (t as Record<string, unknown>)[key];
      if (key in methods) return methods[key];
      return state[key];
    },
    set(_t, key: string, value) {
      state[key] = value;
      return true;
    },
  }) as unknown as RecordingContext;
}

/** What a recording OffscreenCanvas hands over instead of a picture: its size and what was drawn. */
export interface RecordedBitmap {
  width: number;
  height: number;
  calls: DrawCall[];
  closed: boolean;
  close(): void;
}

/**
 * An OffscreenCanvas for Node that records: each picture taken (transferToImageBitmap) is a
 * RecordedBitmap with the calls drawn since the last one. Install it as `globalThis.OffscreenCanvas`
 * for code that makes its own canvases.
 */
export class RecordingOffscreenCanvas {
  static made: RecordingOffscreenCanvas[] = [];
  readonly context = recordingContext();

  constructor(
    public width: number,
    public height: number,
  ) {
    RecordingOffscreenCanvas.made.push(this);
  }

  getContext(_kind: '2d', _options?: unknown): RecordingContext {
    return this.context;
  }

  transferToImageBitmap(): RecordedBitmap {
    const bitmap: RecordedBitmap = {
      width: this.width,
      height: this.height,
      calls: [...this.context.calls],
      closed: false,
      close() {
        bitmap.closed = true;
      },
    };
    this.context.reset();
    return bitmap;
  }
}
