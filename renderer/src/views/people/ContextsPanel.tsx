/**
 * Contexts (clubs, associations, fairs, companies…) as first-class items: create, rename, change kind,
 * delete (members leave it, encounters stay without it), with how many people and encounters each has.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTEXT_KINDS, type Context, type ContextKind } from '../../../../shared/domain/schema';
import { ContextDraft } from '../../../../shared/ipc/contract';
import { toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { useAction } from '../../components/use-action';
import type { FieldMessage } from '../../forms/field-errors';
import { formatNumber } from '../../i18n/format';
import { useClient, useLocale } from '../../store/context';
import { selectSnapshot } from '../../store/derived';
import { useAppState } from '../../store/hooks';

interface Props {
  onShowMembers: (contextId: string) => void;
}

export function ContextsPanel({ onShowMembers }: Props) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const locale = useLocale();
  const { t } = useTranslation('people');
  const { busy, run } = useAction();
  const [editing, setEditing] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<Context | undefined>();
  const counts = useMemo(() => {
    const people = new Map<string, number>();
    const encounters = new Map<string, number>();
    for (const p of snapshot.people) for (const c of p.contexts) people.set(c, (people.get(c) ?? 0) + 1);
    for (const e of snapshot.encounters)
      if (e.contextId) encounters.set(e.contextId, (encounters.get(e.contextId) ?? 0) + 1);
    return { people, encounters };
  }, [snapshot]);
  const contexts = useMemo(
    () => [...snapshot.contexts].sort((a, b) => a.name.localeCompare(b.name, locale)),
    [snapshot.contexts, locale],
  );

  return (
    <section className="contexts-panel" aria-labelledby="contexts-title">
      <div className="section-head">
        <h2 id="contexts-title">{t('people:contexts.title')}</h2>
        <span className="muted">{t('people:contexts.count', { count: contexts.length })}</span>
      </div>
      <p className="muted">{t('people:contexts.intro')}</p>
      <ContextForm
        key="new"
        submitLabel={t('people:contexts.create')}
        onSubmit={async (name, kind) =>
          (await run(
            () => client.contexts.create({ name, kind }),
            (c) => t('people:contexts.created', { name: c.name }),
          )) !== undefined
        }
      />
      {contexts.length === 0 ? (
        <p className="empty">{t('people:contexts.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('people:contexts.name')}</th>
              <th scope="col">{t('people:contexts.kind')}</th>
              <th scope="col" className="is-number">
                {t('people:contexts.people')}
              </th>
              <th scope="col" className="is-number">
                {t('people:contexts.encounters')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('people:contexts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contexts.map((c) =>
              editing === c.id ? (
                <tr key={c.id}>
                  <td colSpan={5}>
                    <ContextForm
                      initial={c}
                      submitLabel={t('people:contexts.save')}
                      onCancel={() => setEditing(undefined)}
                      onSubmit={async (name, kind) => {
                        const done = await run(
                          () => client.contexts.update({ id: c.id, patch: { name, kind } }),
                          (updated) => t('people:contexts.renamed', { name: updated.name }),
                        );
                        if (done) setEditing(undefined);
                        return done !== undefined;
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={c.id} data-context-id={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{t(`common:contextKind.${c.kind}`)}</td>
                  <td className="is-number">
                    <button type="button" className="link-button" onClick={() => onShowMembers(c.id)}>
                      {formatNumber(counts.people.get(c.id) ?? 0, locale)}
                    </button>
                  </td>
                  <td className="is-number">{formatNumber(counts.encounters.get(c.id) ?? 0, locale)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button is-small"
                      aria-label={t('people:contexts.editOne', { name: c.name })}
                      onClick={() => setEditing(c.id)}
                    >
                      {t('people:contexts.edit')}
                    </button>
                    <button
                      type="button"
                      className="link-button is-small is-danger"
                      aria-label={t('people:contexts.deleteOne', { name: c.name })}
                      onClick={() => setDeleting(c)}
                    >
                      {t('people:contexts.delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('people:contexts.confirmTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('people:contexts.delete')}
        danger
        busy={busy}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const c = deleting;
          setDeleting(undefined);
          if (c)
            void run(
              () => client.contexts.delete({ id: c.id }),
              () => t('people:contexts.deleted', { name: c.name }),
            );
        }}
      >
        <p>
          {t('people:contexts.confirmBody', {
            people: counts.people.get(deleting?.id ?? '') ?? 0,
            encounters: counts.encounters.get(deleting?.id ?? '') ?? 0,
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}

function ContextForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: Context;
  submitLabel: string;
  onSubmit: (name: string, kind: ContextKind) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('people');
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<ContextKind>(initial?.kind ?? 'club');
  const [error, setError] = useState<FieldMessage | undefined>();
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The contract's rule for a context's name.
        if (!ContextDraft.shape.name.safeParse(name).success) {
          setError({ key: name.trim() ? 'people:person.errors.tooLong' : 'people:contexts.nameRequired' });
          return;
        }
        setError(undefined);
        void onSubmit(name.trim(), kind)
          .then((ok) => {
            if (ok && !initial) setName('');
          })
          .catch((err: unknown) =>
            setError({ key: 'app:message', values: { message: toApiError(err).message } }),
          );
      }}
    >
      <Field label={initial ? t('people:contexts.name') : t('people:contexts.newName')} error={error}>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('people:contexts.kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as ContextKind)}>
          {CONTEXT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`common:contextKind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="inline-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('app:form.cancel')}
          </button>
        )}
        <button type="submit" className="button is-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
