// The application: which screen is up (title, run, replay, outcome), what the map shows, the save,
// and the announcements. Input becomes commands for the session; nothing here computes game rules.
import { PRESET_ABOUTS, PRESET_IDS } from '../content/scenarios/about';
import { createRun, decodeRunCode, replay, runCodeOf, type CareerStart, type CompiledScenario, type EngineEvent, type RunState } from '../engine';
import type { ScenarioResolver } from '../scenario-file/resolve';
import { unresolvedScenario } from '../scenario-file/unresolved';
import type { GameHandle } from '../scenes/game';
import { readLaunch, RESTART_HINT, type WayBack } from '../session/launch';
import { ReplayView } from '../session/replay-view';
import type { RunView } from '../session/run-view';
import { clearSave, hasSave, loadSave, SAVE_KEY, setAside, writeSave, type KeyValueStore, type SetAside } from '../session/save';
import { Session, randomSeed } from '../session/session';
import { copyField } from './copy-field';
import { el, problemsBox } from './dom';
import { bindKeys } from './keyboard';
import { openMenu } from './menu';
import { narrate } from './narrate';
import type { outcomeScreen } from './outcome-screen';
import { inBrackets, refusedStorage } from './page-storage';
import { replayControls } from './replay-controls';
import { choiceButton, runScreen } from './run-screen';
import { titleScreen } from './title-screen';
import { checkInLines, halfYear, meterChanges } from './words';
import { asSentence } from '../text/sentence';
import { cueChoicesBelow } from './choices-cue';

export interface AppEnvironment {
  readonly panel: HTMLElement;
  readonly announcer: HTMLElement;
  readonly game: GameHandle;
  readonly store: KeyValueStore;
  /** Why the browser refused the page its storage (`store` then lives in memory), or null. */
  readonly storageRefused: string | null;
  readonly search: string;
  readonly todaysSeed: () => string;
  /** This page's URL with these query parameters. */
  readonly pageUrl: (params: Readonly<Record<string, string>>) => string;
  /** Drops the link's query parameters from the address bar, so a reload does not follow it again. */
  readonly forgetLink: () => void;
  /** Leaves the game for another page of it (a facilitator view), going back when that page led here. */
  readonly returnTo: (url: string) => void;
  readonly download: (name: string, data: Blob) => void;
  readonly copy: (text: string) => Promise<boolean>;
  /** Loads the scenarios (their storylets are the bulk of the game's code, so they come after the title). */
  readonly loadScenarios: () => Promise<ScenarioResolver>;
}

export class App {
  private unsubscribe: () => void = () => {};
  private problems: string[] = [];
  /** A career the next title offers to start afresh: one whose run could not be resumed or replayed. */
  private restart: CareerStart | null = null;
  /** The scenario the link named without a seed, chosen on the first title. */
  private linkScenario: string | null = null;
  private current: RunView | null = null;
  /** The meters of the half-step last shown, which the next one's announcement says the changes from. */
  private shownMeters: Pick<RunState, 'satisfaction' | 'burnout' | 'compensation'> | null = null;
  /** Why the live run is not kept in the browser, when it is not: storage refused it or its last write. */
  private unsaved: string | null = null;
  /** The warning last given as an alert. */
  private alerted: string | null = null;
  private scenarios: ScenarioResolver | null = null;
  /** The outcome screen, whose code (the debrief and the result card) loads with the scenarios: no run ends before they are in. */
  private outcomes: typeof outcomeScreen | null = null;
  private loading: Promise<boolean> | null = null;
  /** The facilitator view the replay on screen was opened from, which leaving it returns to. */
  private wayBack: WayBack | null = null;

  constructor(private readonly env: AppEnvironment) {
    bindKeys(env.panel, () => this.menu());
  }

  /** Shows the title at once when nothing needs the scenarios yet; otherwise loads them first. */
  async start(): Promise<void> {
    const { launch, problems, restart, scenario } = readLaunch(this.env.search, PRESET_IDS, this.env.todaysSeed);
    this.problems = this.env.storageRefused === null ? [...problems] : [refusedStorage(this.env.storageRefused), ...problems];
    this.restart = restart ?? null;
    this.linkScenario = scenario ?? null;
    const titleOnly = launch.kind === 'title' && !hasSave(this.env.store);
    if (titleOnly) this.showTitle();
    if (!(await this.loaded())) return this.showTitle();
    if (titleOnly) return;
    // A replay leaves the save alone, so what is wrong with the save is said on the next title.
    if (launch.kind === 'replay') return this.showReplay(launch.code, launch.back ?? null, launch.who ?? null);
    // The linked run's seed is what the title offers if it comes up, not the saved career.
    const saved = this.savedRun(launch.kind !== 'new');
    if (launch.kind === 'new') {
      const sameRun = saved && saved.seed === launch.seed && saved.scenario === launch.scenario;
      if (saved && saved.phase !== 'ended' && !sameRun) {
        this.problems.push(`This link starts a run on seed "${launch.seed}". Your run in progress is kept: resume it, or start the linked run below (it replaces the saved one).`);
        return this.showTitle({ seed: launch.seed, scenario: launch.scenario });
      }
      // A save that could not be resumed is reported before the linked run takes its place.
      if (this.problems.length > 0) {
        this.problems.push(`This link starts a run on seed "${launch.seed}": it is filled in below, to start once you have read the above.`);
        return this.showTitle({ seed: launch.seed, scenario: launch.scenario });
      }
      if (saved && sameRun) return this.play(this.sessionFor(saved));
      if (!this.scenario(launch.scenario)) {
        this.problems.push(`This link starts a run that cannot be played here: ${unresolvedScenario(launch.scenario, this.env.store)}. Its seed is filled in below, to start once the scenario is loaded.`);
        return this.showTitle({ seed: launch.seed, scenario: launch.scenario });
      }
      return this.newRun(launch.seed, launch.scenario);
    }
    this.showTitle();
  }

  /**
   * Whether the scenarios (and the outcome screen) are loaded, loading them once; every later call gets
   * the same answer. A load that fails is reported on the next title, and the one after it tries again.
   */
  private loaded(): Promise<boolean> {
    this.loading ??= Promise.all([this.env.loadScenarios(), import('./outcome-screen')]).then(
      ([resolver, outcome]) => {
        this.scenarios = resolver;
        this.outcomes = outcome.outcomeScreen;
        return true;
      },
      (error: unknown) => {
        this.loading = null;
        this.problems.push(`The game's scenarios could not be loaded (${(error as Error).message}). Check the connection and press "Start a run" again, or reload the page. Any saved run is kept.`);
        return false;
      },
    );
    return this.loading;
  }

  /** The outcome screen of an ended run, once loaded with the scenarios (see `loaded`). */
  private outcomeScreen(...args: Parameters<typeof outcomeScreen>): HTMLElement {
    if (!this.outcomes) throw new Error('the outcome screen is shown before it is loaded');
    return this.outcomes(...args);
  }

  /** The scenario a run code names, once loaded; null for a field nothing resolves (see `defaulted`). */
  private scenario(field: string): CompiledScenario | null {
    if (!this.scenarios) throw new Error('the scenarios are used before they are loaded');
    return this.scenarios(field);
  }

  /**
   * The saved run, replayed; a save that cannot be read or replayed is set aside and reported, and
   * with `offering` its career is offered on the next title.
   */
  private savedRun(offering = true): RunState | null {
    const loaded = loadSave(this.env.store);
    if (loaded.kind === 'unreadable') {
      this.problems.push(`Your saved run could not be read (${loaded.error}). ${keptWords(loaded.setAside)}${this.offer(offering ? loaded.career : null)}`);
      return null;
    }
    if (loaded.kind === 'none') return null;
    const decoded = decodeRunCode(loaded.code);
    const content = decoded.ok ? this.scenario(decoded.value.scenario) : null;
    const replayed = decoded.ok && content ? replay(content, decoded.value.seed, decoded.value.commands, true) : null;
    if (replayed?.ok) return replayed.value;
    const kept = setAside(this.env.store);
    const why = decoded.ok && !content ? `was played in a scenario this browser cannot load: ${unresolvedScenario(decoded.value.scenario, this.env.store)}` : 'no longer replays in this version of the game';
    const again = this.offer(offering && decoded.ok && content ? decoded.value : null);
    this.problems.push(`Your saved run ${why}. ${keptWords(kept)}${again}`);
    return null;
  }

  /** Offers `career` on the next title unless another is offered already; the words that say so, if it is. */
  private offer(career: CareerStart | null): string {
    if (career === null || this.restart !== null) return '';
    this.restart = { scenario: career.scenario, seed: career.seed };
    return ` ${RESTART_HINT}`;
  }

  private showTitle(prefill?: CareerStart): void {
    this.unsubscribe();
    this.current = null;
    // Without the scenarios a save cannot be replayed: it is left as it is, to resume once they load.
    const saved = this.scenarios === null ? null : this.savedRun();
    const problems = this.problems;
    this.problems = [];
    const offered = prefill ?? this.restart ?? (this.linkScenario === null ? undefined : { scenario: this.linkScenario, seed: '' });
    this.restart = null;
    this.linkScenario = null;
    this.env.game.showTitle();
    this.render(
      titleScreen({
        scenarios: PRESET_ABOUTS,
        problems,
        saved,
        prefill: offered,
        resume: () => saved && this.play(this.sessionFor(saved)),
        start: (seed, scenario, daily) => void this.loaded().then((ok) => (ok ? this.startFromTitle(daily ? this.env.todaysSeed() : (seed ?? randomSeed()), scenario) : this.showTitle({ seed: seed ?? '', scenario }))),
        scenarioFiles: { store: this.env.store, download: this.env.download, announce: (text) => this.announce(text) },
      }),
    );
    // What went wrong is said first: a screen reader would otherwise never hear the box above the form.
    const said = problems.length > 0 ? ` ${problems.join(' ')}` : '';
    this.announce(`Interdell.${said} ${saved ? 'Resume your run or start a new one.' : 'Start a new run.'}`);
  }

  /** A run the player started on the title: the link that led there is done with, so a reload resumes this run rather than following the link again. */
  private startFromTitle(seed: string, scenario: string): void {
    this.env.forgetLink();
    this.newRun(seed, scenario);
  }

  private newRun(seed: string, scenario: string): void {
    const state = createRun(this.defaulted(scenario), { seed });
    this.save(state);
    this.play(this.sessionFor(state));
  }

  /** A live session on `state` that saves after every command. */
  private sessionFor(state: RunState): Session {
    return new Session(this.defaulted(state.scenario), state, (s) => this.save(s));
  }

  /** Saves the live run, and remembers whether that failed, for its screens to say so. */
  private save(state: RunState): void {
    const failed = writeSave(this.env.store, state);
    this.unsaved = failed === null ? this.env.storageRefused : failed;
  }

  /**
   * `screen` of the live run, under a warning when the run is not kept in the browser: an alert when
   * it first says so, then plain text, so a screen reader is not told again at every half-step.
   */
  private withSaveWarning(screen: HTMLElement): HTMLElement {
    if (this.unsaved === null) return screen;
    const warning = problemsBox([`This run is not saved in this browser ${inBrackets(this.unsaved)}: it is lost if you leave or reload the page. Copy its run code from the menu to keep a record of it.`]);
    if (this.unsaved === this.alerted) warning.removeAttribute('role');
    this.alerted = this.unsaved;
    const box = el('div');
    box.append(warning, screen);
    return box;
  }

  private defaulted(field: string): CompiledScenario {
    return this.scenario(field) ?? (this.scenario('default') as CompiledScenario);
  }

  private play(session: Session): void {
    this.follow(session, (state, events) =>
      state.phase === 'ended'
        ? this.showOutcome(session, events)
        : this.showRunPanel(this.withSaveWarning(runScreen({ content: session.content, state, events, play: (c) => session.dispatch(c), menu: () => this.menu() })), state, events),
    );
    this.env.game.showRun(session);
  }

  /** Replays `code`; `back` is the view it was opened from, `who` names whose run it is (as that view called it). */
  private showReplay(code: string, back: WayBack | null, who: string | null): void {
    const decoded = decodeRunCode(code);
    const content = decoded.ok ? this.scenario(decoded.value.scenario) : null;
    if (decoded.ok && !content) this.problems.push(`The run code in this link cannot be replayed: ${unresolvedScenario(decoded.value.scenario, this.env.store)}.`);
    if (!decoded.ok || !content) return this.showTitle();
    let view: ReplayView;
    try {
      view = new ReplayView(content, decoded.value.seed, decoded.value.commands);
    } catch (error) {
      this.problems.push(`The run code in this link cannot be replayed: ${(error as Error).message}.`);
      return this.showTitle();
    }
    this.wayBack = back;
    let onMap: 'run' | 'outcome' | null = null;
    this.follow(view, (state, events) => {
      const ended = state.phase === 'ended';
      // The step button pressed keeps the focus while it can step on, so Enter goes on stepping the same way.
      const pressed = document.activeElement?.getAttribute('data-action') === 'replay-back' ? 'replay-back' : 'replay-forward';
      const screen = ended
        ? this.outcomeScreen(content, state, events, this.outcomeActions(state, false))
        : runScreen({ content, state, events, play: null, chosen: view.next, menu: () => this.menu() });
      const box = el('div');
      box.append(replayControls(view, who, this.leaveReplayLabel(), () => this.leaveReplay()), screen);
      this.showRunPanel(box, state, events);
      // At either end the pressed button is disabled: the focus rests on where the replay stands,
      // rather than on the other button, where held Enter would turn and step back.
      const panel = this.env.panel;
      (panel.querySelector<HTMLElement>(`[data-action="${pressed}"]:not([disabled])`) ?? panel.querySelector<HTMLElement>('.replay-where'))?.focus({ preventScroll: true });
      // The map follows the view by itself; it only needs telling when the run ends or resumes.
      if (ended && onMap !== 'outcome') this.env.game.showOutcome(view);
      if (!ended && onMap !== 'run') this.env.game.showRun(view);
      onMap = ended ? 'outcome' : 'run';
    });
  }

  private follow(view: RunView, render: (state: RunState, events: readonly EngineEvent[]) => void): void {
    this.unsubscribe();
    this.current = view;
    this.shownMeters = null;
    this.unsubscribe = view.subscribe(render);
  }

  private showRunPanel(screen: HTMLElement, state: RunState, events: readonly EngineEvent[]): void {
    this.render(screen);
    this.announce([...this.happenings(state, events), `${halfYear(state.turn)}.`, ...this.prompt(state)].join(' '));
    // The panel shows the new half-year from its top (what happened, then the story), not scrolled down
    // to the choices; a cue says when they lie below.
    choiceButton(this.env.panel, 1)?.focus({ preventScroll: true });
    cueChoicesBelow(screen, this.env.panel);
  }

  /**
   * What the half-step that led here did, as the screen reader hears it: the events, the check-in's
   * answers, and how the meters moved since the half-step shown before.
   */
  private happenings(state: RunState, events: readonly EngineEvent[]): string[] {
    const checkIn = events.find((e) => e.type === 'check-in');
    const moved = this.shownMeters === null ? '' : meterChanges(this.shownMeters, state);
    this.shownMeters = { satisfaction: state.satisfaction, burnout: state.burnout, compensation: state.compensation };
    return [...narrate(events), ...(checkIn?.type === 'check-in' ? ['Check-in:', ...checkInLines(checkIn.answers)] : []), ...(moved ? [moved] : [])];
  }

  /** What the screen now asks, read from it: the paths' question, or the event and its story; the outcome at the end; in a replay, the run's choice. */
  private prompt(state: RunState): string[] {
    const panel = this.env.panel;
    const text = (selector: string): string => panel.querySelector(selector)?.textContent ?? '';
    // The chosen button's own words, without the mark that says it was chosen.
    const chosen = panel.querySelector('button.chosen')?.firstChild?.textContent;
    const asked =
      state.phase === 'ended'
        ? [asSentence(`The run is over: ${text('#outcome-title')}`)]
        : state.phase === 'move'
          ? ['Where do you go this half-year?']
          : [asSentence(text('#event-title')), text('.event-card > p')];
    return chosen ? [...asked, asSentence(`Next, the run chose ${chosen}`)] : asked;
  }

  private showOutcome(view: RunView, events: readonly EngineEvent[]): void {
    this.render(this.withSaveWarning(this.outcomeScreen(view.content, view.state, events, this.outcomeActions(view.state, true))));
    this.env.game.showOutcome(view);
    this.announce([...this.happenings(view.state, events), ...this.prompt(view.state)].join(' '));
    this.env.panel.querySelector<HTMLElement>('#outcome-title')?.focus({ preventScroll: true });
  }

  /**
   * The outcome screen's actions for the ended run `state`; `ownRun` when it is the saved run's outcome,
   * which a new run replaces. A replay's leaves the save alone: its new runs start from the title, which
   * offers the saved run beside them.
   */
  private outcomeActions(state: RunState, ownRun: boolean) {
    const career: CareerStart = { scenario: state.scenario, seed: state.seed };
    return {
      menu: () => this.menu(),
      shareUrl: (code: string) => this.env.pageUrl({ code }),
      labUrl: (code: string) => this.env.pageUrl({ view: 'lab', code }),
      download: this.env.download,
      copy: this.env.copy,
      newRun: () => {
        if (ownRun) clearSave(this.env.store);
        this.toTitle({ scenario: career.scenario, seed: '' });
      },
      again: () => (ownRun ? this.newRun(career.seed, career.scenario) : this.toTitle(career)),
    };
  }

  /** The menu of a run, a replay or an outcome; the title has nothing a menu would add. */
  private menu(): void {
    const view = this.current;
    if (view === null) return;
    const leave =
      view instanceof ReplayView
        ? { label: this.leaveReplayLabel(), act: () => this.leaveReplay() }
        : { label: `Back to the title screen (${this.unsaved === null ? 'your run is saved' : 'this run is not saved'})`, act: () => this.toTitle() };
    openMenu([leave], [copyField('menu-run-code', 'Run code', runCodeOf(view.state), this.env, 'Copy the run code')]);
  }

  private leaveReplayLabel(): string {
    return this.wayBack === null ? 'Leave the replay' : `Back to the ${this.wayBack.view}`;
  }

  /** Leaves a replay for the facilitator view it was opened from, or else for the title. */
  private leaveReplay(): void {
    if (this.wayBack === null) return this.toTitle();
    this.env.returnTo(this.env.pageUrl(this.wayBack.params));
  }

  /** The title, asked for from within the game: the link that led here is done with, so a reload does not follow it again. */
  private toTitle(prefill?: CareerStart): void {
    this.env.forgetLink();
    this.showTitle(prefill);
    // The focus would be lost with the screen it was on; the title's heading holds it, to read on from.
    this.env.panel.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  private render(screen: HTMLElement): void {
    screen.setAttribute('tabindex', '-1');
    // Every screen is a page under the game's name: the title shows it, the others keep it for screen readers.
    if (!screen.querySelector('h1')) screen.prepend(el('h1', 'Interdell', { class: 'visually-hidden' }));
    this.env.panel.replaceChildren(screen);
    this.env.panel.scrollTop = 0;
  }

  private announce(text: string): void {
    this.env.announcer.textContent = text;
  }
}

/** Where a save that could not be used now is: kept aside, or still under the save's key. */
function keptWords(setAside: SetAside): string {
  if ('kept' in setAside) return `It is kept, untouched, under "${setAside.kept}" in this browser's storage.`;
  return `It could not be moved aside ${inBrackets(setAside.stuck)}, so it stays under "${SAVE_KEY}" in this browser's storage until a new run replaces it.`;
}
