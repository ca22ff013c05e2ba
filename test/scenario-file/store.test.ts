// Scenario files kept in the browser: they resolve after a reload, each version once; anything stored
// that no longer reads is set aside under its own key and reported, and the rest keep working.
import { describe, expect, it } from 'vitest';
import { localScenarios, presetScenarios } from '../../src/scenario-file/resolve';
import { loadStoredScenarios, storedScenarios, storeScenario } from '../../src/scenario-file/store';
import { SCENARIOS_KEY, SCENARIOS_SET_ASIDE_PREFIX } from '../../src/scenario-file/stored-files';
import { memoryStore } from '../fixtures/memory-store';
import { exported, loaded } from './helpers';

function custom(id: string, crossingChance = 0.5): ReturnType<typeof loaded> {
  const file = exported();
  file.id = id;
  file.name = `Scenario ${id}`;
  file.tuning.crossingChance = crossingChance;
  return loaded(file);
}

describe('the stored scenarios', () => {
  it('resolve after a reload, next to the presets', () => {
    const store = memoryStore();
    const scenario = custom('kept');
    storeScenario(store, scenario);
    const reloaded = memoryStore(Object.fromEntries(store.items));
    const resolve = localScenarios(reloaded);
    expect(resolve(scenario.field)?.hash).toBe(scenario.content.hash);
    expect(resolve('default')).toBe(presetScenarios('default'));
    expect(resolve('kept')).toBeNull();
  });

  it('keep each version once, and every version of one id', () => {
    const store = memoryStore();
    storeScenario(store, custom('versions', 0.4));
    storeScenario(store, custom('versions', 0.4));
    storeScenario(store, custom('versions', 0.6));
    expect(storedScenarios(store).scenarios.map((s) => s.content.tuning.crossingChance)).toEqual([0.4, 0.6]);
  });

  it('are read again when the storage changes under them', () => {
    const store = memoryStore();
    const resolve = localScenarios(store);
    const scenario = custom('later');
    expect(resolve(scenario.field)).toBeNull();
    storeScenario(store, scenario);
    expect(resolve(scenario.field)?.def.name).toBe('Scenario later');
  });

  it('say so when the storage is full', () => {
    const store = memoryStore();
    store.full = true;
    expect(storeScenario(store, custom('no-room'))).toBe("this browser's storage is full, so the scenario cannot be kept; free some space and load it again");
    expect(store.items.size).toBe(0);
  });
});

describe('stored scenarios that no longer read', () => {
  it.each([
    ['not JSON', '{"format": 1, "files": [', 'they are not valid JSON'],
    ['another format', '{"format": 7, "files": []}', 'they have format 7; this game reads format 1'],
    ['no list', '{"format": 1, "files": {}}', 'they hold no list of files'],
  ])('set the whole value aside when it is %s', (_name, raw, why) => {
    const store = memoryStore({ [SCENARIOS_KEY]: raw });
    expect(loadStoredScenarios(store)).toEqual({
      scenarios: [],
      problems: [`The scenario files saved in this browser could not be read (${why}). It is kept, untouched, under "${SCENARIOS_SET_ASIDE_PREFIX}1".`],
    });
    expect(store.items.get(`${SCENARIOS_SET_ASIDE_PREFIX}1`)).toBe(raw);
    expect(store.items.has(SCENARIOS_KEY)).toBe(false);
  });

  it('set one damaged file aside and keep the others', () => {
    const good = custom('good');
    const broken = { ...exported(), id: 'broken', name: '<b>Broken</b>', turns: 'many' };
    const store = memoryStore({ [`${SCENARIOS_SET_ASIDE_PREFIX}1`]: 'an older one' });
    store.items.set(SCENARIOS_KEY, JSON.stringify({ format: 1, files: [broken, good.file] }));
    const first = loadStoredScenarios(store);
    expect(first.scenarios.map((s) => s.field)).toEqual([good.field]);
    expect(first.problems).toEqual([
      `The scenario "<b>Broken</b>" saved in this browser no longer loads (turns: expected a number, found "many"). It is kept, untouched, under "${SCENARIOS_SET_ASIDE_PREFIX}2".`,
    ]);
    expect(JSON.parse(store.items.get(`${SCENARIOS_SET_ASIDE_PREFIX}2`) as string)).toEqual(broken);
    expect(loadStoredScenarios(store)).toEqual({ scenarios: [expect.objectContaining({ field: good.field })], problems: [] });
  });

  it('stay where they are when the storage is too full to set them aside', () => {
    const raw = JSON.stringify({ format: 1, files: [{ id: 'x' }] });
    const store = memoryStore({ [SCENARIOS_KEY]: raw });
    store.full = true;
    expect(loadStoredScenarios(store).problems).toEqual([
      `The scenario without a name saved in this browser no longer loads (format: is missing; this game reads scenario files of format 1 (start from an exported scenario)). This browser's storage is full, so it stays where it was, under "${SCENARIOS_KEY}".`,
    ]);
    expect(store.items.get(SCENARIOS_KEY)).toBe(raw);
  });
});
