// A value to copy: its label, the value in a read-only field, a button that copies it (or, when the
// browser refuses, selects it for the user to copy), and a line under it that says which happened,
// on screen and to screen readers alike.
import { button, el } from './dom';

export interface CopyActions {
  readonly copy: (text: string) => Promise<boolean>;
}

export function copyField(id: string, label: string, value: string, { copy }: CopyActions, buttonText = `Copy ${label.toLowerCase()}`): HTMLElement {
  const row = el('div', undefined, { class: 'copy-row' });
  const input = el('input', undefined, { id, readonly: '', value });
  const status = el('p', '', { class: 'action-status', role: 'status' });
  row.append(
    el('label', label, { for: id }),
    input,
    button(buttonText, () => {
      void copy(value).then((ok) => {
        if (!ok) input.select();
        status.textContent = ok ? `${label} copied.` : `This browser did not let the page copy: the ${label.toLowerCase()} is selected above, to copy yourself.`;
      });
    }),
    status,
  );
  return row;
}
