// The room kept in the browser: written under one key, read back into the same runs; a saved room
// that cannot be read in full is set aside under its own key and reported, and its good runs kept.
import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, MAX_DRAFT_CHARS, ROOM_KEY, ROOM_SET_ASIDE_PREFIX, restoreDraft, restoreRoom, storeDraft, storeRoom } from '../../src/room/persist';
import { EMPTY_ROOM, importText, withoutRun } from '../../src/room/room';
import type { RoomRun } from '../../src/room/room-run';
import { savedRoomOf } from '../../src/room/saved-room';
import { memoryStore } from '../fixtures/memory-store';
import { careerCode, scenarios } from './fixtures';

const room = importText(EMPTY_ROOM, [careerCode('keep-1', 'balanced'), careerCode('keep-2', 'opt-out')].join('\n'), scenarios).room;

describe('the room in browser storage', () => {
  it('reads back the room it wrote', () => {
    const store = memoryStore();
    expect(storeRoom(store, room)).toBeNull();
    expect(restoreRoom(store, scenarios)).toEqual({ room, problems: [], setAsideAs: null });
  });

  it('reads back the runs removed from it, even when none is left, so a chat pasted again after a reload leaves them out', () => {
    const store = memoryStore();
    const [first, second] = room.runs as [RoomRun, RoomRun];
    const fewer = withoutRun(room, first);
    storeRoom(store, fewer);
    expect(restoreRoom(store, scenarios).room.removed).toEqual([{ code: first.code, label: first.label }]);
    storeRoom(store, withoutRun(fewer, second));
    // Read back quietly, however often: a room of removals alone is no unreadable room.
    for (let visit = 0; visit < 2; visit++)
      expect(restoreRoom(store, scenarios)).toEqual({ room: { runs: [], removed: [{ code: first.code, label: first.label }, { code: second.code, label: second.label }] }, problems: [], setAsideAs: null });
  });

  it('starts empty, without a problem, when nothing was saved', () => {
    expect(restoreRoom(memoryStore(), scenarios)).toEqual({ room: EMPTY_ROOM, problems: [], setAsideAs: null });
  });

  it('reads a room that was emptied back as empty, without a problem, however often', () => {
    const store = memoryStore();
    storeRoom(store, room);
    expect(storeRoom(store, EMPTY_ROOM)).toBeNull();
    expect(restoreRoom(store, scenarios)).toEqual({ room: EMPTY_ROOM, problems: [], setAsideAs: null });
    // As an earlier version saved an emptied room.
    store.setItem(ROOM_KEY, JSON.stringify(savedRoomOf([])));
    for (let visit = 0; visit < 3; visit++) expect(restoreRoom(store, scenarios)).toEqual({ room: EMPTY_ROOM, problems: [], setAsideAs: null });
    expect(store.getItem(`${ROOM_SET_ASIDE_PREFIX}1`)).toBeNull();
  });

  it('sets a corrupt saved room aside unchanged under its own key and reports it', () => {
    const store = memoryStore();
    store.setItem(`${ROOM_SET_ASIDE_PREFIX}1`, 'an earlier one');
    store.setItem(ROOM_KEY, '{"format":"interdell-room","vers');
    const restored = restoreRoom(store, scenarios);
    expect(restored.room).toEqual(EMPTY_ROOM);
    expect(restored.setAsideAs).toBe(`${ROOM_SET_ASIDE_PREFIX}2`);
    expect(store.getItem(`${ROOM_SET_ASIDE_PREFIX}2`)).toBe('{"format":"interdell-room","vers');
    expect(store.getItem(`${ROOM_SET_ASIDE_PREFIX}1`)).toBe('an earlier one');
    expect(restored.problems.map((p) => p.message)).toEqual([
      `the saved room could not be read in full; it is kept unchanged under the browser storage key “${ROOM_SET_ASIDE_PREFIX}2”`,
      expect.stringContaining('not valid JSON'),
    ]);
  });

  it('keeps the readable runs of a partly unreadable saved room, and keeps the original aside', () => {
    const store = memoryStore();
    const raw = JSON.stringify({ ...savedRoomOf(room.runs), runs: [...savedRoomOf(room.runs).runs, { code: 'broken' }] });
    store.setItem(ROOM_KEY, raw);
    const restored = restoreRoom(store, scenarios);
    expect(restored.room).toEqual(room);
    expect(store.getItem(restored.setAsideAs ?? '')).toBe(raw);
    expect(restoreRoom(store, scenarios)).toEqual({ room, problems: [], setAsideAs: null });
  });

  it('reports storage that refuses to be read or written instead of failing', () => {
    const blocked = {
      ...memoryStore(),
      getItem: (): never => {
        throw new Error('SecurityError');
      },
      setItem: (): never => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(restoreRoom(blocked, scenarios).problems[0]?.message).toContain('SecurityError');
    expect(storeRoom(blocked, room)).toContain('QuotaExceededError');
  });
});

describe('the text area kept in browser storage', () => {
  it('reads back the text it kept, and keeps nothing for an empty box', () => {
    const store = memoryStore();
    expect(restoreDraft(store)).toBe('');
    storeDraft(store, 'Zed: 6.acme~0000000000.x.AA.zzzz\nnot a code');
    expect(restoreDraft(store)).toBe('Zed: 6.acme~0000000000.x.AA.zzzz\nnot a code');
    storeDraft(store, '  \n');
    expect(store.getItem(DRAFT_KEY)).toBeNull();
    expect(restoreDraft(store)).toBe('');
    // Too long to keep beside the room: the draft kept before it is dropped rather than left stale.
    storeDraft(store, 'codes');
    storeDraft(store, 'x'.repeat(MAX_DRAFT_CHARS + 1));
    expect(restoreDraft(store)).toBe('');
  });

  it('never throws when the browser will not keep or give back the text', () => {
    const refusing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(() => storeDraft(refusing, 'codes')).not.toThrow();
    expect(restoreDraft(refusing)).toBe('');
  });
});
