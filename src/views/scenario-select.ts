// The scenario choice of a facilitator view: the presets, then the scenarios this browser has loaded
// from files (as the title lists them), and the one a link asks for if it is neither.
import { PRESET_ABOUTS } from '../content/scenarios/about';
import { customChoices } from '../scenario-file/choices';
import { el } from '../ui/dom';
import type { ViewEnv } from './view-env';

export function scenarioSelect(id: string, env: ViewEnv, wanted: string): HTMLSelectElement {
  const select = el('select', undefined, { id });
  for (const s of PRESET_ABOUTS) select.append(el('option', s.name, { value: s.id }));
  for (const c of customChoices(env.store).choices) select.append(el('option', `${c.name} (from a file)`, { value: c.field }));
  if (![...select.options].some((o) => o.value === wanted) && env.scenarios(wanted) !== null) {
    select.append(el('option', `${env.scenarios(wanted)?.def.name ?? wanted} (from a file)`, { value: wanted }));
  }
  select.value = wanted;
  if (select.selectedIndex === -1) select.selectedIndex = 0;
  return select;
}
