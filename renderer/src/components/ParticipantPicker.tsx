/**
 * Choose one or more people by typing: an ARIA 1.2 combobox with a listbox of matches, the chosen
 * people as removable chips. Arrow keys move, Enter adds, Escape closes the list (a second Escape
 * closes the dialog), Backspace in the empty input removes the last person.
 */
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/schema';
import { matchPeople } from '../model/match-people';

interface Props {
  inputId: string;
  people: readonly Person[];
  value: string[];
  onChange: (ids: string[]) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function ParticipantPicker({ inputId, people, value, onChange, ...aria }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const matches = useMemo(() => matchPeople(people, query, new Set(value)), [people, query, value]);
  // The list opens on typing or ArrowDown, not on focus: Enter in an empty input submits the form.
  const showList = open;
  const activeMatch = matches[Math.min(active, matches.length - 1)];

  const add = (id: string) => {
    onChange([...value, id]);
    setQuery('');
    setActive(0);
    setOpen(false);
  };
  const remove = (id: string) => onChange(value.filter((v) => v !== id));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        // With a match highlighted, Enter picks it; otherwise it submits the form as usual.
        if (showList && activeMatch) {
          event.preventDefault();
          add(activeMatch.id);
        }
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault(); // keeps the dialog open: this Escape only closes the list
          setOpen(false);
        }
        break;
      case 'Backspace':
        if (query === '' && value.length > 0) remove(value[value.length - 1]!);
        break;
    }
  };

  return (
    <div className="picker">
      {value.length > 0 && (
        <ul className="chips">
          {value.map((id) => {
            const name = byId.get(id)?.displayName ?? id;
            return (
              <li key={id} className="chip" data-person-id={id}>
                <span>{name}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('encounterForm.remove', { name })}
                  onClick={() => remove(id)}
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
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeMatch ? `${listId}-${activeMatch.id}` : undefined}
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
      <div id={listId} role="listbox" className="options" hidden={!showList}>
        {matches.map((person) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys go to the combobox input (aria-activedescendant)
          <div
            key={person.id}
            id={`${listId}-${person.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={person === activeMatch}
            className={person === activeMatch ? 'option is-active' : 'option'}
            // mousedown would blur the input and close the list before the click lands
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(person.id)}
          >
            {person.displayName}
            {person.emails[0] && <span className="option-detail"> {person.emails[0]}</span>}
          </div>
        ))}
        {matches.length === 0 && (
          <div
            className="option is-empty"
            role="option"
            tabIndex={-1}
            aria-disabled="true"
            aria-selected={false}
          >
            {t('encounterForm.noMatch')}
          </div>
        )}
      </div>
    </div>
  );
}
