/**
 * The quick log's context, typed ahead: an ARIA 1.2 combobox whose list offers the contexts that match
 * what is typed (the one matcher: case, accents, small typos) and, for a name no context has yet, "Add
 * “Rowing Club” as a new context" — created with the encounter in the same write. Arrow keys move, Enter
 * picks, Escape closes the list. What is in the field is what counts: a context's name chooses it, any
 * other name will be a new context (the hint under the field says so), an empty field is none.
 */
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareMatches, matchText } from '../../../shared/domain/person-match';
import type { Context } from '../../../shared/domain/schema';
import { Field } from '../components/Field';
import { handleListboxKey } from '../components/listbox-keys';
import type { FieldMessage } from '../forms/field-errors';
import { resolveContext } from './quick-log-form';

interface Props {
  contexts: readonly Context[];
  value: string;
  onChange: (value: string) => void;
  /** New contexts can be added (logging), or only existing ones chosen (editing). */
  allowCreate: boolean;
  error: FieldMessage | undefined;
}

type Option = { kind: 'context'; context: Context } | { kind: 'create'; name: string };

const LIMIT = 8;

export function ContextField({ contexts, value, onChange, allowCreate, error }: Props) {
  const { t } = useTranslation('quickLog');
  const inputId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const choice = resolveContext(value, contexts);
  const newName = choice.kind === 'new' ? choice.name : undefined;
  const options = useMemo<Option[]>(() => {
    const query = value.trim();
    const found = query
      ? contexts
          .map((context) => ({ context, match: matchText(query, context.name) }))
          .filter((m): m is { context: Context; match: NonNullable<typeof m.match> } => m.match !== null)
          .sort((a, b) => compareMatches(a.match, b.match) || a.context.name.localeCompare(b.context.name))
          .map((m) => m.context)
      : [...contexts].sort((a, b) => a.name.localeCompare(b.name));
    const list: Option[] = found.slice(0, LIMIT).map((context) => ({ kind: 'context', context }));
    if (allowCreate && newName !== undefined) list.push({ kind: 'create', name: newName });
    return list;
  }, [value, contexts, allowCreate, newName]);
  const activeOption = options[Math.min(active, options.length - 1)];
  const optionId = (o: Option) => `${listId}-${o.kind === 'context' ? o.context.id : 'create'}`;

  const pick = (option: Option) => {
    onChange(option.kind === 'context' ? option.context.name : option.name);
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    handleListboxKey(event, { open, setOpen, setActive, count: options.length, activeOption, pick });
  };

  const hint =
    choice.kind === 'new'
      ? allowCreate
        ? t('quickLog:contextNew', { name: choice.name })
        : undefined
      : t('quickLog:contextHint');
  return (
    <Field label={t('quickLog:context')} optional hint={hint} error={error} controlId={inputId}>
      <div className="picker">
        <input
          id={inputId}
          type="text"
          name="context"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && activeOption ? optionId(activeOption) : undefined}
          placeholder={t('quickLog:noContext')}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(false)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" className="options" hidden={!open || options.length === 0}>
          {/* Options only while the list is open: a closed list has no "selected" option. */}
          {(open ? options : []).map((option) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys go to the combobox input (aria-activedescendant)
            <div
              key={optionId(option)}
              id={optionId(option)}
              role="option"
              tabIndex={-1}
              aria-selected={option === activeOption}
              className={`option${option === activeOption ? ' is-active' : ''}${option.kind === 'create' ? ' is-create' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(option)}
            >
              {option.kind === 'context'
                ? option.context.name
                : t('quickLog:contextCreate', { name: option.name })}
            </div>
          ))}
        </div>
      </div>
    </Field>
  );
}
