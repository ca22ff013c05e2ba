// What a player reads about each preset before choosing it: id, name and description. Kept apart from
// the scenarios themselves so the title screen can list them without loading the storylets.
export interface ScenarioAbout {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export const DEFAULT_ABOUT: ScenarioAbout = {
  id: 'default',
  name: 'Interdell',
  description: 'Ten years from the valley, starting at a mid-size company. The model as the essays tell it.',
};

export const BIG_TECH_ABOUT: ScenarioAbout = {
  id: 'big-tech',
  name: 'Big Tech',
  description:
    'Start at a public company that pays in RSUs: the money is the best in the valley, but the titles are deflated. Staff takes years, and the managers’ ladder is no shortcut.',
};

export const STARTUP_ABOUT: ScenarioAbout = {
  id: 'startup',
  name: 'Startup',
  description:
    'Start at a small company where your impact is proportionally larger: titles come fast and mean less, and the cash is lower. Your options are a lottery ticket counted at zero; they pay only as leverage when you leave.',
};

export const MANAGER_HEAVY_ABOUT: ScenarioAbout = {
  id: 'manager-heavy',
  name: 'The Car Factory',
  description:
    'A company built like an assembly plant: every line needs a manager, but the whole factory needs only one or two deep experts. The coast is easy to reach; the peaks have few places.',
};

export const PRESET_ABOUTS: readonly ScenarioAbout[] = [DEFAULT_ABOUT, BIG_TECH_ABOUT, STARTUP_ABOUT, MANAGER_HEAVY_ABOUT];
export const PRESET_IDS: readonly string[] = PRESET_ABOUTS.map((s) => s.id);
