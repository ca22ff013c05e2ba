// A run in the room: what one pasted code turns into once decoded and replayed. Everything here is
// derived from the code (and its scenario), so a room is stored as codes and labels alone.
import { MOVE_LABELS, regionName } from '../content/world';
import { decodeRunCode, replay, titleInQuotes, type Command, type MoveId, type OutcomeId, type RegionId, type RoleId } from '../engine';
import type { ScenarioResolver } from '../scenario-file/resolve';
import { scenarioLabel } from '../scenario-file/label';
import { missingScenario } from '../scenario-file/unresolved';

export interface Meters {
  readonly satisfaction: number;
  readonly burnout: number;
  readonly compensation: number;
}

/** One half-year of a room run, with the words a debrief needs for the choices made in it. */
export interface RoomTurn extends Meters {
  readonly turn: number;
  readonly region: RegionId;
  readonly role: RoleId;
  readonly move: MoveId;
  /** The move in words: "Step up toward Backend Senior's Range", or "Opt out and stay" where it stays put. */
  readonly moveText: string;
  /** The event's option as the player saw it: "Take the on-call rotation (in “Pager season”)". */
  readonly optionText: string;
}

export interface RoomRun {
  readonly label: string;
  /** The names the room knew the run by before it was renamed: the same run comes in again under none of them. */
  readonly formerLabels: readonly string[];
  readonly code: string;
  /** The code's scenario field: a preset id, or a custom scenario's id and hash. */
  readonly scenario: string;
  readonly scenarioName: string;
  /** Half-years a full run of the scenario lasts. */
  readonly scenarioTurns: number;
  readonly seed: string;
  readonly outcome: OutcomeId;
  readonly outcomeTitle: string;
  readonly final: Meters;
  readonly commands: readonly Command[];
  readonly history: readonly RoomTurn[];
}

export type Replayed = { readonly ok: true; readonly run: RoomRun } | { readonly ok: false; readonly error: string };

/** A move as the game offered it: the region named only when the move leaves `from`. */
function moveText(command: Extract<Command, { type: 'move' }>, from: RegionId): string {
  if (command.toward === from) return MOVE_LABELS[command.move];
  return `${MOVE_LABELS[command.move]} toward ${regionName(command.toward)}`;
}

/** Decodes and replays `code`; says why when it is not a finished run of a scenario this browser has. */
export function replayRunCode(code: string, label: string, scenarios: ScenarioResolver, formerLabels: readonly string[] = []): Replayed {
  const decoded = decodeRunCode(code);
  if (!decoded.ok) return decoded;
  const { scenario, seed, commands } = decoded.value;
  const content = scenarios(scenario);
  if (content === null) return { ok: false, error: (scenarios.whyMissing ?? missingScenario)(scenario, 'the run', 'into the room (with “Or import files”)') };
  const replayed = replay(content, seed, commands, true);
  if (!replayed.ok) return { ok: false, error: `the run does not replay in scenario “${content.def.name}”: ${replayed.error}` };
  const state = replayed.value;
  if (state.phase !== 'ended' || state.outcome === null)
    return { ok: false, error: `the run is unfinished (it stops in half-year ${state.turn + 1} of ${content.def.turns}); finish it in the game and paste its final code` };
  const records = state.history ?? [];
  const history = records.map((t, i): RoomTurn => {
    const move = commands[2 * i] as Extract<Command, { type: 'move' }>;
    const storylet = content.storylets[content.storyletIndex.get(t.event) ?? -1];
    const option = storylet?.options[t.option]?.label ?? `option ${t.option + 1}`;
    return {
      turn: t.turn,
      region: t.region,
      role: t.role,
      move: t.move,
      moveText: moveText(move, records[i - 1]?.region ?? content.def.start.region),
      optionText: storylet ? `${option} (in ${titleInQuotes(storylet.title)})` : option,
      satisfaction: t.satisfaction,
      burnout: t.burnout,
      compensation: t.compensation,
    };
  });
  return {
    ok: true,
    run: {
      label,
      formerLabels,
      code: code.trim(),
      scenario,
      scenarioName: scenarioLabel(scenario, content.def.name),
      scenarioTurns: content.def.turns,
      seed,
      outcome: state.outcome,
      outcomeTitle: content.outcomes.get(state.outcome)?.title ?? state.outcome,
      final: { satisfaction: state.satisfaction, burnout: state.burnout, compensation: state.compensation },
      commands,
      history,
    },
  };
}
