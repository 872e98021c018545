/**
 * Remembers the main window's position and size in a small JSON file in userData. A saved position is
 * restored only if enough of it lies on a display that is connected now (a laptop undocked from its
 * second monitor must not open the window off screen).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the window (at least) must overlap a display's work area to be restored there. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

/** The saved state, or undefined if there is none or it is unreadable (the window then opens centred). */
export function readWindowState(file: string): WindowState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the state atomically (temp file + rename), so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temp, file);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * The bounds to open the window with: the saved ones if they are visible on one of `workAreas`
 * (clamped to that display's size), else just the default size (Electron centres the window).
 */
export function boundsToRestore(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const display = workAreas.find((area) => {
    const o = overlap(saved, area);
    return (
      o.width >= Math.min(MIN_VISIBLE.width, saved.width) &&
      o.height >= Math.min(MIN_VISIBLE.height, saved.height)
    );
  });
  if (!display) return { bounds: { ...DEFAULT_SIZE }, maximized: saved.maximized };
  return {
    bounds: {
      x: saved.x,
      y: saved.y,
      width: Math.min(Math.max(MIN_SIZE.width, saved.width), display.width),
      height: Math.min(Math.max(MIN_SIZE.height, saved.height), display.height),
    },
    maximized: saved.maximized,
  };
}
