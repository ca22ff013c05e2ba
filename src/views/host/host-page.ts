// Hosting a session: the facilitator picks a seed (typed, today's daily seed, or a random one) and a
// scenario, and the page shows the link the room joins by, as text and as a QR code for a projector,
// with the way on to the room's debrief and to the strategy lab for the same seed.
import { seedProblem } from '../../engine';
import { parseScenarioField } from '../../engine/run-code';
import { shown } from '../../scenario-file/shown';
import { todaysSeed } from '../../session/daily';
import { linkSeedProblem } from '../../session/link-seed';
import { randomSeed } from '../../session/session';
import { copyField } from '../../ui/copy-field';
import { button, el, problemsBox, showFieldError } from '../../ui/dom';
import { qrSvg } from '../qr-code';
import { scenarioSelect } from '../scenario-select';
import { carrySession, viewFrame } from '../view-frame';
import type { ViewEnv } from '../view-env';
import './host.css';

interface Session {
  readonly seed: string;
  readonly scenario: string;
}

/** The session the URL asks for, or problems naming what in it cannot be used. */
function requested(env: ViewEnv): { session: Session | null; problems: string[] } {
  const params = new URLSearchParams(env.search);
  const problems: string[] = [];
  const scenario = params.get('scenario') ?? 'default';
  const seed = params.get('seed')?.trim() ?? null;
  if (env.scenarios(scenario) === null) problems.push(`The link asks for scenario ${shown(scenario)}, which this browser does not have.`);
  const problem = seed === null ? null : linkSeedProblem(env.search, seed);
  if (problem !== null) problems.push(`The seed in the link cannot be used: ${problem}.`);
  const ok = seed !== null && problem === null && problems.length === 0;
  return { session: ok ? { seed, scenario } : null, problems };
}

export function mountHostPage(root: HTMLElement, env: ViewEnv): void {
  const body = viewFrame(root, 'Host a session', env);
  const { session, problems } = requested(env);
  const intro = el('p', 'Choose a seed and a scenario. Everyone who opens the link plays the same career: the same events, as long as they make the same choices. Afterwards, collect their run codes in the room.');
  const form = el('form', undefined, { class: 'host-form', 'aria-label': 'Session' });
  const seed = el('input', undefined, { id: 'host-seed', type: 'text', maxlength: '64', autocomplete: 'off' });
  const seedError = el('p', '', { class: 'field-error', id: 'host-seed-error', 'aria-live': 'polite' });
  seed.setAttribute('aria-describedby', 'host-seed-error');
  const select = scenarioSelect('host-scenario', env, session?.scenario ?? new URLSearchParams(env.search).get('scenario') ?? 'default');
  // Not a live region: the status says the session is ready, and the card read whole would run its labels together.
  const output = el('section', undefined, { class: 'join', 'aria-label': 'How the room joins' });
  let onCard: Session | null = null;
  const show = (chosen: Session): void => {
    seed.value = chosen.seed;
    select.value = chosen.scenario;
    onCard = chosen;
    output.replaceChildren(...joinCard(chosen, env));
    // The address keeps the session, so a reload (or the page bookmarked) shows the same card, and the
    // header's links lead to its room and lab.
    env.keepInAddress({ view: 'host', seed: chosen.seed, scenario: chosen.scenario });
    carrySession(root, chosen, env);
    env.announce(`Session ready: seed ${chosen.seed}. The join link and its QR code are shown.`);
  };
  // A card that no longer matches the form is taken down: a projector must never show a link to another session.
  const changed = (): void => {
    showFieldError(seed, seedError, null);
    if (onCard === null || (seed.value.trim() === onCard.seed && select.value === onCard.scenario)) return;
    onCard = null;
    output.replaceChildren(el('p', 'The seed or scenario changed: show the join link again to make the link for them.', { class: 'hint join-stale' }));
  };
  seed.addEventListener('input', changed);
  select.addEventListener('change', changed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = seed.value.trim();
    const problem = typed === '' ? 'type a seed, or use the daily or a random one' : seedProblem(typed);
    showFieldError(seed, seedError, problem === null ? null : `This seed cannot be used: ${problem}.`);
    if (problem === null) show({ seed: typed, scenario: select.value });
    else seed.focus();
  });
  form.append(
    el('label', 'Session seed', { for: 'host-seed' }),
    seed,
    seedError,
    el('label', 'Scenario', { for: 'host-scenario' }),
    select,
    el('button', 'Show the join link', { type: 'submit', class: 'primary', 'data-action': 'host' }),
    button("Use today's daily seed (the same worldwide)", () => show({ seed: todaysSeed(), scenario: select.value }), { 'data-action': 'host-daily' }),
    button('Use a random seed', () => show({ seed: randomSeed(), scenario: select.value }), { 'data-action': 'host-random' }),
  );
  body.append(intro);
  if (problems.length > 0) {
    body.append(problemsBox(problems));
  }
  body.append(form, output);
  if (session) show(session);
}

/** The join link as text, a copy button, the QR code, and the links on to the room and the lab. */
function joinCard(session: Session, env: ViewEnv): HTMLElement[] {
  const link = env.gameUrl({ seed: session.seed, scenario: session.scenario });
  const qr = el('figure', undefined, { class: 'join-qr' });
  const scenarioName = env.scenarios(session.scenario)?.def.name ?? session.scenario;
  const isFile = Boolean(parseScenarioField(session.scenario)?.hash);
  qr.append(qrSvg(link, `QR code of the join link for seed ${session.seed}`), el('figcaption', `Seed: ${session.seed} · Scenario: ${scenarioName}${isFile ? ' (from a file: load it before joining)' : ''}`));
  const next = el('ul', undefined, { class: 'join-next' });
  for (const [text, params] of [
    ['Open the room for this seed (paste everyone’s run codes there)', { view: 'room', seed: session.seed, scenario: session.scenario }],
    [`Run the strategy lab from this seed (its careers play ${session.seed}-0, ${session.seed}-1, …)`, { view: 'lab', seed: session.seed, scenario: session.scenario }],
    ['Play it yourself', { seed: session.seed, scenario: session.scenario }],
  ] as const) {
    const item = el('li');
    item.append(el('a', text, { href: env.gameUrl(params) }));
    next.append(item);
  }
  // A scenario from a file plays only where the same file is loaded: the room must have it too. The
  // note goes under the code, which is sized to fit the screen above it.
  const fromFile = isFile
    ? [el('p', `“${scenarioName}” was loaded from a file: share the file with the room, and have everyone load it on the game’s title screen (“Load a scenario file…”) before opening the link.`, { class: 'host-file-note' })]
    : [];
  return [el('h2', 'Join this session'), ...unreachable(link), copyField('join-link', 'Join link', link, env, 'Copy the join link'), qr, ...fromFile, next];
}

/** A warning when the join link names this machine alone (localhost), which no phone in the room reaches. */
function unreachable(link: string): HTMLElement[] {
  const host = new URL(link).hostname;
  if (!['localhost', '127.0.0.1', '[::1]', '::1'].includes(host) && !host.endsWith('.localhost')) return [];
  return [problemsBox([`This link points at ${host}, which is this computer alone: no phone in the room can open it. Host from an address the room reaches.`])];
}
