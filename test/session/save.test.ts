// The save: written after every command, read back into the same run; anything unreadable is set
// aside under its own key and reported, never lost and never written over a good save.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { botCommand, createRun, decodeRunCode, encodeRunCode, GAME_VERSION, replay } from '../../src/engine/index';
import { Session } from '../../src/session/session';
import { SAVE_FORMAT, SAVE_KEY, SET_ASIDE_PREFIX, loadSave, writeSave } from '../../src/session/save';
import { memoryStore } from '../fixtures/memory-store';

const content = defaultScenario();

describe('the save', () => {
  it('holds the live run after every command, and reading it back replays the same state', () => {
    const store = memoryStore();
    const session = new Session(content, createRun(content, { seed: 'save-me' }), (s) => writeSave(store, s));
    for (let i = 0; i < 9; i++) session.dispatch(botCommand(content, 'balanced', session.state));
    const loaded = loadSave(store);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    const decoded = decodeRunCode(loaded.code);
    if (!decoded.ok) throw new Error(decoded.error);
    const replayed = replay(content, decoded.value.seed, decoded.value.commands);
    expect(replayed.ok && replayed.value).toEqual(session.state);
  });

  it('reports no save when there is none', () => {
    expect(loadSave(memoryStore()).kind).toBe('none');
  });

  it.each([
    ['not JSON', '{{{', 'not valid JSON'],
    ['JSON that is not an object', '42', 'not an object'],
    ['another format', JSON.stringify({ format: 99, code: 'x' }), 'format 99'],
    ['a damaged code', JSON.stringify({ format: 1, code: '1.default.YQ.BA.zzzz' }), 'checksum'],
  ])('sets aside a save that is %s, keeps its text, and says what is wrong', (_what, raw, words) => {
    const store = memoryStore();
    store.setItem(SAVE_KEY, raw);
    const loaded = loadSave(store);
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    expect(loaded.error).toContain(words);
    expect('kept' in loaded.setAside && store.getItem(loaded.setAside.kept)).toBe(raw);
    expect(store.getItem(SAVE_KEY)).toBeNull();
  });

  it("sets aside a save made by another version of the game and tells the career it was on, to start afresh", () => {
    const store = memoryStore();
    const code = encodeRunCode({ version: GAME_VERSION - 1, scenario: 'startup', seed: 'old-career', commands: [{ type: 'move', move: 'opt-out', toward: 'interdell' }] });
    const raw = JSON.stringify({ format: SAVE_FORMAT, code });
    store.setItem(SAVE_KEY, raw);
    const loaded = loadSave(store);
    expect(loaded.kind === 'unreadable' && loaded.error).toContain(`version ${GAME_VERSION - 1}`);
    expect(loaded.kind === 'unreadable' && loaded.career).toEqual({ scenario: 'startup', seed: 'old-career' });
    expect(loaded.kind === 'unreadable' && 'kept' in loaded.setAside && store.getItem(loaded.setAside.kept)).toBe(raw);
  });

  it('tells no career for a save whose code is damaged', () => {
    const store = memoryStore();
    store.setItem(SAVE_KEY, JSON.stringify({ format: SAVE_FORMAT, code: '1.default.YQ.BA.zzzz' }));
    const loaded = loadSave(store);
    expect(loaded.kind === 'unreadable' && loaded.career).toBeNull();
  });

  it('never writes over an earlier set-aside save', () => {
    const store = memoryStore();
    store.setItem(`${SET_ASIDE_PREFIX}1`, 'older');
    store.setItem(SAVE_KEY, 'newer and broken');
    const loaded = loadSave(store);
    expect(loaded.kind === 'unreadable' && loaded.setAside).toEqual({ kept: `${SET_ASIDE_PREFIX}2` });
    expect(store.getItem(`${SET_ASIDE_PREFIX}1`)).toBe('older');
  });

  it('leaves an unreadable save where it is, and says why, when storage refuses to keep it aside', () => {
    const store = memoryStore({ [SAVE_KEY]: '{{{' });
    store.full = true;
    const loaded = loadSave(store);
    expect(loaded.kind === 'unreadable' && loaded.setAside).toEqual({ stuck: 'The quota has been exceeded.' });
    expect(store.getItem(SAVE_KEY)).toBe('{{{');
  });

  it('says why a run could not be saved instead of throwing, and keeps the last save that was written', () => {
    const store = memoryStore();
    const state = createRun(content, { seed: 'full-storage' });
    expect(writeSave(store, state)).toBeNull();
    const before = store.getItem(SAVE_KEY);
    store.full = true;
    expect(writeSave(store, createRun(content, { seed: 'another' }))).toBe('The quota has been exceeded.');
    expect(store.getItem(SAVE_KEY)).toBe(before);
  });
});
