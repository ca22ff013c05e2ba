// What the page's URL asks for: a new run (?seed=S&scenario=ID, or ?daily), a replay (?code=CODE), or
// nothing (the title screen). Every malformed parameter becomes a message naming what is wrong, and
// the player lands on the title screen instead of a broken run.
import { careerStartOf, decodeRunCode, type CareerStart } from '../engine';
import { parseScenarioField } from '../engine/run-code';
import { shown } from '../scenario-file/shown';
import { cleanLabel } from '../text/label';
import { linkSeedProblem } from './link-seed';
import { BACK_PARAM, isViewName, VIEW_NAMES, WHO_PARAM } from '../views/names';

export type Launch =
  | { readonly kind: 'title' }
  | { readonly kind: 'new'; readonly seed: string; readonly scenario: string; readonly daily: boolean }
  | { readonly kind: 'replay'; readonly code: string; readonly back?: WayBack; readonly who?: string };

/** The facilitator view a replay was opened from, to lead back to: the room or the lab, with its query. */
export interface WayBack {
  readonly view: 'room' | 'lab';
  readonly params: Readonly<Record<string, string>>;
}

/** The way back a link's `back` parameter names; null for anything but the room or the lab (the replay then leads to the title). */
function wayBackOf(text: string | null): WayBack | null {
  if (text === null) return null;
  const params = new URLSearchParams(text);
  const view = params.get('view');
  return view === 'room' || view === 'lab' ? { view, params: Object.fromEntries(params) } : null;
}

export interface LaunchRequest {
  readonly launch: Launch;
  /** Problems with the URL, each a sentence for the player. */
  readonly problems: readonly string[];
  /** A career to offer on the title, from a link whose run cannot be replayed here (see RESTART_HINT). */
  readonly restart?: CareerStart;
  /** The scenario a link names without a seed, for the title to have chosen. */
  readonly scenario?: string;
}

/** Said of a run that cannot be resumed or replayed when the title offers its scenario and seed instead. */
export const RESTART_HINT = 'Its scenario and seed are filled in below, to start that career afresh.';


/**
 * `scenarioIds` are the presets; a scenario loaded from a file (`<id>~<hash>`) passes here, and the
 * app says once the scenarios have loaded whether this browser has it.
 */
export function readLaunch(search: string, scenarioIds: readonly string[], todaysSeed: () => string): LaunchRequest {
  const params = new URLSearchParams(search);
  const known = (field: string): boolean => scenarioIds.includes(field) || (parseScenarioField(field)?.hash ?? null) !== null;
  const title = (problem: string, restart?: CareerStart): LaunchRequest => ({ launch: { kind: 'title' }, problems: [problem], ...(restart && { restart }) });
  const view = params.get('view');
  if (view !== null && !isViewName(view)) return title(`This link asks for a view called ${shown(view)}, which Interdell does not have. Views: ${VIEW_NAMES.join(', ')}.`);
  const code = params.get('code');
  if (code !== null) {
    const decoded = decodeRunCode(code);
    if (!decoded.ok) {
      const restart = careerStartOf(code) ?? undefined;
      return title(`The run code in this link cannot be replayed: ${decoded.error}.${restart ? ` ${RESTART_HINT}` : ''}`, restart);
    }
    if (!known(decoded.value.scenario))
      return title(`The run code in this link is for scenario ${shown(decoded.value.scenario)}, which this game does not have.`);
    const back = wayBackOf(params.get(BACK_PARAM));
    // Whose run it is, as one line of text (the replay shows it shortened, as text).
    const who = cleanLabel(params.get(WHO_PARAM) ?? '');
    return { launch: { kind: 'replay', code: code.trim(), ...(back && { back }), ...(who !== null && { who }) }, problems: [] };
  }
  const scenario = params.get('scenario') ?? 'default';
  if (!known(scenario)) {
    // A good seed in the link is kept, to play in a scenario the game has.
    const seed = params.get('seed')?.trim() ?? '';
    const keep = seed !== '' && linkSeedProblem(search, seed) === null ? { scenario: 'default', seed } : undefined;
    return title(`This link asks for scenario ${shown(scenario)}, which this game does not have. Scenarios: ${scenarioIds.join(', ')}.${keep ? ' Its seed is filled in below.' : ''}`, keep);
  }
  if (params.has('daily')) return { launch: { kind: 'new', seed: todaysSeed(), scenario, daily: true }, problems: [] };
  const seed = params.get('seed');
  if (seed === null) return { launch: { kind: 'title' }, problems: [], ...(params.has('scenario') && { scenario }) };
  const trimmed = seed.trim();
  const problem = linkSeedProblem(search, trimmed);
  if (problem !== null)
    return title(`The seed in this link cannot be used: ${problem}.`);
  return { launch: { kind: 'new', seed: trimmed, scenario, daily: false }, problems: [] };
}
