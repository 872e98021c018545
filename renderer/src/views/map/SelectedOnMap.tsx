/**
 * The selected person as the map shows them, docked in the side panel (it used to cover a third of the
 * map): their ring, the wanted ring, where they were when the drift view is on, depth, rhythm, contacts
 * per month and status at the map's date, a 24-month bar chart of encounters, and "Undo dragging" for a
 * person placed by hand. The side panel above it has their facts, below it the "why here" and their
 * encounters.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Encounter } from '../../../../shared/domain/schema';
import { formatEncounterDate } from '../../i18n/format';
import { nodeIndex } from '../../scene/canvas';
import { useClient, useLocale } from '../../store/context';
import { useAppState } from '../../store/hooks';
import { MonthBars } from './PersonCards';
import { PersonFigures } from './PersonFigures';
import { useMapScene } from './use-map-scene';

export function SelectedOnMap({
  personId,
  encounters,
  onProblem,
}: {
  personId: string;
  encounters: readonly Encounter[];
  onProblem: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const locale = useLocale();
  const scene = useMapScene();
  const layout = useAppState((s) => s.map.layout);
  const drift = useAppState((s) => s.map.drift);
  const today = useAppState((s) => s.today);
  const node = scene ? nodeIndex(scene).get(personId) : undefined;
  const dates = useMemo(
    () => encounters.filter((e) => e.participants.includes(personId)).map((e) => e.date),
    [encounters, personId],
  );
  if (!node || !scene) return null;
  const asOf = scene.asOf;
  return (
    <section className="selected-on-map" aria-labelledby="selected-on-map-title" data-person={node.id}>
      <h3 id="selected-on-map-title">
        {asOf === today
          ? t('map:panel.onTheMap')
          : t('map:panel.onTheMapAt', { date: formatEncounterDate(asOf, locale) })}
      </h3>
      <PersonFigures node={node} locale={locale} driftMonths={layout === 'ego' ? drift : 0} />
      <MonthBars dates={dates} asOf={asOf} label={t('map:panel.monthsChart')} />
      {node.pinned && (
        <button
          type="button"
          className="button is-small"
          onClick={() =>
            client.map
              .unpin({ layout, personId: node.id })
              .catch((e: Error) => onProblem(t('map:pin.failed', { message: e.message })))
          }
        >
          {t('map:toolbar.resetPins')}
        </button>
      )}
    </section>
  );
}
