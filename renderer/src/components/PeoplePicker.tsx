/**
 * Choose people by typing: an ARIA 1.2 combobox with a listbox of matches, the chosen people as
 * removable chips. Arrow keys move, Enter adds, Escape closes the list (a second Escape closes the
 * dialog), Backspace in the empty input removes the last one. People are found by the one matcher
 * (case, accents, ß/ss, ä/ae, small typos); those found only by forgiving a typo are offered as "Did you
 * mean Clara Huber?", after the exact matches and before creating anyone. With `allowCreate`, the last
 * option creates a new person of the typed name ("Add “Nora Fink” as a new person").
 */
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/schema';
import { findPeople } from '../model/match-people';
import type { Participant } from '../quick-log/quick-log-form';
import { handleListboxKey } from './listbox-keys';

interface Props {
  inputId: string;
  people: readonly Person[];
  value: Participant[];
  onChange: (value: Participant[]) => void;
  allowCreate?: boolean;
  /** Pick at most one person (the input hides once someone is chosen). */
  single?: boolean;
  /** Left out of the matches (e.g. the person whose tie is being added). */
  exclude?: readonly string[];
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

type Option = { kind: 'person'; person: Person; fuzzy: boolean } | { kind: 'create'; name: string };

export function PeoplePicker({
  inputId,
  people,
  value,
  onChange,
  allowCreate,
  single,
  exclude,
  ...aria
}: Props) {
  const { t } = useTranslation('people');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const chosen = useMemo(
    () => new Set([...value.flatMap((p) => ('id' in p ? [p.id] : [])), ...(exclude ?? [])]),
    [value, exclude],
  );
  const options = useMemo<Option[]>(() => {
    const found: Option[] = findPeople(people, query, chosen).map(({ person, fuzzy }) => ({
      kind: 'person',
      person,
      fuzzy,
    }));
    const name = query.trim().replace(/\s+/g, ' ');
    const exact = found.some(
      (o) => o.kind === 'person' && o.person.displayName.toLowerCase() === name.toLowerCase(),
    );
    if (allowCreate && name && !exact) found.push({ kind: 'create', name });
    return found;
  }, [people, query, chosen, allowCreate]);
  const activeOption = options[Math.min(active, options.length - 1)];
  const optionId = (o: Option) => `${listId}-${o.kind === 'person' ? o.person.id : 'create'}`;

  const add = (option: Option) => {
    const next: Participant = option.kind === 'person' ? { id: option.person.id } : { newName: option.name };
    onChange(single ? [next] : [...value, next]);
    setQuery('');
    setActive(0);
    setOpen(false);
  };
  const removeAt = (index: number) => onChange(value.filter((_, i) => i !== index));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const state = { open, setOpen, setActive, count: options.length, activeOption, pick: add };
    if (handleListboxKey(event, state)) return;
    if (event.key === 'Backspace' && query === '' && value.length > 0) removeAt(value.length - 1);
  };

  const nameOf = (p: Participant) => ('id' in p ? (byId.get(p.id)?.displayName ?? p.id) : p.newName);
  const hideInput = single && value.length > 0;

  return (
    <div className="picker">
      {value.length > 0 && (
        <ul className="chips">
          {value.map((p, index) => {
            const name = nameOf(p);
            return (
              <li
                key={'id' in p ? p.id : `new-${p.newName}`}
                className={'id' in p ? 'chip' : 'chip is-new'}
                data-person-id={'id' in p ? p.id : undefined}
              >
                <span>
                  {name}
                  {'newName' in p && <span className="chip-note"> ({t('people:picker.new')})</span>}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('people:picker.remove', { name })}
                  onClick={() => removeAt(index)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        id={inputId}
        type="text"
        data-autofocus
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeOption ? optionId(activeOption) : undefined}
        hidden={hideInput}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        {...aria}
      />
      <div id={listId} role="listbox" className="options" hidden={!open}>
        {options.map((option) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys go to the combobox input (aria-activedescendant)
          <div
            key={optionId(option)}
            id={optionId(option)}
            role="option"
            tabIndex={-1}
            aria-selected={option === activeOption}
            className={`option${option === activeOption ? ' is-active' : ''}${option.kind === 'create' ? ' is-create' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(option)}
          >
            {option.kind === 'person' ? (
              <>
                {option.fuzzy
                  ? t('people:picker.didYouMean', { name: option.person.displayName })
                  : option.person.displayName}
                {(option.person.organisation || option.person.emails[0]) && (
                  <span className="option-detail">
                    {' '}
                    {option.person.organisation || option.person.emails[0]}
                  </span>
                )}
              </>
            ) : (
              t('people:picker.create', { name: option.name })
            )}
          </div>
        ))}
        {options.length === 0 && (
          <div
            className="option is-empty"
            role="option"
            tabIndex={-1}
            aria-disabled="true"
            aria-selected={false}
          >
            {t('people:picker.noMatch')}
          </div>
        )}
      </div>
    </div>
  );
}
