// The room page's debrief section: one scenario's runs at a time (a picker when the room holds
// several), drawn again whenever the room changes, keeping what the facilitator chose there (the
// scenario, the seed and meter where runs parted, the tables opened) and redrawn to its new width.
import { byScenario } from '../../room/aggregate';
import type { RoomRun } from '../../room/room-run';
import { counted } from '../../text/counted';
import { el } from '../../ui/dom';
import type { ViewEnv } from '../view-env';
import { renderDebrief } from './debrief';
import { openTables, reopenTables } from './keep-place';
import { seedWords } from './words';

export interface DebriefSection {
  readonly element: HTMLElement;
  /** Draws the debrief of `runs` (the whole room) again. */
  readonly render: (runs: readonly RoomRun[]) => void;
}

/** `sessionSeed` and `scenario` are what a host's link names: the debrief opens on them. */
export function debriefSection(env: Pick<ViewEnv, 'announce'>, sessionSeed: string | null, scenario: string | null): DebriefSection {
  const element = el('section', undefined, { id: 'room-debrief', 'aria-labelledby': 'room-debrief-title' });
  let shownScenario = scenario;
  let shownRuns: readonly RoomRun[] = [];
  let redraw = (): void => undefined;
  // The seed and meter the facilitator chose where runs parted, which the debrief keeps when drawn again.
  let seedChosen = sessionSeed;
  let meterChosen: string | null = null;

  const scenarioPicker = (sections: ReturnType<typeof byScenario>): HTMLElement => {
    const box = el('div', undefined, { class: 'room-scenario' });
    const select = el('select', undefined, { id: 'room-scenario' });
    for (const s of sections) select.append(el('option', `${s.name}: ${counted(s.runs.length, 'run')}`, { value: s.scenario }));
    select.value = shownScenario ?? '';
    select.addEventListener('change', () => {
      shownScenario = select.value;
      render(shownRuns);
      (document.getElementById('room-scenario') as HTMLElement).focus();
      env.announce(`The debrief now shows scenario ${select.selectedOptions[0]?.textContent ?? ''}.`);
    });
    box.append(
      el('p', `This room holds runs of ${sections.length} scenarios. Runs of different scenarios are never counted together: the debrief shows one scenario at a time.`),
      el('label', 'Scenario shown', { for: 'room-scenario' }),
      select,
    );
    return box;
  };

  let width = 0;
  const render = (runs: readonly RoomRun[]): void => {
    shownRuns = runs;
    // Drawn again (runs added, renamed or removed), the debrief keeps the tables the facilitator opened.
    const opened = openTables(element);
    const sections = byScenario(runs);
    const section = sections.find((s) => s.scenario === shownScenario) ?? sections[0];
    shownScenario = section?.scenario ?? shownScenario;
    const heading = el('h2', "The room's debrief", { id: 'room-debrief-title' });
    if (section === undefined) {
      element.replaceChildren(heading, el('p', 'Add run codes above to see how the room’s careers ended, where its meters finished, and where players on one seed parted.'));
      redraw = () => undefined;
      return;
    }
    const summary = el('p', `${counted(section.runs.length, 'run')} of the scenario “${section.name}”.${seedWords(section.runs, sessionSeed)}`, { class: 'room-summary' });
    const charts = el('div');
    element.replaceChildren(heading, ...(sections.length > 1 ? [scenarioPicker(sections)] : []), summary, charts);
    redraw = renderDebrief(charts, section.runs, env.announce, seedChosen, meterChosen);
    reopenTables(element, opened);
    // The width the charts were drawn for: only a change from it draws them again.
    width = element.clientWidth;
  };

  element.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement)) return;
    if (select.id === 'room-seed') seedChosen = select.value;
    if (select.id === 'room-divergence-meter') meterChosen = select.value;
  });

  let pending = false;
  new ResizeObserver(() => {
    if (pending || Math.abs(element.clientWidth - width) < 16) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      width = element.clientWidth;
      redraw();
    });
  }).observe(element);

  return { element, render };
}
