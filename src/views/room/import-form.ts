// Where codes come into the room: a text area for pasted or typed codes and share links, and a file
// input for a CSV (with a "code" column), a saved room (JSON), plain text, or a scenario file (whose
// runs the room can then read); several files chosen at once come in together.
import { MAX_INPUT_CHARS } from '../../room/room';
import { el } from '../../ui/dom';

/** Larger files are refused before reading: at most four bytes a character, in UTF-8. */
const MAX_FILE_BYTES = 4 * MAX_INPUT_CHARS;

/** Text to add and where it came from: a file's name, or '' for the text area; or why a file could not be read. */
export type Source = { readonly name: string; readonly text: string } | { readonly name: string; readonly unread: string };

export interface ImportForm {
  readonly element: HTMLElement;
  /** Puts `text` in the text area: after an import, the lines it refused. */
  readonly keep: (text: string) => void;
  /** Says under the file input what became of the files that held no runs (scenario files loaded); '' says nothing. */
  readonly say: (text: string) => void;
  /** What the text area holds now (after an import, the lines refused). */
  readonly leftover: () => string;
}

/** Where the text area's text is kept between visits: its last text, and how to keep a new one. */
export interface Draft {
  readonly text: string;
  readonly keep: (text: string) => void;
}

export function importForm(add: (sources: readonly Source[]) => void, draft: Draft): ImportForm {
  const form = el('form', undefined, { class: 'room-add', 'aria-labelledby': 'room-add-title' });
  form.append(el('h2', 'Add runs', { id: 'room-add-title' }));
  const textarea = el('textarea', undefined, { id: 'room-codes', rows: '5', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'room-codes-hint' });
  const hint = el('p', 'Paste run codes or share links: any number, separated by spaces, commas or new lines; a line may start with the player’s name (“Ada: CODE”). A CSV with a “code” column (and a “name” column, if you like) works too.', {
    class: 'hint',
    id: 'room-codes-hint',
  });
  // Codes refused until their scenario file is loaded (on the title screen, say) wait here across visits.
  textarea.value = draft.text;
  textarea.addEventListener('input', () => draft.keep(textarea.value));
  const submit = el('button', 'Add codes', { type: 'submit', class: 'primary' });
  const file = el('input', undefined, { id: 'room-file', type: 'file', accept: '.csv,.json,.txt,text/csv,application/json,text/plain', multiple: '' });
  const status = el('p', '', { class: 'hint room-file-status', role: 'status' });
  form.append(el('label', 'Run codes', { for: 'room-codes' }), textarea, hint, submit, el('label', 'Or import files (CSV, saved room JSON, text, or a scenario file)', { for: 'room-file' }), file, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    add([{ name: '', text: textarea.value }]);
  });
  const read = (f: File): Promise<Source> => {
    if (f.size > MAX_FILE_BYTES) return Promise.resolve({ name: f.name, unread: `the file is ${(f.size / 1e6).toFixed(1)} MB; the room reads files of at most ${MAX_FILE_BYTES / 1e6} MB` });
    return f.text().then(
      (text) => ({ name: f.name, text }),
      (e: unknown) => ({ name: f.name, unread: `the file could not be read (${(e as Error).message})` }),
    );
  };
  file.addEventListener('change', () => {
    const chosen = Array.from(file.files ?? []);
    file.value = '';
    if (chosen.length > 0) void Promise.all(chosen.map(read)).then(add);
  });
  const keep = (text: string): void => {
    textarea.value = text;
    draft.keep(text);
  };
  return { element: form, keep, say: (text) => (status.textContent = text), leftover: () => textarea.value };
}
