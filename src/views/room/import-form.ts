// Where codes come into the room: a text area for pasted or typed codes and share links, and a file
// input for a CSV (with a "code" column), a saved room (JSON), plain text, or a scenario file (whose
// runs the room can then read).
import { MAX_INPUT_CHARS } from '../../room/room';
import { el } from '../../ui/dom';

/** Larger files are refused before reading: at most four bytes a character, in UTF-8. */
const MAX_FILE_BYTES = 4 * MAX_INPUT_CHARS;

export interface ImportForm {
  readonly element: HTMLElement;
  /** Empties the text area (after its codes all went in). */
  readonly clear: () => void;
  /** Says under the file input what became of a file that held no runs (a scenario file loaded). */
  readonly say: (text: string) => void;
}

export function importForm(add: (text: string, fileName: string) => void, refuse: (message: string) => void): ImportForm {
  const form = el('form', undefined, { class: 'room-add', 'aria-labelledby': 'room-add-title' });
  form.append(el('h2', 'Add runs', { id: 'room-add-title' }));
  const textarea = el('textarea', undefined, { id: 'room-codes', rows: '5', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'room-codes-hint' });
  const hint = el('p', 'Paste run codes or share links: any number, separated by spaces, commas or new lines. A CSV with a “code” column (and a “name” column, if you like) works too.', {
    class: 'hint',
    id: 'room-codes-hint',
  });
  const submit = el('button', 'Add codes', { type: 'submit', class: 'primary' });
  const file = el('input', undefined, { id: 'room-file', type: 'file', accept: '.csv,.json,.txt,text/csv,application/json,text/plain', multiple: '' });
  const status = el('p', '', { class: 'hint room-file-status', role: 'status' });
  form.append(el('label', 'Run codes', { for: 'room-codes' }), textarea, hint, submit, el('label', 'Or import a file (CSV, saved room JSON, text, or a scenario file)', { for: 'room-file' }), file, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    add(textarea.value, '');
  });
  file.addEventListener('change', () => {
    for (const f of Array.from(file.files ?? [])) {
      if (f.size > MAX_FILE_BYTES) refuse(`${f.name}: the file is ${(f.size / 1e6).toFixed(1)} MB; the room reads files of at most ${MAX_FILE_BYTES / 1e6} MB`);
      else
        f.text().then(
          (text) => add(text, f.name),
          (e: unknown) => refuse(`${f.name}: the file could not be read (${(e as Error).message})`),
        );
    }
    file.value = '';
  });
  return { element: form, clear: () => (textarea.value = ''), say: (text) => (status.textContent = text) };
}
