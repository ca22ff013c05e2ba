// The title screen's scenario files: the custom scenarios this browser keeps, listed beside the presets;
// "Load a scenario file…" (its problems shown as a list, as text); and "Export this scenario". The
// code that reads files comes with the game's content, after the title is up.
import type { KeyValueStore } from '../session/save';
import { button, el } from './dom';

export interface ScenarioFilesInput {
  readonly store: KeyValueStore;
  readonly download: (name: string, data: Blob) => void;
  readonly announce: (text: string) => void;
  /** The scenario to choose once the custom ones are listed (a link's, or the saved run's). */
  readonly wanted?: string;
}

type Choices = typeof import('../scenario-file/choices');
type Choice = import('../scenario-file/choices').ScenarioChoice;

/** Adds the custom scenarios to `select` (their descriptions to `about`), and returns the load and export controls. */
export function scenarioLoader(select: HTMLSelectElement, about: HTMLElement, { store, download, announce, wanted }: ScenarioFilesInput): HTMLElement {
  const box = el('div', undefined, { class: 'scenario-files' });
  const input = el('input', undefined, { id: 'scenario-file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'scenario-file-status' });
  // Not a live region: `announce` says each result once; the input's description holds the details.
  const status = el('div', undefined, { id: 'scenario-file-status' });
  const custom = new Map<string, Choice>();
  const group = el('optgroup', undefined, { label: 'Loaded from files' });
  let choices: Promise<Choices> | null = null;
  const files = (): Promise<Choices> => (choices ??= import('../scenario-file/choices'));

  const describe = (): void => {
    const choice = custom.get(select.value);
    if (choice) about.textContent = choice.description || 'A scenario loaded from a file.';
  };
  const list = (choice: Choice): void => {
    if (!custom.has(choice.field)) group.append(el('option', choice.label, { value: choice.field }));
    custom.set(choice.field, choice);
    if (!group.isConnected) select.append(group);
  };
  const show = (heading: string, problems: readonly string[] = []): void => {
    status.replaceChildren(el('p', heading, { class: problems.length > 0 ? 'field-error' : 'hint' }));
    if (problems.length === 0) return;
    const items = el('ul', undefined, { class: 'problems' });
    for (const problem of problems) items.append(el('li', problem));
    status.append(items);
  };
  const choose = (field: string): void => {
    select.value = field;
    select.dispatchEvent(new Event('change'));
  };

  select.addEventListener('change', describe);
  void files().then(({ customChoices }) => {
    const stored = customChoices(store);
    stored.choices.forEach(list);
    if (stored.problems.length > 0) {
      show('Some scenario files saved in this browser could not be read:', stored.problems);
      announce('Some scenario files saved in this browser could not be read; the details are under the scenario file input.');
    }
    if (wanted !== undefined && custom.has(wanted)) choose(wanted);
  });

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void files().then(async ({ loadScenarioFile, oversizedFile }) => {
      const tooLarge = oversizedFile(file.size);
      const result = tooLarge === null ? loadScenarioFile(store, await file.text()) : { ok: false as const, problems: [tooLarge] };
      input.value = '';
      if (!result.ok) {
        show(`The scenario file ${JSON.stringify(file.name)} cannot be loaded:`, result.problems);
        announce(`The scenario file cannot be loaded: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}, listed under the file input.`);
        return;
      }
      const { choice, isPreset } = result.value;
      if (!isPreset) list(choice);
      choose(choice.field);
      const message = isPreset ? `This file is the preset “${choice.name}” unchanged, so the preset is chosen.` : `Loaded “${choice.name}”; it is chosen for your next run.`;
      show(message);
      announce(message);
    });
  });

  const exportChosen = (): void =>
    void files().then(({ scenarioFileFor }) => {
      const file = scenarioFileFor(store, select.value);
      if (!file) return show('This scenario cannot be exported: it is not loaded in this browser.');
      download(file.name, new Blob([file.text], { type: 'application/json' }));
      announce(`Exported the scenario as ${file.name}.`);
    });

  box.append(
    el('label', 'Load a scenario file…', { for: 'scenario-file' }),
    input,
    status,
    button('Export this scenario (a file to edit and load)', exportChosen, { 'data-action': 'export-scenario' }),
  );
  return box;
}
