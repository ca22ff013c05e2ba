// What the scenario-file tests share: a preset exported as a file to edit, reading a file through to
// a scenario, and a browser storage made of a Map (that can be told to be full).
import { SCENARIOS } from '../../src/content/index';
import type { ScenarioDef } from '../../src/engine/scenario';
import { buildScenario, type CustomScenario } from '../../src/scenario-file/build';
import { presetFile, scenarioFileText } from '../../src/scenario-file/export';
import { readScenarioText, type Checked } from '../../src/scenario-file/parse';

export function preset(id: string): ScenarioDef {
  const def = SCENARIOS.find((s) => s.id === id);
  if (!def) throw new Error(`no preset ${id}`);
  return def;
}

/** A file as a test edits it: any field may be given any value, since files are written by hand. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write wrong types into files on purpose
export type LooseFile = Record<string, any>;

/** A preset's exported file as plain JSON data, to change in a test. */
export function exported(id = 'default'): LooseFile {
  return JSON.parse(scenarioFileText(presetFile(preset(id))));
}

/** A file's text read, checked and built. */
export function load(text: string): Checked<CustomScenario> {
  const read = readScenarioText(text);
  return read.ok ? buildScenario(read.value) : read;
}

/** The scenario a file describes; fails the test with the file's problems if it has any. */
export function loaded(file: unknown): CustomScenario {
  const result = load(JSON.stringify(file));
  if (!result.ok) throw new Error(`expected the file to load:\n${result.problems.join('\n')}`);
  return result.value;
}

/** The problems of a file that should not load. */
export function problemsOf(file: unknown): readonly string[] {
  const result = load(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused, but it loaded');
  return result.problems;
}

/** A storylet a file can add: two options, tied to the first half-year of a step up in the valley. */
export function firstStepStorylet(id: string, title = 'A custom first step'): LooseFile {
  return {
    id,
    title,
    text: 'Your manager asks you to run the new onboarding programme.',
    source: '001',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['step-up'] },
      { kind: 'region', in: ['interdell'] },
      { kind: 'turn', max: 0 },
      { kind: 'company', in: ['mid-size'] },
    ],
    options: [
      { label: 'Take it on', style: 'glue', effects: [{ kind: 'quality', quality: 'glue', delta: 10 }] },
      { label: 'Say no', style: 'technical', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }] },
    ],
  };
}
