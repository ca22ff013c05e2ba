// The title screen: resume a saved run, or start a new one with a random, a typed or today's seed, in
// the scenario of your choice. Problems with the link or the save are shown first, as text.
import { seedProblem, type CareerStart, type RunState } from '../engine';
import type { ScenarioAbout } from '../content/scenarios/about';
import { button, el, problemsBox, showFieldError } from './dom';
import { facilitatorLinks } from './facilitator-links';
import { scenarioLoader, type ScenarioFilesInput } from './scenario-loader';
import { halfYear, place } from './words';

export interface TitleInput {
  readonly scenarios: readonly ScenarioAbout[];
  readonly problems: readonly string[];
  /** The saved run, if there is one to resume. */
  readonly saved: RunState | null;
  readonly resume: () => void;
  readonly start: (seed: string | null, scenario: string, daily: boolean) => void;
  /**
   * A career to offer: from a link that would replace a run in progress, or a run that can no longer
   * be resumed or replayed; or just a scenario (an empty seed), from a link that names no seed.
   */
  readonly prefill?: CareerStart;
  /** Where custom scenario files are kept, and how one is downloaded. */
  readonly scenarioFiles: Omit<ScenarioFilesInput, 'wanted'>;
}

export function titleScreen({ scenarios, problems, saved, resume, start, prefill, scenarioFiles }: TitleInput): HTMLElement {
  const screen = el('div', undefined, { class: 'screen title' });
  screen.append(
    el('h1', 'Interdell', { tabindex: '-1' }),
    el('p', 'Ten years of career decisions beyond the comfortable valley. Step up, opt out, chase pay, cross to the coast or the islands, and see what it does to you.', { class: 'tagline' }),
  );
  if (problems.length > 0) {
    screen.append(problemsBox(problems));
  }
  if (saved) {
    const label =
      saved.phase === 'ended'
        ? `See your finished run again (seed ${saved.seed})`
        : `Resume your run: ${place(saved)}, ${halfYear(saved.turn).toLowerCase()} (seed ${saved.seed})`;
    screen.append(button(label, resume, { class: 'primary', 'data-action': 'resume' }));
  }
  const form = el('form', undefined, { class: 'new-run', 'aria-label': 'New run' });
  const select = el('select', undefined, { id: 'scenario' });
  for (const s of scenarios) select.append(el('option', s.name, { value: s.id }));
  const about = el('p', scenarios[0]?.description ?? '', { class: 'hint', id: 'scenario-about' });
  select.addEventListener('change', () => (about.textContent = scenarios.find((s) => s.id === select.value)?.description ?? ''));
  const seed = el('input', undefined, { id: 'seed', type: 'text', maxlength: '64', autocomplete: 'off', placeholder: 'leave empty for a random seed' });
  if (prefill) {
    seed.value = prefill.seed;
    select.value = prefill.scenario;
    about.textContent = scenarios.find((s) => s.id === prefill.scenario)?.description ?? '';
  }
  const seedError = el('p', '', { class: 'field-error', id: 'seed-error', 'aria-live': 'polite' });
  seed.setAttribute('aria-describedby', 'seed-error');
  const scenarioError = el('p', '', { class: 'field-error', id: 'scenario-error', 'aria-live': 'polite' });
  select.setAttribute('aria-describedby', 'scenario-about scenario-error');
  select.addEventListener('change', () => showFieldError(select, scenarioError, null));
  const go = (daily: boolean): void => {
    // A link's scenario from a file this browser has not loaded leaves no scenario chosen: a run started
    // anyway would be another scenario's, and its code would not join the session's.
    const noScenario = select.value === '';
    showFieldError(select, scenarioError, noScenario ? 'Choose a scenario first: load the file the link names, or pick one from the list.' : null);
    if (noScenario) {
      select.focus();
      return;
    }
    const typed = seed.value.trim();
    const problem = typed === '' ? null : seedProblem(typed);
    showFieldError(seed, seedError, problem ? `This seed cannot be used: ${problem}.` : null);
    if (problem) {
      seed.focus();
      return;
    }
    start(daily || typed === '' ? null : typed, select.value, daily);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(false);
  });
  form.append(
    el('h2', 'A new run'),
    el('label', 'Scenario', { for: 'scenario' }),
    select,
    scenarioError,
    about,
    el('label', 'Seed (share it so a room plays the same career)', { for: 'seed' }),
    seed,
    seedError,
    el('button', 'Start a run', { type: 'submit', class: 'primary', 'data-action': 'start' }),
    button("Play today's seed", () => go(true), { 'data-action': 'daily' }),
    // After the buttons that start a run, which a phone then shows without scrolling.
    scenarioLoader(select, about, { ...scenarioFiles, wanted: prefill?.scenario }),
  );
  screen.append(form, facilitatorLinks(select));
  return screen;
}
