// The strategy lab (?view=lab): N seeded careers of every bot strategy, played in Web Workers with a
// progress bar and Cancel, their outcomes and final meters side by side as charts and tables; and,
// with ?code=, the player's run against the bots on the same seed.
import type { CompiledScenario } from '../../engine/compile';
import { STRATEGIES } from '../../engine/ids';
import { readLabParams, type LabParams } from '../../lab/params';
import { createLabPool, type LabRun } from '../../lab/pool';
import { labWorkerCount, spawnLabWorker } from '../../lab/spawn-worker';
import { yourRunAgainstBots, type Career } from '../../lab/your-run';
import { el, problemsBox } from '../../ui/dom';
import { carrySession, viewFrame } from '../view-frame';
import type { ViewEnv } from '../view-env';
import { labControls, type LabSettings } from './controls';
import { labProgress } from './progress';
import { labResults } from './results';
import { yourRunSection, type YourRunSection } from './your-run-view';
import './lab.css';

export function mountLabPage(root: HTMLElement, env: ViewEnv): void {
  const body = viewFrame(root, 'Strategy lab', env);
  const params = readLabParams(env.search, (field) => env.scenarios(field) !== null);
  body.append(
    el('p', 'Each bot strategy plays many seeded careers of ten years. Compare how they end and where their meters land: the lab shows what the model rewards, not what a person should do.', { class: 'tagline' }),
  );
  const problems = problemsBox(params.problems);
  if (params.problems.length > 0) body.append(problems);

  const yours = yourRun(params, env, problems, body);
  const progress = labProgress(env.announce);
  const results = labResults((scenario) => (yours && scenario === params.code?.scenario ? yours.careers : null));
  const pool = createLabPool(labWorkerCount(navigator.hardwareConcurrency), spawnLabWorker);
  let current: LabRun | null = null;
  const controls = labControls(params, env, () => current?.cancel());

  const start = (settings: LabSettings, content: CompiledScenario): void => {
    current?.cancel();
    // The address keeps the settings, so a reload (or the page bookmarked) runs the same lab (with the
    // player's run only in its own scenario), and the header's links lead to the seed's room.
    const withCode = params.codeText !== null && params.code?.scenario === settings.scenario;
    env.keepInAddress({ view: 'lab', scenario: settings.scenario, seed: settings.seed, runs: String(settings.runs), ...(withCode && { code: params.codeText }) });
    carrySession(root, { seed: settings.seed, scenario: settings.scenario }, env);
    controls.running(true);
    results.busy(true);
    results.mark('These are the results of the last run that finished, with the settings named below them: the lab is running again with yours.');
    env.announce(`Running ${STRATEGIES.length} strategies × ${settings.runs.toLocaleString('en-US')} careers.`);
    const run = pool.run({ scenario: content, seed: settings.seed, runs: settings.runs, strategies: STRATEGIES }, progress.update);
    current = run;
    run.result
      .then((result) => {
        if (current !== run) return;
        if (result.status === 'cancelled') {
          results.mark('Cancelled: these are still the results of the last run that finished, with the settings named below them, not those above.');
          return progress.end('Cancelled: the lab stopped before the end. Change the settings or run it again.');
        }
        results.show(content, settings, result.summaries, result.milliseconds, pool.size);
        yours?.section.stand(result.summaries, settings.scenario === params.code?.scenario);
        progress.end(`Done: ${(STRATEGIES.length * settings.runs).toLocaleString('en-US')} careers in ${(result.milliseconds / 1000).toFixed(1)} s.`);
      })
      .catch((error: unknown) => {
        if (current !== run) return;
        results.mark('The last run stopped with an error: these are the results of the one before it, with the settings named below them.');
        progress.end(`The lab stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        if (current !== run) return;
        current = null;
        controls.running(false);
        results.busy(false);
      });
  };

  controls.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const settings = controls.read();
    const content = settings && env.scenarios(settings.scenario);
    if (settings && content) start(settings, content);
    else if (settings) progress.end(`Cannot run: the scenario “${settings.scenario}” is no longer available in this browser.`);
  });
  body.append(controls.form, progress.element);
  if (yours) body.append(yours.section.element);
  body.append(results.element);
}

/** The player's run from ?code=, replayed against the bots, or null (with a problem shown) when it cannot be. */
function yourRun(params: LabParams, env: ViewEnv, problems: HTMLElement, body: HTMLElement): { section: YourRunSection; careers: readonly Career[] } | null {
  if (!params.code || !params.codeText) return null;
  const content = env.scenarios(params.code.scenario);
  if (!content) return null;
  const replayed = yourRunAgainstBots(content, params.code, STRATEGIES);
  if (!replayed.ok) {
    problems.append(el('p', `The code parameter: ${replayed.error}; the lab runs without your run.`));
    if (!problems.isConnected) body.append(problems);
    return null;
  }
  return { section: yourRunSection(content, params.codeText, replayed.value, env), careers: [replayed.value.you, ...replayed.value.bots] };
}
