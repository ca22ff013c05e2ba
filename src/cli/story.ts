// A run told as a story: each half-year's place, move and choice in the game's own words, then the
// debrief. Pure, like the other text views.
import { MOVE_LABELS } from '../content/world';
import { debrief, regionName, unlistedCheckIns, type Command, type CompiledScenario, type RoleId, type RunState } from '../engine/index';
import { when } from './format';

export function narrative(content: CompiledScenario, state: RunState): string[] {
  const { roleNames } = content.library;
  const lines = ['Told as a story'];
  let role: RoleId = content.def.start.role;
  let region: string = content.def.start.region;
  for (const turn of state.history ?? []) {
    const storylet = content.storylets[content.storyletIndex.get(turn.event) ?? -1];
    const option = storylet?.options[turn.option];
    const command = state.commands[turn.turn * 2] as Extract<Command, { type: 'move' }> | undefined;
    const toward = command && command.toward !== region ? ` — ${regionName(content.library, command.toward)}` : '';
    lines.push(`  ${when(turn.turn).padEnd(7)} As ${roleNames[role]} in ${regionName(content.library, region)}: ${MOVE_LABELS[turn.move]}${toward}.`);
    if (storylet && option) lines.push(`          “${storylet.title}” — ${option.label}.`);
    if (turn.role !== role) lines.push(`          Now ${roleNames[turn.role]}.`);
    else if (turn.move === 'go-manager') lines.push('          No team on the coast needed a manager this time.');
    else if (turn.move === 'go-pm' || (turn.move === 'go-ic' && role.endsWith('pm'))) lines.push('          The currents turned you back.');
    lines.push(`          satisfaction ${turn.satisfaction}, burnout ${turn.burnout}, $${turn.compensation}k`);
    role = turn.role;
    region = turn.region;
  }
  if (state.outcome) {
    const d = debrief(content, state);
    lines.push('', `Debrief: ${d.outcome.title}`, `  ${d.summary}`, ...d.lines.map((l) => `  - ${l.label}: ${l.effect}`));
    const checkIns = unlistedCheckIns(d);
    if (checkIns !== null) lines.push(`  ${checkIns}`);
  }
  return lines;
}
