// The title screen's scenario files: loading keeps a custom scenario and lists it; an unchanged preset
// chooses the preset; export gives any chosen scenario as a file that loads back as the same scenario.
import { describe, expect, it } from 'vitest';
import { customChoices, loadScenarioFile, oversizedFile, scenarioFileFor } from '../../src/scenario-file/choices';
import { MAX_FILE_CHARS } from '../../src/scenario-file/parse';
import { memoryStore } from '../fixtures/memory-store';
import { exported, load } from './helpers';

function workshopText(): string {
  const file = exported('startup');
  file.id = 'workshop';
  file.name = 'Workshop startup';
  file.tuning.hopPremiumPercent = 25;
  return JSON.stringify(file);
}

describe('loading a scenario file on the title screen', () => {
  it('keeps a custom scenario and lists it with its name', () => {
    const store = memoryStore();
    const result = loadScenarioFile(store, workshopText());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.value.isPreset).toBe(false);
    expect(customChoices(store)).toEqual({ choices: [result.value.choice], problems: [] });
    const hash = result.value.choice.field.split('~')[1];
    expect(result.value.choice).toEqual({ field: expect.stringMatching(/^workshop~[0-9a-f]{8}$/), name: 'Workshop startup', label: `Workshop startup (from a file, version ${hash})`, description: exported('startup').description });
  });

  it('tells two versions of one file apart in the list, by the version their run codes carry', () => {
    const store = memoryStore();
    const other = JSON.parse(workshopText());
    other.tuning.hopPremiumPercent = 30;
    for (const text of [workshopText(), JSON.stringify(other)]) if (!loadScenarioFile(store, text).ok) throw new Error('a good file was refused');
    const labels = customChoices(store).choices.map((c) => c.label);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    for (const label of labels) expect(label).toMatch(/^Workshop startup \(from a file, version [0-9a-f]{8}\)$/);
  });

  it("chooses the preset itself for a preset's unchanged export, keeping nothing", () => {
    const store = memoryStore();
    const result = loadScenarioFile(store, JSON.stringify(exported('manager-heavy')));
    expect(result.ok && result.value).toEqual({ choice: { field: 'manager-heavy', name: 'The Car Factory', label: 'The Car Factory', description: exported('manager-heavy').description }, isPreset: true });
    expect(store.items.size).toBe(0);
  });

  it('returns the problems of a bad file and keeps nothing', () => {
    const store = memoryStore();
    expect(loadScenarioFile(store, '{"format": 1}')).toEqual({ ok: false, problems: ['base: is missing', 'id: is missing', 'name: is missing'] });
    expect(store.items.size).toBe(0);
  });

  it('says when the browser has no room to keep the scenario', () => {
    const store = memoryStore();
    store.full = true;
    expect(loadScenarioFile(store, workshopText())).toEqual({
      ok: false,
      problems: ["the file: this browser's storage is full, so the scenario cannot be kept; free some space and load it again"],
    });
  });

  it('refuses a file too large to fit the limit without reading it', () => {
    expect(oversizedFile(4 * MAX_FILE_CHARS)).toBeNull();
    expect(oversizedFile(4 * MAX_FILE_CHARS + 1)).toBe('the file: expected at most 256 KB, found 1025 KB; a scenario file is much smaller');
  });
});

describe('exporting the chosen scenario', () => {
  it('gives a custom scenario as a file that loads back as the same scenario', () => {
    const store = memoryStore();
    const loaded = loadScenarioFile(store, workshopText());
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const file = scenarioFileFor(store, loaded.value.choice.field);
    expect(file?.name).toBe('interdell-scenario-workshop.json');
    const again = load(file?.text ?? '');
    expect(again.ok && again.value.field).toBe(loaded.value.choice.field);
  });

  it('gives a preset as a file based on it, and nothing for a scenario not loaded here', () => {
    const store = memoryStore();
    expect(JSON.parse(scenarioFileFor(store, 'big-tech')?.text ?? '{}').base).toBe('big-tech');
    expect(scenarioFileFor(store, 'workshop~0a1b2c3d')).toBeNull();
  });
});
