/**
 * The People view: everyone in a sortable, filterable, searchable table with the selected person beside
 * it; contexts and likely duplicates on their own tabs. Create, edit, archive, merge and delete live here.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_KINDS, type Person, type PersonKind } from '../../../../shared/domain/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useAction } from '../../components/use-action';
import { useFocusRequest } from '../../components/use-focus-request';
import { useClient, useLocale, useNotify } from '../../store/context';
import { selectNetwork, selectSnapshot } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { ContextsPanel } from './ContextsPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { MergeDialogBody } from './MergeDialog';
import { PeopleTable } from './PeopleTable';
import { PersonDetail } from './PersonDetail';
import { PersonEditor } from './PersonEditor';
import {
  buildRows,
  filterRows,
  NO_FILTER,
  type PeopleFilter,
  type SortDirection,
  type SortKey,
  sortRows,
} from './people-table';

type Tab = 'people' | 'contexts' | 'duplicates';
type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; person: Person };

export function PeopleView() {
  const client = useClient();
  const locale = useLocale();
  const notify = useNotify();
  const actions = useActions();
  const snapshot = useAppState(selectSnapshot)!;
  const network = useAppState(selectNetwork)!;
  const selectedId = useAppState((s) => s.selectedId);
  const onSelect = actions.select;
  const { t } = useTranslation('people');
  const [tab, setTab] = useState<Tab>('people');
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [deleting, setDeleting] = useState<Person | undefined>();
  const [merging, setMerging] = useState<{ first: string; second?: string } | undefined>();
  const { busy, run } = useAction();
  const search = useRef<HTMLInputElement>(null);
  // Edit ▸ Find asks for this field when the People view is shown.
  useFocusRequest('search', search);

  const rows = useMemo(
    () => buildRows(snapshot.people, network.byId, network.asOf),
    [snapshot.people, network.byId, network.asOf],
  );
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter), sort.key, sort.direction, locale),
    [rows, filter, sort, locale],
  );
  const selected = snapshot.people.find((p) => p.id === selectedId);
  const contexts = useMemo(
    () => [...snapshot.contexts].sort((a, b) => a.name.localeCompare(b.name, locale)),
    [snapshot.contexts, locale],
  );
  const onSort = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const deleteCounts = useMemo(() => {
    if (!deleting) return { alone: 0, group: 0, ties: 0 };
    let alone = 0;
    let group = 0;
    for (const e of snapshot.encounters) {
      if (!e.participants.includes(deleting.id)) continue;
      if (e.participants.length === 1) alone++;
      else group++;
    }
    const ties = snapshot.ties.filter((tie) => tie.a === deleting.id || tie.b === deleting.id).length;
    return { alone, group, ties };
  }, [deleting, snapshot]);

  const set = <K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  const noPeople = snapshot.people.length === 0;

  return (
    <div className="view people-view">
      <div className="view-head">
        <h1 className="view-title">{t('people:people.title')}</h1>
        <div className="sub-tabs" role="tablist" aria-label={t('people:people.tabs')}>
          {(['people', 'contexts', 'duplicates'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? 'sub-tab is-current' : 'sub-tab'}
              onClick={() => setTab(id)}
            >
              {t(`people:people.tab.${id}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button is-primary" onClick={() => setEditing({ kind: 'new' })}>
          {t('people:people.new')}
        </button>
      </div>

      {tab === 'contexts' && (
        <ContextsPanel
          onShowMembers={(contextId) => {
            setFilter({ ...NO_FILTER, contextId });
            setTab('people');
          }}
        />
      )}
      {tab === 'duplicates' && <DuplicatesPanel onMerge={(a, b) => setMerging({ first: a, second: b })} />}
      {tab === 'people' && (
        <div className="people-layout">
          <section className="people-main" aria-label={t('people:people.title')}>
            {noPeople ? (
              <div className="empty-state">
                <p>{t('people:people.empty')}</p>
                <button
                  type="button"
                  className="button is-primary"
                  onClick={() => setEditing({ kind: 'new' })}
                >
                  {t('people:people.new')}
                </button>
              </div>
            ) : (
              <>
                <search className="filters">
                  <Field
                    className="people-search"
                    label={
                      <>
                        {t('people:people.search')}
                        {/* The short placeholder leaves what is searched to the label (and the tooltip). */}
                        <span className="visually-hidden"> {t('people:people.searchHint')}</span>
                      </>
                    }
                  >
                    <input
                      ref={search}
                      type="search"
                      value={filter.query}
                      placeholder={t('people:people.searchPlaceholder')}
                      title={`${t('people:people.search')} ${t('people:people.searchHint')}`}
                      onChange={(e) => set('query', e.target.value)}
                    />
                  </Field>
                  <Field label={t('people:people.filterKind')}>
                    <select
                      value={filter.kind}
                      onChange={(e) => set('kind', e.target.value as PersonKind | 'all')}
                    >
                      <option value="all">{t('people:people.allKinds')}</option>
                      {PERSON_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`common:personKind.${k}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label={t('people:people.filterContext')}>
                    <select value={filter.contextId} onChange={(e) => set('contextId', e.target.value)}>
                      <option value="all">{t('people:people.allContexts')}</option>
                      {contexts.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label={t('people:people.filterShow')}>
                    <select
                      value={filter.show}
                      onChange={(e) => set('show', e.target.value as PeopleFilter['show'])}
                    >
                      <option value="active">{t('people:people.showActive')}</option>
                      <option value="archived">{t('people:people.showArchived')}</option>
                      <option value="all">{t('people:people.showAll')}</option>
                    </select>
                  </Field>
                </search>
                <p className="muted" role="status">
                  {t('people:people.shown', { count: shown.length, total: rows.length })}
                </p>
                {shown.length === 0 ? (
                  <div className="empty-state">
                    <p>{t('people:people.noMatch')}</p>
                    <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
                      {t('people:people.clearFilters')}
                    </button>
                  </div>
                ) : (
                  <PeopleTable
                    rows={shown}
                    sort={sort}
                    onSort={onSort}
                    selectedId={selectedId}
                    onSelect={onSelect}
                  />
                )}
              </>
            )}
          </section>
          <aside className="detail-panel" aria-label={t('people:detail.label')}>
            {selected ? (
              <PersonDetail
                person={selected}
                result={network.byId.get(selected.id)}
                onEdit={() => setEditing({ kind: 'edit', person: selected })}
                onMerge={() => setMerging({ first: selected.id })}
                onDelete={() => setDeleting(selected)}
              />
            ) : (
              <p className="empty">
                {noPeople ? t('people:detail.emptyNoPeople') : t('people:detail.empty')}
              </p>
            )}
          </aside>
        </div>
      )}

      <Dialog
        open={editing.kind !== 'none'}
        title={
          editing.kind === 'edit'
            ? t('people:person.editTitle', { name: editing.person.displayName })
            : t('people:person.newTitle')
        }
        onClose={() => setEditing({ kind: 'none' })}
      >
        <PersonEditor
          contexts={contexts}
          person={editing.kind === 'edit' ? editing.person : undefined}
          onCancel={() => setEditing({ kind: 'none' })}
          onDone={(person) => {
            notify(
              t(editing.kind === 'edit' ? 'person.saved' : 'person.created', { name: person.displayName }),
            );
            setEditing({ kind: 'none' });
            onSelect(person.id);
          }}
        />
      </Dialog>
      <Dialog
        open={merging !== undefined}
        title={t('people:merge.title')}
        onClose={() => setMerging(undefined)}
      >
        {merging && (
          <MergeDialogBody
            people={snapshot.people}
            encounters={snapshot.encounters}
            ties={snapshot.ties}
            firstId={merging.first}
            secondId={merging.second}
            onCancel={() => setMerging(undefined)}
            onDone={(merged, removedName) => {
              setMerging(undefined);
              onSelect(merged.id);
              notify(t('people:merge.done', { keep: merged.displayName, remove: removedName }));
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('people:people.deleteTitle', { name: deleting?.displayName ?? '' })}
        confirmLabel={t('people:people.deleteConfirm')}
        danger
        busy={busy}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const person = deleting;
          setDeleting(undefined);
          if (person)
            void run(
              () => client.people.delete({ id: person.id }),
              () => t('people:people.deleted', { name: person.displayName }),
            );
        }}
      >
        <ul className="plain-bullets">
          {deleteCounts.alone > 0 && <li>{t('people:people.deleteAlone', { count: deleteCounts.alone })}</li>}
          {deleteCounts.group > 0 && <li>{t('people:people.deleteGroup', { count: deleteCounts.group })}</li>}
          {deleteCounts.ties > 0 && <li>{t('people:people.deleteTies', { count: deleteCounts.ties })}</li>}
        </ul>
        <p className="muted">{t('people:people.deleteUndo')}</p>
      </ConfirmDialog>
    </div>
  );
}
