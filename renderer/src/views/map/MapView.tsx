/**
 * The network map view: controls (search, layout, colour, ties; filters, drift, the count and the
 * folded bands, map/list), the map with its zoom buttons, hover card and collapsible legend, and the
 * time slider. The selected person's card is docked in the side panel (SidePanel), not on the map.
 * Reads the map's slice of the app store and the scene derived from it (map-scenes.ts); the
 * MapController draws and handles the pointer.
 */
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { navigationOrder, stepPerson, stepRing } from '../../scene/navigation';
import { FOLD_ABOVE } from '../../scene/passes/shown';
import type {
  ColourBy,
  DriftMonths,
  FoldableRing,
  LayoutKind,
  LegendEntry,
  Scene,
  SceneNode,
} from '../../scene/types';
import { FOLDABLE_RINGS } from '../../scene/types';
import { useAppStore, useClient, useLocale } from '../../store/context';
import { selectSnapshot } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { createStore } from '../../store/store';
import { lastContactText, ringName } from './format-figures';
import { MapCanvas } from './MapCanvas';
import { MapFiltersPanel } from './MapFiltersPanel';
import { MapLegend } from './MapLegend';
import { MapList } from './MapList';
import { MapSearch } from './MapSearch';
import { MapZoomControls } from './MapZoomControls';
import type { MapController } from './map-controller';
import { mapScenes } from './map-scenes';
import { HoverCard } from './PersonCards';
import { TimeSlider } from './TimeSlider';
import { useTranslate } from './use-translate';
import './map-view.css';

type Hover = { node: SceneNode; at: { x: number; y: number } } | undefined;

export function MapView() {
  const { t } = useTranslation();
  const store = useAppStore();
  const { actions } = store;
  const client = useClient();
  const locale = useLocale();
  const snapshot = useAppState(selectSnapshot)!;
  // Field by field: a new date (the time slider) re-renders the slider, not the whole view.
  const layout = useAppState((s) => s.map.layout);
  const colourBy = useAppState((s) => s.map.colourBy);
  const showTies = useAppState((s) => s.map.showTies);
  const drift = useAppState((s) => s.map.drift);
  const filters = useAppState((s) => s.map.filters);
  const mode = useAppState((s) => s.map.mode);
  const focusId = useAppState((s) => s.map.focusId);
  const highlight = useAppState((s) => s.map.highlight);
  const query = useAppState((s) => s.map.query);
  const selectedId = useAppState((s) => s.selectedId);
  const folding = useAppState((s) => s.map.folding);
  const legendOpen = useAppState((s) => s.map.legendOpen);
  const today = useAppState((s) => s.today);
  const scenes = mapScenes(store);
  const { scene, revision, range, error, dataAt } = useSyncExternalStore(
    scenes.state.subscribe,
    scenes.state.get,
  );
  const controller = useRef<MapController | undefined>(undefined);
  // The hover card has a store of its own: hovering re-renders the card, not the view.
  const [hover] = useState(() => createStore<{ value: Hover }>({ value: undefined }));
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  // The view is fitted again when what decides the picture's extent changes (layout, filters, folded
  // bands: the scene says which), never at a step of the time slider.
  const fitKey = fitKeyOf(scene, revision);
  const revisionRef = useRef(revision);
  revisionRef.current = revision;
  scenes.onArrived = (next) => controller.current?.setScene(next, fitKeyOf(next, revisionRef.current));

  // The keyboard order is worked out only when the keyboard or the list needs it, not at every step
  // of the time slider.
  const orderOf = useMemo(() => {
    let cached: SceneNode[] | undefined;
    return () => {
      cached ??= scene ? navigationOrder(scene) : [];
      return cached;
    };
  }, [scene]);
  const { contextsOf, tagsOf } = useMemo(() => {
    const names = new Map(snapshot.contexts.map((c) => [c.id, c.name]));
    const people = new Map(snapshot.people.map((p) => [p.id, p]));
    return {
      contextsOf: (id: string) => (people.get(id)?.contexts ?? []).map((c) => names.get(c) ?? c).join(', '),
      tagsOf: (id: string) => (people.get(id)?.tags ?? []).join(' '),
    };
  }, [snapshot.contexts, snapshot.people]);
  const tags = useMemo(
    () => [...new Set(snapshot.people.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b)),
    [snapshot.people],
  );
  const contexts = useMemo(
    () =>
      [...snapshot.contexts]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({ id: c.id, name: c.name })),
    [snapshot.contexts],
  );
  const first = range?.first ?? today;
  const tr = useTranslate();
  const meLabel = snapshot.settings.ownerName.trim() || t('map:me');

  const focusPerson = (node: SceneNode | undefined) => {
    if (!node) return;
    actions.map.setFocus(node.id);
    setAnnouncement(
      t('map:keyboard.focused', {
        name: node.name,
        ring: ringName(t, node.ring),
        last: lastContactText(t, node, locale),
      }),
    );
    controller.current?.reveal(node.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const current = focusId ?? selectedId;
    const order = orderOf();
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        focusPerson(stepPerson(order, current, 1));
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        focusPerson(stepPerson(order, current, -1));
        break;
      case 'PageDown':
        focusPerson(stepRing(order, current, 1));
        break;
      case 'PageUp':
        focusPerson(stepRing(order, current, -1));
        break;
      case 'Home':
        focusPerson(order[0]);
        break;
      case 'End':
        focusPerson(order[order.length - 1]);
        break;
      case 'Enter':
        if (current) actions.select(current);
        break;
      case 'l':
      case 'L':
        if (current) actions.logWith([current]);
        break;
      case 'f':
      case 'F':
        controller.current?.fit();
        break;
      case '+':
      case '=':
        controller.current?.zoomBy(1.3);
        break;
      case '-':
        controller.current?.zoomBy(1 / 1.3);
        break;
      case 'Escape':
        actions.map.clearEmphasis();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  // New data (a person logged, imported, dragged) may change the picture's extent: a map the user has
  // not moved follows it.
  useEffect(() => {
    if (revision >= 0) controller.current?.fitIfUnmoved();
  }, [revision]);

  // Escape anywhere on the map screen clears the search, so the map is no longer dimmed (in a text
  // field or a dialog the field or the dialog has it first).
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="combobox"]')) return;
      const map = store.get().map;
      if (map.query || map.highlight.size > 0) actions.map.clearEmphasis();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [store, actions]);

  const pin = (personId: string, x: number, y: number) => {
    client.map.pin({ layout, personId, x, y }).catch((e: Error) => {
      controller.current?.cancelDrop();
      setProblem(t('map:pin.failed', { message: e.message }));
    });
  };
  const unpin = (personId?: string) => {
    client.map
      .unpin(personId ? { layout, personId } : { layout })
      .catch((e: Error) => setProblem(t('map:pin.failed', { message: e.message })));
  };
  const anyPinned = Object.keys(snapshot.mapPins?.[layout] ?? {}).length > 0;
  const onHover = useCallback(
    (node: SceneNode | undefined, at: { x: number; y: number } | undefined) =>
      hover.set({ value: node && at && !store.get().map.playing ? { node, at } : undefined }),
    [hover, store],
  );

  // Folding or opening the legend changes the map's width; a map the user has not moved is fitted to
  // its new room (MapController.resize).
  const toggleLegend = useCallback(
    () => actions.map.setLegendOpen(!store.get().map.legendOpen),
    [actions, store],
  );

  const stats = scene?.stats;
  const countText = stats
    ? [
        t('map:count', { visible: stats.visible, total: stats.total }),
        stats.notMet > 0 && filters.rings.includes('not-met') && !isFolded(scene, 'not-met')
          ? t('map:countNotMet', { count: stats.notMet })
          : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined;
  const empty = snapshot.people.length === 0;
  const view = mode;
  return (
    <section className="map-view" aria-labelledby="map-view-title">
      <h2 id="map-view-title" className="visually-hidden">
        {t('map:title')}
      </h2>
      <div className="map-controls">
        <MapSearch
          scene={scene}
          query={query}
          moreText={tagsOf}
          onSearch={actions.map.setSearch}
          onChoose={(id, name) => {
            actions.map.setSearch(name, [id]);
            actions.select(id);
            controller.current?.centreOn(id);
          }}
        />
        <Segmented
          label={t('map:toolbar.layout')}
          value={layout}
          onChange={(v) => actions.map.setLayout(v as LayoutKind)}
          choices={[
            ['ego', t('map:toolbar.layoutEgo')],
            ['force', t('map:toolbar.layoutForce')],
            ['context', t('map:toolbar.layoutContext')],
          ]}
        />
        <Segmented
          label={t('map:toolbar.colourBy')}
          value={colourBy}
          onChange={(v) => actions.map.setColourBy(v as ColourBy)}
          choices={[
            ['kind', t('map:toolbar.colourKind')],
            ['context', t('map:toolbar.colourContext')],
          ]}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={showTies}
            onChange={(e) => actions.map.setShowTies(e.target.checked)}
          />
          <span>{t('map:toolbar.ties')}</span>
        </label>
      </div>
      <div className="map-subbar">
        <MapFiltersPanel
          filters={filters}
          tags={tags}
          contexts={contexts}
          onChange={actions.map.setFilters}
        />
        <label className="map-select">
          <span>{t('map:toolbar.drift')}</span>
          <select
            value={drift}
            disabled={layout !== 'ego'}
            onChange={(e) => actions.map.setDrift(Number(e.target.value) as DriftMonths)}
          >
            <option value={0}>{t('map:toolbar.driftOff')}</option>
            <option value={6}>{t('map:toolbar.drift6')}</option>
            <option value={12}>{t('map:toolbar.drift12')}</option>
          </select>
        </label>
        <p className="map-count" role="status" data-visible={stats?.visible ?? 0} title={countText}>
          {stats ? t('map:count', { visible: stats.visible, total: stats.total }) : t('map:loading')}
          {stats && stats.notMet > 0 && filters.rings.includes('not-met') && !isFolded(scene, 'not-met') && (
            <span className="muted"> · {t('map:countNotMet', { count: stats.notMet })}</span>
          )}
        </p>
        {(problem || error) && (
          <p className="map-problem" role="alert">
            {problem ?? t('map:failed', { message: error })}
          </p>
        )}
        <div className="map-subbar-end">
          {anyPinned && (
            <button type="button" className="button is-small" onClick={() => unpin()}>
              {t('map:toolbar.resetPins')}
            </button>
          )}
          <Segmented
            label={t('map:toolbar.view')}
            value={view}
            onChange={(v) => actions.map.setMode(v as 'map' | 'list')}
            choices={[
              ['map', t('map:toolbar.viewMap')],
              ['list', t('map:toolbar.viewList')],
            ]}
          />
        </div>
      </div>
      <div className="map-stage">
        <div className="map-main" hidden={view !== 'map'}>
          <MapCanvas
            scene={scene}
            fitKey={fitKey}
            highlight={highlight}
            selectedId={selectedId}
            focusId={focusId}
            t={tr}
            meLabel={meLabel}
            label={t('map:canvasLabel', { visible: stats?.visible ?? 0, total: stats?.total ?? 0 })}
            data={{ revision, dataAt }}
            onController={(c) => {
              controller.current = c;
            }}
            onHover={onHover}
            onSelect={(id) => actions.select(id)}
            onDrop={pin}
            onKeyDown={onKeyDown}
          />
          <HoverCardHost hover={hover} locale={locale} />
          {/* Everyone is on the map (the not-met in their band), so an empty map means nobody is
              recorded — or, when people are, that the filters hide them all. */}
          {(empty || (stats && stats.visible === 0)) && (
            <p className="map-empty">
              {empty || stats?.total === 0 ? t('map:empty') : t('map:emptyFiltered')}
            </p>
          )}
          {!scene && !empty && <p className="map-empty">{t('map:loading')}</p>}
          <FoldButtons
            scene={scene}
            folding={folding}
            onFold={(ring, mode) => actions.map.setFolding(ring, mode)}
          />
          {scene && (
            <MapZoomControls
              onZoomIn={() => controller.current?.zoomBy(1.3)}
              onZoomOut={() => controller.current?.zoomBy(1 / 1.3)}
              onFit={() => controller.current?.fit()}
            />
          )}
        </div>
        {view === 'list' && (
          <MapList
            nodes={orderOf()}
            contextsOf={contextsOf}
            selectedId={selectedId}
            locale={locale}
            onSelect={(id) => actions.select(id)}
          />
        )}
        {view === 'map' && (
          <MapLegend entries={scene?.legend ?? NO_LEGEND} open={legendOpen} onToggle={toggleLegend} />
        )}
      </div>
      <MapTimeSlider
        first={first}
        today={today}
        locale={locale}
        onPlay={() => hover.set({ value: undefined })}
      />
      <p id="map-keyboard-help" className="visually-hidden">
        {t('map:keyboard.help')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/** The time slider, with its own slice of the store (the date changes at every step). */
function MapTimeSlider({
  first,
  today,
  locale,
  onPlay,
}: {
  first: string;
  today: string;
  locale: string;
  onPlay: () => void;
}) {
  const actions = useActions();
  const asOf = useAppState((s) => s.map.asOf) ?? today;
  const playing = useAppState((s) => s.map.playing);
  return (
    <TimeSlider
      asOf={asOf}
      first={first}
      today={today}
      playing={playing}
      locale={locale}
      onChange={actions.map.setAsOf}
      onPlaying={(next) => {
        if (next) onPlay();
        actions.map.setPlaying(next);
      }}
    />
  );
}

function HoverCardHost({
  hover,
  locale,
}: {
  hover: ReturnType<typeof createStore<{ value: Hover }>>;
  locale: string;
}) {
  const { value } = useSyncExternalStore(hover.subscribe, hover.get);
  return value ? <HoverCard node={value.node} at={value.at} locale={locale} /> : null;
}

function Segmented({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  choices: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{label}</legend>
      {choices.map(([v, text]) => (
        <button key={v} type="button" aria-pressed={v === value} onClick={() => onChange(v)}>
          {text}
        </button>
      ))}
    </fieldset>
  );
}

const NO_LEGEND: readonly LegendEntry[] = [];

/** The fit key of a scene: its extent (layout, filters, folded bands) and whether data has arrived. */
function fitKeyOf(scene: Scene | undefined, revision: number): string {
  return `${scene?.extentKey ?? scene?.layout ?? ''}|${revision >= 0 ? 'ready' : 'loading'}`;
}

function isFolded(scene: Scene | undefined, ring: FoldableRing): boolean {
  return scene?.rings.some((r) => r.ring === ring && r.folded) ?? false;
}

/**
 * For each outer band that is folded, a button to show its people; for a large one the user opened,
 * one to fold it again.
 */
function FoldButtons({
  scene,
  folding,
  onFold,
}: {
  scene: Scene | undefined;
  folding: Readonly<Record<FoldableRing, string>>;
  onFold: (ring: FoldableRing, mode: 'open' | 'folded') => void;
}) {
  const { t } = useTranslation();
  if (scene?.layout !== 'ego') return null;
  const key = (ring: FoldableRing) => (ring === 'known' ? 'Known' : 'NotMet');
  return (
    <div className="map-fold">
      {FOLDABLE_RINGS.map((ring) => {
        const band = scene.rings.find((r) => r.ring === ring);
        if (!band) return null;
        if (band.folded)
          return (
            <button
              key={ring}
              type="button"
              className="button is-small"
              data-unfold={ring}
              onClick={() => onFold(ring, 'open')}
            >
              {t(`map:fold.show${key(ring)}`, { count: band.count })}
            </button>
          );
        if (folding[ring] === 'open' || band.count > FOLD_ABOVE)
          return (
            <button
              key={ring}
              type="button"
              className="button is-small"
              data-fold={ring}
              onClick={() => onFold(ring, 'folded')}
            >
              {t(`map:fold.fold${key(ring)}`)}
            </button>
          );
        return null;
      })}
    </div>
  );
}
