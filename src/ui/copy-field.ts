// A value to copy: its label, the value in a read-only field, and a button that copies it (or, when
// the browser refuses, selects it for the user to copy), each result said aloud.
import { button, el } from './dom';

export interface CopyActions {
  readonly copy: (text: string) => Promise<boolean>;
  readonly announce: (text: string) => void;
}

export function copyField(id: string, label: string, value: string, { copy, announce }: CopyActions, buttonText = `Copy ${label.toLowerCase()}`): HTMLElement {
  const row = el('div', undefined, { class: 'copy-row' });
  const input = el('input', undefined, { id, readonly: '', value });
  row.append(
    el('label', label, { for: id }),
    input,
    button(buttonText, () => {
      void copy(value).then((ok) => {
        if (!ok) input.select();
        announce(ok ? `${label} copied.` : `Select the ${label.toLowerCase()} and copy it.`);
      });
    }),
  );
  return row;
}
