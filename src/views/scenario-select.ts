// The scenario choice of a facilitator view: the presets, then the scenarios this browser has loaded
// from files, as the title lists them; `wanted` is chosen if it is one of them, else the first.
import { PRESET_ABOUTS } from '../content/scenarios/about';
import { customChoices } from '../scenario-file/choices';
import { el } from '../ui/dom';
import type { ViewEnv } from './view-env';

export function scenarioSelect(id: string, env: ViewEnv, wanted: string): HTMLSelectElement {
  const select = el('select', undefined, { id });
  for (const s of PRESET_ABOUTS) select.append(el('option', s.name, { value: s.id }));
  for (const c of customChoices(env.store).choices) select.append(el('option', c.label, { value: c.field }));
  select.value = wanted;
  if (select.selectedIndex === -1) select.selectedIndex = 0;
  return select;
}
