/**
 * The window's one store: the data (the snapshot main sends), the view state (view, selection, the
 * map's layout, colouring, filters, search and as-of date, the open dialog, the print preview, the
 * status line) and what undo and redo would do. Derived figures (the engine's results, one per
 * snapshot and date) are selectors in store/derived.ts, not state.
 *
 * Everything that changes the state is an action here, so a menu command, a shortcut, a button and a
 * test act the same way whether or not the view concerned is shown: a command changes the state, the
 * view that reads it follows when it is shown.
 */
import type { Encounter } from '../../../shared/domain/schema';
import type { HistoryState, Label, Snapshot } from '../../../shared/ipc/contract';
import { MENU_VIEWS, type MenuCommand, type MenuView } from '../../../shared/ipc/menu-commands';
import type { PrintOptionsInput } from '../../../shared/print/options';
import { type ApiError, type Client, toApiError } from '../api/client';
import { todayIso } from '../i18n/format';
import { NO_FILTERS } from '../scene/filters';
import type {
  BandFolding,
  ColourBy,
  DriftMonths,
  FoldableRing,
  LayoutKind,
  MapFilters,
} from '../scene/types';
import { createStore, type Store } from './store';
import { readFlag, writeFlag } from './ui-prefs';

/** The views of the window, in the order of the navigation and of Ctrl/Cmd+1…7. */
export type ViewId = MenuView;

/** What opening the print preview may ask for: starting options, such as what the map shows. */
export type PrintRequest = Partial<Omit<PrintOptionsInput, 'asOf'>> & { asOf?: string };

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; snapshot: Snapshot };

export interface MapViewState {
  layout: LayoutKind;
  colourBy: ColourBy;
  showTies: boolean;
  drift: DriftMonths;
  filters: MapFilters;
  /** The map's date; undefined: today. */
  asOf: string | undefined;
  mode: 'map' | 'list';
  /** What is typed in the map's search field. */
  query: string;
  /** People the search found: drawn emphasised, the rest dimmed. */
  highlight: ReadonlySet<string>;
  /** The person the keyboard is on (the canvas's focus ring). */
  focusId: string | undefined;
  playing: boolean;
  /** How the outer bands are drawn (the user's choice; `auto` folds large ones). */
  folding: Readonly<Record<FoldableRing, BandFolding>>;
  /** The legend beside the map is open (remembered between sessions). */
  legendOpen: boolean;
}

export type OpenDialog =
  | { kind: 'none' }
  | { kind: 'person' }
  | { kind: 'encounter'; participants: readonly string[]; encounter?: Encounter; notes?: string };

/** A sentence for the status line: an i18n key with its values (it follows a language switch). */
export interface StatusMessage {
  key: string;
  values?: Record<string, string | number>;
  kind?: 'done' | 'error';
}

/** A field a command asked for; the component that owns it focuses it when it is shown. */
export type FocusTarget = 'search' | 'import';

export interface AppState {
  data: DataState;
  /** Today in the user's zone (`YYYY-MM-DD`); refreshed with every snapshot. */
  today: string;
  view: ViewId;
  selectedId: string | undefined;
  map: MapViewState;
  dialog: OpenDialog;
  status: StatusMessage | undefined;
  history: HistoryState | undefined;
  focus: { target: FocusTarget; seq: number } | undefined;
  /** The print preview is open with these starting options (`seq` tells one request from the next). */
  print: { open: boolean; request: PrintRequest; seq: number };
}

export const NO_HIGHLIGHT: ReadonlySet<string> = new Set();

export function initialMapState(): MapViewState {
  return {
    layout: 'ego',
    colourBy: 'kind',
    showTies: true,
    drift: 0,
    filters: NO_FILTERS,
    asOf: undefined,
    mode: 'map',
    query: '',
    highlight: NO_HIGHLIGHT,
    focusId: undefined,
    playing: false,
    folding: AUTO_FOLDING,
    legendOpen: true,
  };
}

const AUTO_FOLDING: Readonly<Record<FoldableRing, BandFolding>> = { known: 'auto', 'not-met': 'auto' };
const LEGEND_OPEN = 'map.legendOpen';

export function initialState(view: ViewId = 'map', today = todayIso()): AppState {
  return {
    data: { status: 'loading' },
    today,
    view,
    selectedId: undefined,
    map: initialMapState(),
    dialog: { kind: 'none' },
    status: undefined,
    history: undefined,
    focus: undefined,
    print: { open: false, request: {}, seq: 0 },
  };
}

export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '');
  return (MENU_VIEWS as readonly string[]).includes(id) ? (id as ViewId) : 'map';
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * `value` in a task of its own: a large snapshot arrives in a long task (its deserialisation), and the
 * window renders it in the next one instead of making that task longer still (React renders a store
 * change at once).
 */
function nextTask<T>(value: T): Promise<T> {
  if (typeof MessageChannel === 'undefined') return Promise.resolve(value);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(value);
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The store with its actions. `client` reaches main; `translate` puts undo labels and errors into
 * words once, when they happen (the status line keeps the sentence).
 */
export function createAppStore(
  client: Client,
  options: {
    view?: ViewId;
    today?: () => string;
    /** Called when the view changes (the window keeps it in the address's fragment). */
    onView?: (view: ViewId) => void;
    translate?: (key: string, values: Record<string, unknown>) => string;
  } = {},
) {
  const today = options.today ?? todayIso;
  const translate = options.translate ?? ((key: string) => key);
  const initial = initialState(options.view, today());
  initial.map.legendOpen = readFlag(LEGEND_OPEN, initial.map.legendOpen);
  const store: Store<AppState> = createStore(initial);
  const get = store.get;
  const set = store.set;
  let latestRevision = -1;
  let historyBusy = false;

  const setMap = (patch: Partial<MapViewState>) => set((s) => ({ map: { ...s.map, ...patch } }));

  const refreshHistory = () =>
    client.history
      .state({})
      .then((history) => set({ history }))
      .catch(() => {});

  const actions = {
    /** Loads the snapshot; an older answer never replaces a newer one. */
    reload(): Promise<void> {
      return client.db
        .snapshot({})
        .then(nextTask)
        .then((snapshot) => {
          if (snapshot.revision < latestRevision) return;
          latestRevision = snapshot.revision;
          const selected = get().selectedId;
          set({
            data: { status: 'ready', snapshot },
            today: today(),
            // A person who is gone (deleted, merged) is no longer selected.
            ...(selected && !snapshot.people.some((p) => p.id === selected) ? { selectedId: undefined } : {}),
          });
          void refreshHistory();
        })
        .catch((error: unknown) => set({ data: { status: 'error', error: toApiError(error) } }));
    },

    /**
     * Loads now and again whenever main reports a change, and tells in the status line when the calendar
     * file beside the data file could not be written (once per problem, and when it is written again);
     * returns the function that stops it.
     */
    start(): () => void {
      void actions.reload();
      const stopData = client.on.dbChanged(() => void actions.reload());
      let problem: string | undefined;
      const stopCalendar = client.on.calendarWritten((result) => {
        if (!result.ok) {
          if (result.problem === problem) return;
          problem = result.problem;
          set({
            status: {
              key: `agenda:calendarFile.failed.${result.problem}`,
              values: { file: result.path },
              kind: 'error',
            },
          });
        } else if (problem !== undefined) {
          problem = undefined;
          set({ status: { key: 'agenda:calendarFile.writtenAgain' } });
        }
      });
      return () => {
        stopData();
        stopCalendar();
      };
    },

    setView(view: ViewId) {
      if (get().view === view) return;
      set({ view });
      options.onView?.(view);
    },

    select(id: string | undefined) {
      set((s) => ({ selectedId: id, map: id ? { ...s.map, focusId: id } : s.map }));
    },

    /** Opens a person in the People view. */
    openPerson(id: string) {
      set({ selectedId: id });
      actions.setView('people');
    },

    notify(message: string, kind: 'done' | 'error' = 'done') {
      set({ status: { key: 'app:message', values: { message }, kind } });
    },
    showStatus(status: StatusMessage) {
      set({ status });
    },

    openPersonForm() {
      set({ dialog: { kind: 'person' } });
    },
    /** The quick log, with these people already chosen (and notes written, e.g. a next step just done). */
    logWith(participants: readonly string[] = [], prefill: { notes?: string } = {}) {
      if (get().data.status !== 'ready') return;
      set({
        dialog: { kind: 'encounter', participants, ...(prefill.notes ? { notes: prefill.notes } : {}) },
      });
    },
    editEncounter(encounter: Encounter) {
      set({ dialog: { kind: 'encounter', participants: [], encounter } });
    },
    closeDialog() {
      set({ dialog: { kind: 'none' } });
    },

    undo: () => runHistory('undo'),
    redo: () => runHistory('redo'),

    map: {
      setLayout: (layout: LayoutKind) => setMap({ layout }),
      setColourBy: (colourBy: ColourBy) => setMap({ colourBy }),
      setShowTies: (showTies: boolean) => setMap({ showTies }),
      setDrift: (drift: DriftMonths) => setMap({ drift }),
      setFilters: (filters: MapFilters) => setMap({ filters }),
      setAsOf: (asOf: string) => setMap({ asOf }),
      setMode: (mode: 'map' | 'list') => setMap({ mode }),
      setHighlight: (ids: readonly string[]) =>
        setMap({ highlight: ids.length ? new Set(ids) : NO_HIGHLIGHT }),
      /** The search field's text and the people it highlights. */
      setSearch: (query: string, ids: readonly string[]) =>
        setMap({ query, highlight: ids.length ? new Set(ids) : NO_HIGHLIGHT }),
      setFocus: (focusId: string | undefined) => setMap({ focusId }),
      setPlaying: (playing: boolean) => setMap({ playing }),
      /** Opens or folds an outer band of the ring layout. */
      setFolding: (ring: FoldableRing, mode: BandFolding) =>
        set((s) => ({ map: { ...s.map, folding: { ...s.map.folding, [ring]: mode } } })),
      setLegendOpen: (legendOpen: boolean) => {
        writeFlag(LEGEND_OPEN, legendOpen);
        setMap({ legendOpen });
      },
      /** Escape on the map: no search (its text and highlight), no keyboard focus. */
      clearEmphasis: () => setMap({ query: '', highlight: NO_HIGHLIGHT, focusId: undefined }),
    },

    /** Asks the component that owns `target` to focus it (now, or when it is next shown). */
    requestFocus(target: FocusTarget) {
      set((s) => ({ focus: { target, seq: (s.focus?.seq ?? 0) + 1 } }));
    },
    /** The field was focused: the request is done. */
    focusDone() {
      set({ focus: undefined });
    },

    /** Opens the print preview; on the map, it starts from what the map shows. */
    openPrint(request?: PrintRequest) {
      const s = get();
      const fromMap: PrintRequest =
        s.view === 'map'
          ? {
              layout: s.map.layout,
              colourBy: s.map.colourBy,
              showTies: s.map.showTies,
              filters: {
                kinds: [...s.map.filters.kinds],
                tags: [...s.map.filters.tags],
                contexts: [...s.map.filters.contexts],
                channels: [...s.map.filters.channels],
                rings: [...s.map.filters.rings],
                statuses: [...s.map.filters.statuses],
              },
              ...(s.map.asOf ? { asOf: s.map.asOf } : {}),
            }
          : {};
      set({ print: { open: true, request: request ?? fromMap, seq: s.print.seq + 1 } });
    },
    closePrint() {
      set((s) => ({ print: { ...s.print, open: false } }));
    },

    /** What a menu command does (the window's guards — a dialog open, a text field — are the caller's). */
    command(command: MenuCommand) {
      switch (command) {
        case 'quickLog':
          actions.logWith([]);
          return;
        case 'undo':
          actions.undo();
          return;
        case 'redo':
          actions.redo();
          return;
        case 'find':
          // The map's search when the map is shown, else the People view's.
          if (get().view !== 'map' && get().view !== 'people') actions.setView('people');
          actions.requestFocus('search');
          return;
        case 'import':
          actions.setView('settings');
          actions.requestFocus('import');
          return;
        case 'print':
          actions.openPrint();
          return;
        default:
          if (command.startsWith('view.')) actions.setView(command.slice('view.'.length) as ViewId);
          else if (command.startsWith('layout.')) {
            actions.map.setLayout(command.slice('layout.'.length) as LayoutKind);
            actions.setView('map');
          }
      }
    },
  };

  function runHistory(direction: 'undo' | 'redo') {
    if (historyBusy) return;
    historyBusy = true;
    client.history[direction]({})
      .then((result) => {
        set({ history: result.state, status: historyStatus(direction, result.label) });
      })
      .catch((error: unknown) => {
        const e = toApiError(error);
        set({
          status: {
            key: direction === 'undo' ? 'history:undoFailed' : 'history:redoFailed',
            values: { message: translate(`errors:${e.code}`, { message: e.message }) },
            kind: 'error',
          },
        });
      })
      .finally(() => {
        historyBusy = false;
      });
  }

  function historyStatus(direction: 'undo' | 'redo', label: Label): StatusMessage {
    return {
      key: direction === 'undo' ? 'history:undone' : 'history:redone',
      values: { what: translate(label.key, label.values ?? {}) },
    };
  }

  return { ...store, actions };
}
