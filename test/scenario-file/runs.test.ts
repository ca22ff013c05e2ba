// A custom scenario in play: what the file adds is drawn and what it removes never is; its run codes
// carry `<id>~<hash>`, resolve only against the very data they were made with, and presets' codes
// stay exactly as they were.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import {
  applyInPlace,
  createRun,
  decodeRunCode,
  encodeRunCode,
  GAME_VERSION,
  legalMoves,
  replay,
  runCodeOf,
  runRecord,
  simulateCareer,
  type Command,
  type CompiledScenario,
  type RunState,
} from '../../src/engine/index';
import { BASE64URL_ALPHABET, encodeBase64Url } from '../../src/engine/base64url';
import { fnv1aNumber } from '../../src/engine/hash';
import { customScenarioField, parseScenarioField } from '../../src/engine/run-code';
import { localScenarios } from '../../src/scenario-file/resolve';
import { storeScenario } from '../../src/scenario-file/store';
import { unresolvedScenario } from '../../src/scenario-file/unresolved';
import { memoryStore } from '../fixtures/memory-store';
import { exported, firstStepStorylet, loaded } from './helpers';

const STEP_UP: Command = { type: 'move', move: 'step-up', toward: 'interdell' };

function firstEvent(content: CompiledScenario, seed: string): string {
  const state = createRun(content, { seed });
  const move = legalMoves(state).find((m) => m.move === 'step-up');
  if (!move) throw new Error('no step up from the start');
  applyInPlace(content, state, { type: 'move', ...move });
  return content.storylets[state.event as number]?.id ?? 'none';
}

function withNewFirstStep(): ReturnType<typeof loaded> {
  const file = exported();
  file.id = 'onboarding';
  file.name = 'Onboarding season';
  file.storylets.add = [firstStepStorylet('onboarding-programme')];
  return loaded(file);
}

describe('storylets a file changes', () => {
  it('draws the storylet a file adds where it is the most specific', () => {
    for (const seed of ['a', 'b', 'c']) expect(firstEvent(withNewFirstStep().content, seed)).toBe('onboarding-programme');
    expect(firstEvent(defaultScenario(), 'a')).not.toBe('onboarding-programme');
  });

  it('never draws a storylet a file removes', () => {
    const drawn = firstEvent(defaultScenario(), 'removal');
    const file = exported();
    file.id = 'without-one';
    file.storylets.remove = [drawn];
    delete file.storylets.weights[drawn];
    const content = loaded(file).content;
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) for (const turn of simulateCareer(content, 'balanced', `removal-${i}`, true).history ?? []) seen.add(turn.event);
    expect(seen.has(drawn)).toBe(false);
    expect(seen.size).toBeGreaterThan(20);
  });

  it('plays every bot to an outcome in the custom scenario', () => {
    const content = withNewFirstStep().content;
    for (const strategy of ['step-up', 'opt-out', 'chase-pay', 'go-manager', 'go-pm', 'balanced', 'random'] as const)
      expect(simulateCareer(content, strategy, `bots-${strategy}`).outcome).not.toBeNull();
  });
});

describe("a custom scenario's run codes", () => {
  const scenario = withNewFirstStep();
  const played = simulateCareer(scenario.content, 'balanced', 'workshop', true);
  const code = runCodeOf(played);

  it('carry the id and the hash of the data they were played with', () => {
    const decoded = decodeRunCode(code);
    expect(decoded.ok && decoded.value.scenario).toBe(scenario.field);
    expect(parseScenarioField(scenario.field)).toEqual({ id: 'onboarding', hash: scenario.field.split('~')[1] });
    expect(runRecord(played, 'balanced').scenario).toBe(scenario.field);
  });

  it('replay the same career from the stored scenario', () => {
    const store = memoryStore();
    expect(storeScenario(store, scenario)).toBeNull();
    const decoded = decodeRunCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    const content = localScenarios(store)(decoded.value.scenario);
    expect(content?.def.name).toBe('Onboarding season');
    const again = content && replay(content, decoded.value.seed, decoded.value.commands);
    expect(again?.ok && (again.value as RunState).outcome).toBe(played.outcome);
    expect(again?.ok && runCodeOf(again.value)).toBe(code);
  });

  it('are refused when the hash names another version of the scenario', () => {
    const store = memoryStore();
    storeScenario(store, scenario);
    const decoded = decodeRunCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    const tampered = encodeRunCode({ ...decoded.value, scenario: customScenarioField('onboarding', 'deadbeef') });
    const field = (decodeRunCode(tampered) as { ok: true; value: { scenario: string } }).value.scenario;
    expect(localScenarios(store)(field)).toBeNull();
    expect(unresolvedScenario(field, store)).toBe(
      'it was made with a different version of the scenario "Onboarding season" (its data hash is deadbeef; the file loaded in this browser differs): load the file the run was made with on the title screen',
    );
  });

  it('are refused as damaged when the hash is edited in the code itself', () => {
    const edited = code.replace(/~([0-9a-f])/, (_, c: string) => `~${c === '0' ? '1' : '0'}`);
    expect(decodeRunCode(edited)).toEqual({ ok: false, error: 'the run code is damaged or incomplete (its checksum does not match)' });
  });

  it('name a scenario not loaded in this browser', () => {
    expect(unresolvedScenario(scenario.field, memoryStore())).toBe(
      `it was made with a scenario file whose id is "onboarding" (version ${scenario.field.split('~')[1]}), which is not loaded in this browser: load that file on the title screen first`,
    );
    expect(unresolvedScenario('atlantis', memoryStore())).toBe('it was made with the scenario "atlantis", which this game does not have');
  });
});

describe('the scenario field of a run code', () => {
  it("stays a preset's bare id, so preset codes do not change", () => {
    const state = simulateCareer(defaultScenario(), 'balanced', 'workshop', true);
    expect(runCodeOf(state).split('.')[1]).toBe('default');
    expect(parseScenarioField('default')).toEqual({ id: 'default', hash: null });
  });

  it.each(['Default', 'a.b', 'x~abc', 'x~DEADBEEF', 'x~deadbeef0', '~deadbeef', `${'a'.repeat(65)}`])('refuses %j', (field) => {
    expect(parseScenarioField(field)).toBeNull();
    expect(() => encodeRunCode({ version: GAME_VERSION, scenario: field, seed: 's', commands: [STEP_UP] })).toThrow(RangeError);
  });

  it('refuses a run code whose scenario field is malformed, even with a good checksum', () => {
    const body = `${GAME_VERSION}.x~DEADBEEF.${encodeBase64Url('s')}.`;
    const h = fnv1aNumber(body);
    const check = [0, 1, 2, 3].map((i) => BASE64URL_ALPHABET[(h >>> (6 * i)) & 63]).join('');
    expect(decodeRunCode(`${body}.${check}`)).toEqual({ ok: false, error: 'the run code names no valid scenario' });
    expect(decodeRunCode(encodeRunCode({ version: GAME_VERSION, scenario: 'x~deadbeef', seed: 's', commands: [] })).ok).toBe(true);
  });

  it('cannot be made from an id that is not kebab-case', () => {
    expect(() => customScenarioField('Not An Id', 'deadbeef')).toThrow(RangeError);
  });
});
