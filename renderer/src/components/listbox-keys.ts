/**
 * The keys of a typeahead field with a list of options under it (a WAI-ARIA combobox with a listbox), as
 * the people picker and the context field share them: arrows move through the options (the first
 * ArrowDown opens the list), Enter picks the highlighted one, Escape closes the list without closing the
 * dialog around it. Enter with Ctrl/Cmd, or with the list closed, is left to the form (it saves).
 */
import type { KeyboardEvent } from 'react';

export interface ListboxState<Option> {
  open: boolean;
  setOpen: (open: boolean) => void;
  setActive: (update: (index: number) => number) => void;
  count: number;
  activeOption: Option | undefined;
  pick: (option: Option) => void;
}

/** Handles the key if it is one of the list's; says whether it did. */
export function handleListboxKey<Option>(
  event: KeyboardEvent<HTMLElement>,
  state: ListboxState<Option>,
): boolean {
  const { open, setOpen, setActive, count, activeOption, pick } = state;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, count - 1));
      return true;
    case 'ArrowUp':
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
      return true;
    case 'Enter':
      if (open && activeOption && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        pick(activeOption);
        return true;
      }
      return false;
    case 'Escape':
      if (open) {
        event.preventDefault(); // this Escape only closes the list, not the dialog
        setOpen(false);
        return true;
      }
      return false;
    default:
      return false;
  }
}
