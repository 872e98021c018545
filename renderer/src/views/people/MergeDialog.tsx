/**
 * Merging two records of the same person, previewed first: choose the other record and which one to
 * keep — the richer record by default (more encounters, then more fields filled in, then more ties; the
 * dialog says what each holds); main computes what the merge would do (people.mergePreview) and only
 * "Merge" writes it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareRichness,
  type RecordRichness,
  recordRichness,
} from '../../../../shared/domain/record-richness';
import type { Encounter, Person, Tie } from '../../../../shared/domain/schema';
import type { MergePreview } from '../../../../shared/ipc/contract';
import { type ApiError, toApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { PeoplePicker } from '../../components/PeoplePicker';
import type { Participant } from '../../quick-log/quick-log-form';
import { useClient } from '../../store/context';

interface Props {
  people: readonly Person[];
  encounters: readonly Encounter[];
  ties: readonly Tie[];
  firstId: string;
  secondId?: string;
  onDone: (merged: Person, removedName: string) => void;
  onCancel: () => void;
}

export function MergeDialogBody({ people, encounters, ties, firstId, secondId, onDone, onCancel }: Props) {
  const client = useClient();
  const { t } = useTranslation('people');
  const pickerId = useId();
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const [other, setOther] = useState<Participant[]>(secondId ? [{ id: secondId }] : []);
  const otherId = other[0] && 'id' in other[0] ? other[0].id : undefined;
  const first = byId.get(firstId);
  const second = otherId ? byId.get(otherId) : undefined;
  const richness = useMemo(() => {
    const of = (p: Person | undefined) => (p ? recordRichness(p, encounters, ties) : undefined);
    return { first: of(first), second: of(second) };
  }, [first, second, encounters, ties]);
  // The richer record is kept unless the user chooses the other (a new "other" asks again).
  const richerIsFirst =
    !first || !second || !richness.first || !richness.second
      ? true
      : compareRichness(
          { person: first, richness: richness.first },
          { person: second, richness: richness.second },
        ) > 0;
  const [chosen, setChosen] = useState<{ otherId: string | undefined; keepFirst: boolean } | undefined>();
  const keepFirst = chosen && chosen.otherId === otherId ? chosen.keepFirst : richerIsFirst;
  const setKeepFirst = (value: boolean) => setChosen({ otherId, keepFirst: value });
  const [preview, setPreview] = useState<MergePreview | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const keepId = keepFirst ? firstId : otherId;
  const removeId = keepFirst ? otherId : firstId;

  useEffect(() => {
    setPreview(undefined);
    setError(undefined);
    if (!keepId || !removeId) return;
    let current = true;
    client.people
      .mergePreview({ keepId, removeId })
      .then((p) => current && setPreview(p))
      .catch((e: unknown) => current && setError(toApiError(e)));
    return () => {
      current = false;
    };
  }, [client, keepId, removeId]);

  const merge = async () => {
    if (!keepId || !removeId || !preview) return;
    setBusy(true);
    try {
      onDone(await client.people.merge({ keepId, removeId }), preview.remove.displayName);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form merge">
      <p className="muted">{t('people:merge.intro')}</p>
      <Field label={t('people:merge.other', { name: first?.displayName ?? '' })} controlId={pickerId}>
        <PeoplePicker
          inputId={pickerId}
          people={people}
          value={other}
          single
          exclude={[firstId]}
          onChange={setOther}
        />
      </Field>
      {second && first && (
        <fieldset className="field radio-group">
          <legend className="field-label">{t('people:merge.keepWhich')}</legend>
          <label className="radio">
            <input type="radio" name="keep" checked={keepFirst} onChange={() => setKeepFirst(true)} />
            {first.displayName} <span className="muted">{first.emails[0] ?? first.organisation ?? ''}</span>
            <RichnessNote richness={richness.first} richer={richerIsFirst} />
          </label>
          <label className="radio">
            <input type="radio" name="keep" checked={!keepFirst} onChange={() => setKeepFirst(false)} />
            {second.displayName}{' '}
            <span className="muted">{second.emails[0] ?? second.organisation ?? ''}</span>
            <RichnessNote richness={richness.second} richer={!richerIsFirst} />
          </label>
        </fieldset>
      )}
      {preview && (
        <section className="merge-preview" aria-labelledby="merge-preview-title" aria-live="polite">
          <h3 id="merge-preview-title">{t('people:merge.previewTitle')}</h3>
          <p>
            {t('people:merge.summary', {
              keep: preview.keep.displayName,
              remove: preview.remove.displayName,
            })}
          </p>
          <ul className="merge-counts">
            <li>{t('people:merge.encountersMoved', { count: preview.encountersMoved })}</li>
            <li>{t('people:merge.encountersShared', { count: preview.encountersShared })}</li>
            <li>{t('people:merge.tiesMoved', { count: preview.tiesMoved })}</li>
            {preview.tiesDropped > 0 && (
              <li>{t('people:merge.tiesDropped', { count: preview.tiesDropped })}</li>
            )}
          </ul>
          <dl className="facts">
            <dt>{t('people:person.displayName')}</dt>
            <dd>{preview.merged.displayName}</dd>
            {preview.merged.organisation && (
              <>
                <dt>{t('people:person.organisation')}</dt>
                <dd>{preview.merged.organisation}</dd>
              </>
            )}
            <dt>{t('people:person.emails')}</dt>
            <dd>{preview.merged.emails.join(', ') || '–'}</dd>
            <dt>{t('people:person.phones')}</dt>
            <dd>{preview.merged.phones.join(', ') || '–'}</dd>
            {preview.merged.tags.length > 0 && (
              <>
                <dt>{t('people:person.tags')}</dt>
                <dd>{preview.merged.tags.join(', ')}</dd>
              </>
            )}
            <dt>{t('people:person.kind')}</dt>
            <dd>{t(`common:personKind.${preview.merged.kind}`)}</dd>
          </dl>
          {preview.conflicts.length > 0 && (
            <p className="form-note">
              {t('people:merge.conflicts', {
                fields: preview.conflicts.map((f) => t(`people:merge.field.${f}`)).join(', '),
                keep: preview.keep.displayName,
              })}
            </p>
          )}
        </section>
      )}
      <FormError error={error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('app:form.cancel')}
        </button>
        <button
          type="button"
          className="button is-primary"
          disabled={!preview || busy}
          onClick={() => void merge()}
        >
          {t('people:merge.confirm')}
        </button>
      </div>
    </div>
  );
}

/** What a record holds, and whether it is the one suggested. */
function RichnessNote({ richness, richer }: { richness: RecordRichness | undefined; richer: boolean }) {
  const { t } = useTranslation('people');
  if (!richness) return null;
  return (
    <span className="merge-richness" data-richer={richer}>
      {' '}
      {t('people:merge.holds', {
        encounters: t('people:merge.holdsEncounters', { count: richness.encounters }),
        fields: t('people:merge.holdsFields', { count: richness.fields }),
        ties: t('people:merge.holdsTies', { count: richness.ties }),
      })}
      {richer && <strong> · {t('people:merge.richer')}</strong>}
    </span>
  );
}
