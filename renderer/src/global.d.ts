import type { TiefgangApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /**
     * The bridge to the main process: set by the Electron preload, or by the browser test harness.
     * Missing when the renderer is opened on its own (for example `npm run dev` in a plain browser).
     */
    readonly tiefgang?: TiefgangApi;
  }
}
