/**
 * The network map view: controls (search, layout, colour, ties, drift, filters, map/list), the canvas
 * map with its legend and cards, and the time slider. Holds only view state; the scene comes from the
 * layout worker (use-map-scene), all shaping is in renderer/src/scene.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { Client } from '../api/client';
import { todayIso } from '../i18n/format';
import { layoutOf, useMenuCommand } from '../menu/use-menu-commands';
import { nodeIndex } from '../scene/canvas';
import { NO_FILTERS } from '../scene/filters';
import { navigationOrder, stepPerson, stepRing } from '../scene/navigation';
import type { ColourBy, DriftMonths, LayoutKind, MapFilters, SceneNode, SceneOptions } from '../scene/types';
import { lastContactText, ringName } from './format-figures';
import { MapCanvas, type MapCanvasHandle } from './MapCanvas';
import { MapFiltersPanel } from './MapFiltersPanel';
import { MapLegend } from './MapLegend';
import { MapList } from './MapList';
import { MapSearch } from './MapSearch';
import { HoverCard, SelectionCard } from './PersonCards';
import { TimeSlider } from './TimeSlider';
import { registerControl } from './test-hook';
import { useMapScene } from './use-map-scene';
import { useTranslate } from './use-translate';
import './map-view.css';

interface Props {
  client: Client;
  snapshot: Snapshot;
  locale: string;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onLogWith: (personId: string) => void;
}

/** One fixed seed: the map looks the same every time it is opened. */
const SEED = 1;
/**
 * The layout last chosen in this window. It outlives the view, so the map comes back as it was left
 * after a visit to another view, and a menu command (Layout ▸ Network) taken by a map that is just
 * being replaced still applies to the map that replaces it.
 */
let chosenLayout: LayoutKind = 'ego';

export function MapView({ client, snapshot, locale, selectedId, onSelect, onLogWith }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<MapCanvasHandle>(null);
  const [layout, setLayoutState] = useState<LayoutKind>(() => chosenLayout);
  const setLayout = useCallback((next: LayoutKind) => {
    chosenLayout = next;
    setLayoutState(next);
  }, []);
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const [showTies, setShowTies] = useState(true);
  const [drift, setDrift] = useState<DriftMonths>(0);
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [view, setView] = useState<'map' | 'list'>('map');
  const today = todayIso();
  const [asOf, setAsOf] = useState(today);
  const [playing, setPlaying] = useState(false);
  const [highlight, setHighlight] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | undefined>();
  const [hover, setHover] = useState<{ node: SceneNode; at: { x: number; y: number } } | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const options = useMemo<SceneOptions>(
    () => ({
      layout,
      colourBy,
      showTies,
      drift: layout === 'ego' ? drift : 0,
      seed: SEED,
      filters,
      pins: snapshot.mapPins ?? {},
      ringCadenceDays: snapshot.settings.model.ringCadenceDays,
    }),
    [layout, colourBy, showTies, drift, filters, snapshot.mapPins, snapshot.settings.model.ringCadenceDays],
  );
  const map = useMapScene(snapshot, asOf, options, (scene) => canvas.current?.drawArrived(scene));
  // Layout ▸ Ego / Network / Contexts in the application menu.
  useMenuCommand((command) => {
    const next = layoutOf(command);
    if (!next) return false;
    setLayout(next);
    return true;
  });
  // A new date goes to the worker before React renders it (see useMapScene.requestDate).
  const requestDate = map.requestDate;
  const changeAsOf = useCallback(
    (date: string) => {
      requestDate(date);
      setAsOf(date);
    },
    [requestDate],
  );
  useEffect(() => registerControl({ setAsOf: changeAsOf }), [changeAsOf]);
  const scene = map.scene;

  // The keyboard order is worked out only when the keyboard or the list needs it, not at every step
  // of the time slider.
  const orderOf = useMemo(() => {
    let cached: SceneNode[] | undefined;
    return () => {
      cached ??= scene ? navigationOrder(scene) : [];
      return cached;
    };
  }, [scene]);
  // The index by id is built only when someone is selected (not at every step of the time slider).
  const selected = selectedId && scene ? nodeIndex(scene).get(selectedId) : undefined;
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
  const encounterDates = useMemo(
    () =>
      selectedId
        ? snapshot.encounters.filter((e) => e.participants.includes(selectedId)).map((e) => e.date)
        : [],
    [snapshot.encounters, selectedId],
  );
  const first = map.range?.first ?? today;
  const tr = useTranslate();
  const meLabel = snapshot.settings.ownerName.trim() || t('map:me');

  const focusPerson = useCallback(
    (node: SceneNode | undefined) => {
      if (!node) return;
      setFocusId(node.id);
      setAnnouncement(
        t('map:keyboard.focused', {
          name: node.name,
          ring: ringName(t, node.ring),
          last: lastContactText(t, node, locale),
        }),
      );
      const p = canvas.current?.screenPoint(node.id);
      const el = document.querySelector('.map-canvas');
      if (p && el && (p.x < 0 || p.y < 0 || p.x > el.clientWidth || p.y > el.clientHeight))
        canvas.current?.centreOn(node.id);
    },
    [t, locale],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLCanvasElement>) => {
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
        if (current) onSelect(current);
        break;
      case 'l':
      case 'L':
        if (current) onLogWith(current);
        break;
      case 'f':
      case 'F':
        canvas.current?.fit();
        break;
      case '+':
      case '=':
        canvas.current?.zoomBy(1.3);
        break;
      case '-':
        canvas.current?.zoomBy(1 / 1.3);
        break;
      case 'Escape':
        setHighlight(new Set());
        setFocusId(undefined);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const pin = useCallback(
    (personId: string, x: number, y: number) => {
      client.map
        .pin({ layout, personId, x, y })
        .catch((error: Error) => setProblem(t('map:pin.failed', { message: error.message })));
    },
    [client, layout, t],
  );
  const unpin = useCallback(
    (personId?: string) => {
      client.map
        .unpin(personId ? { layout, personId } : { layout })
        .catch((error: Error) => setProblem(t('map:pin.failed', { message: error.message })));
    },
    [client, layout, t],
  );
  const anyPinned = Object.keys(snapshot.mapPins?.[layout] ?? {}).length > 0;

  useEffect(() => {
    if (!playing) return;
    setHover(undefined);
  }, [playing]);

  const stats = scene?.stats;
  const empty = snapshot.people.length === 0;
  return (
    <section className="map-view" aria-labelledby="map-view-title">
      <h2 id="map-view-title" className="visually-hidden">
        {t('map:title')}
      </h2>
      <div className="map-controls">
        <MapSearch
          scene={scene}
          moreText={tagsOf}
          onPreview={(ids) => setHighlight(new Set(ids))}
          onClear={() => setHighlight(new Set())}
          onChoose={(id) => {
            setHighlight(new Set([id]));
            setFocusId(id);
            onSelect(id);
            canvas.current?.centreOn(id);
          }}
        />
        <Segmented
          label={t('map:toolbar.layout')}
          value={layout}
          onChange={(v) => setLayout(v as LayoutKind)}
          choices={[
            ['ego', t('map:toolbar.layoutEgo')],
            ['force', t('map:toolbar.layoutForce')],
            ['context', t('map:toolbar.layoutContext')],
          ]}
        />
        <Segmented
          label={t('map:toolbar.colourBy')}
          value={colourBy}
          onChange={(v) => setColourBy(v as ColourBy)}
          choices={[
            ['kind', t('map:toolbar.colourKind')],
            ['context', t('map:toolbar.colourContext')],
          ]}
        />
        <label className="check">
          <input type="checkbox" checked={showTies} onChange={(e) => setShowTies(e.target.checked)} />
          <span>{t('map:toolbar.ties')}</span>
        </label>
        <label className="map-select">
          <span>{t('map:toolbar.drift')}</span>
          <select
            value={drift}
            disabled={layout !== 'ego'}
            onChange={(e) => setDrift(Number(e.target.value) as DriftMonths)}
          >
            <option value={0}>{t('map:toolbar.driftOff')}</option>
            <option value={6}>{t('map:toolbar.drift6')}</option>
            <option value={12}>{t('map:toolbar.drift12')}</option>
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => canvas.current?.fit()}
          disabled={view !== 'map'}
        >
          {t('map:toolbar.fit')}
        </button>
        {anyPinned && (
          <button type="button" className="button" onClick={() => unpin()}>
            {t('map:toolbar.resetPins')}
          </button>
        )}
        <Segmented
          label={t('map:toolbar.view')}
          value={view}
          onChange={(v) => setView(v as 'map' | 'list')}
          choices={[
            ['map', t('map:toolbar.viewMap')],
            ['list', t('map:toolbar.viewList')],
          ]}
        />
      </div>
      <div className="map-subbar">
        <MapFiltersPanel filters={filters} tags={tags} contexts={contexts} onChange={setFilters} />
        <p className="map-count" role="status" data-visible={stats?.visible ?? 0}>
          {stats ? t('map:count', { visible: stats.visible, total: stats.total }) : t('map:loading')}
          {stats && stats.notMet > 0 && filters.rings.includes('not-met') && (
            <span className="muted"> · {t('map:countNotMet', { count: stats.notMet })}</span>
          )}
        </p>
        {(problem || map.error) && (
          <p className="map-problem" role="alert">
            {problem ?? t('map:failed', { message: map.error })}
          </p>
        )}
      </div>
      <div className="map-stage">
        <div className="map-main" hidden={view !== 'map'}>
          <MapCanvas
            ref={canvas}
            scene={scene}
            state={{ hoverId: hover?.node.id, selectedId, focusId, highlightIds: highlight }}
            t={tr}
            meLabel={meLabel}
            fitKey={`${layout}|${map.revision >= 0 ? 'ready' : 'loading'}`}
            label={t('map:canvasLabel', { visible: stats?.visible ?? 0, total: stats?.total ?? 0 })}
            data={{ revision: map.revision, dataAt: map.dataAt }}
            onHover={(node, at) => setHover(node && at && !playing ? { node, at } : undefined)}
            onSelect={(id) => {
              onSelect(id);
              if (id) setFocusId(id);
            }}
            onDragEnd={pin}
            onKeyDown={onKeyDown}
          />
          {hover && <HoverCard node={hover.node} at={hover.at} locale={locale} />}
          {(empty || (stats && stats.visible === 0)) && (
            <p className="map-empty">{empty ? t('map:empty') : t('map:emptyFiltered')}</p>
          )}
          {!scene && !empty && <p className="map-empty">{t('map:loading')}</p>}
          {selected && (
            <SelectionCard
              node={selected}
              encounterDates={encounterDates}
              asOf={scene?.asOf ?? asOf}
              locale={locale}
              drift={options.drift}
              onLog={() => onLogWith(selected.id)}
              onUnpin={selected.pinned ? () => unpin(selected.id) : undefined}
              onClose={() => onSelect(undefined)}
            />
          )}
        </div>
        {view === 'list' && (
          <MapList
            nodes={orderOf()}
            contextsOf={contextsOf}
            selectedId={selectedId}
            locale={locale}
            onSelect={(id) => onSelect(id)}
          />
        )}
        {scene && <MapLegend entries={scene.legend} />}
      </div>
      <TimeSlider
        asOf={asOf}
        first={first}
        today={today}
        playing={playing}
        locale={locale}
        onChange={changeAsOf}
        onPlaying={setPlaying}
      />
      <p id="map-keyboard-help" className="map-help">
        {t('map:keyboard.help')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
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
