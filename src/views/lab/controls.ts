// The lab's form: scenario, seed and careers per strategy, with Run and Cancel. What is typed is
// checked as the URL is (params.ts), and a mistake is shown beside its field.
import { parseRuns, type LabParams } from '../../lab/params';
import { seedsProblem } from '../../lab/tally';
import { MAX_LAB_RUNS, MIN_LAB_RUNS } from '../../lab/protocol';
import { button, el, showFieldError } from '../../ui/dom';
import { scenarioSelect } from '../scenario-select';
import type { ViewEnv } from '../view-env';
import { whole } from '../labels';

export interface LabSettings {
  readonly scenario: string;
  readonly seed: string;
  readonly runs: number;
}

export interface LabControls {
  readonly form: HTMLFormElement;
  readonly cancel: HTMLButtonElement;
  /** The settings as typed, or null after showing what is wrong with them. */
  readonly read: () => LabSettings | null;
  readonly running: (on: boolean) => void;
}

/** A labelled input; with a hint, the hint and a place for its error, both tied to the input. */
function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
  const wrap = el('div', undefined, { class: 'lab-field' });
  wrap.append(el('label', label, { for: id }), input);
  if (hint) {
    input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    wrap.append(el('span', hint, { class: 'hint', id: `${id}-hint` }), el('p', '', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
  }
  return wrap;
}

export function labControls(params: LabParams, env: ViewEnv, onCancel: () => void): LabControls {
  const form = el('form', undefined, { class: 'lab-controls', 'aria-label': 'Lab settings', novalidate: '' });
  const scenario = scenarioSelect('lab-scenario', env, params.scenario);
  const seed = el('input', undefined, { id: 'lab-seed', type: 'text', maxlength: '64', autocomplete: 'off', spellcheck: 'false' });
  seed.value = params.seed;
  const runs = el('input', undefined, { id: 'lab-runs', type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  runs.value = String(params.runs);
  const run = el('button', 'Run the lab', { type: 'submit', class: 'primary', 'data-action': 'lab-run' });
  const cancel = button('Cancel', onCancel, { 'data-action': 'lab-cancel', disabled: '' });
  const actions = el('div', undefined, { class: 'lab-actions' });
  actions.append(run, cancel);
  form.append(
    field('lab-scenario', 'Scenario', scenario),
    field('lab-seed', 'Seed', seed, 'Career 1 plays this seed followed by “-0”, career 2 by “-1”, and so on: every strategy meets the same careers.'),
    field('lab-runs', 'Careers per strategy', runs, `${whole(MIN_LAB_RUNS)} to ${whole(MAX_LAB_RUNS)}`),
    actions,
  );

  const show = (input: HTMLInputElement, problem: string | null): void => {
    showFieldError(input, form.querySelector(`#${input.id}-error`) as HTMLElement, problem === null ? null : `Cannot run: ${problem}.`);
  };
  const read = (): LabSettings | null => {
    const parsedRuns = parseRuns(runs.value);
    show(runs, 'problem' in parsedRuns ? parsedRuns.problem : null);
    if (!('runs' in parsedRuns)) {
      runs.focus();
      return null;
    }
    const problem = seedsProblem(seed.value, parsedRuns.runs);
    show(seed, problem);
    if (problem !== null) {
      seed.focus();
      return null;
    }
    return { scenario: scenario.value, seed: seed.value, runs: parsedRuns.runs };
  };
  const running = (on: boolean): void => {
    run.disabled = on;
    cancel.disabled = !on;
    (on ? cancel : run).focus();
  };
  return { form, cancel, read, running };
}
