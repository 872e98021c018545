/**
 * What the application menu asks the window to do (event `menu.command`). The main process owns the
 * menu but not the UI state (the open view, the map's layout, the undo history, the focused field), so
 * these actions travel to the renderer, which maps each to the same code its buttons and shortcuts run.
 * Plain constants (no zod): the contract turns them into the event's schema.
 */

/** The views of the window, in the order of View ▸ and of Ctrl/Cmd+1…7 (renderer/src/app/nav.ts). */
export const MENU_VIEWS = ['map', 'people', 'review', 'agenda', 'plan', 'dashboard', 'settings'] as const;
export type MenuView = (typeof MENU_VIEWS)[number];

/** The map's layouts (renderer/src/scene/types.ts LayoutKind). */
export const MENU_LAYOUTS = ['ego', 'force', 'context'] as const;
export type MenuLayout = (typeof MENU_LAYOUTS)[number];

export const MENU_COMMANDS = [
  'quickLog',
  'import',
  'print',
  'undo',
  'redo',
  'find',
  'view.map',
  'view.people',
  'view.review',
  'view.agenda',
  'view.plan',
  'view.dashboard',
  'view.settings',
  'layout.ego',
  'layout.force',
  'layout.context',
] as const satisfies readonly (
  | 'quickLog'
  | 'import'
  | 'print'
  | 'undo'
  | 'redo'
  | 'find'
  | `view.${MenuView}`
  | `layout.${MenuLayout}`
)[];
export type MenuCommand = (typeof MENU_COMMANDS)[number];
