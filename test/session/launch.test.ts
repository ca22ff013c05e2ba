// Links: ?seed=S&scenario=ID starts that run, ?daily today's, ?code=CODE a replay; anything malformed
// lands on the title screen with a sentence that says what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRunCode, encodeRunCode, GAME_VERSION, seedProblem } from '../../src/engine/index';
import { daysSinceEpoch, todaysSeed } from '../../src/session/daily';
import { readLaunch, RESTART_HINT } from '../../src/session/launch';

const IDS = ['default', 'startup'];
const today = (): string => 'daily-7';

describe('reading the link', () => {
  it('starts the named seed and scenario', () => {
    expect(readLaunch('?seed=%20workshop%20&scenario=startup', IDS, today).launch).toEqual({ kind: 'new', seed: 'workshop', scenario: 'startup', daily: false });
  });

  it("starts today's seed for ?daily", () => {
    expect(readLaunch('?daily', IDS, today).launch).toEqual({ kind: 'new', seed: 'daily-7', scenario: 'default', daily: true });
  });

  it('replays a valid run code', () => {
    const code = encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed: 'x', commands: [] });
    expect(readLaunch(`?code=${code}`, IDS, today).launch).toEqual({ kind: 'replay', code });
  });

  it('leads a replay back to the room or the lab it was opened from, and nowhere else', () => {
    const code = encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed: 'x', commands: [] });
    const back = (query: string) => readLaunch(`?code=${code}&back=${encodeURIComponent(query)}`, IDS, today).launch;
    expect(back('view=room&seed=harbour')).toEqual({ kind: 'replay', code, back: { view: 'room', params: { view: 'room', seed: 'harbour' } } });
    expect(back(`view=lab&code=${code}`)).toEqual({ kind: 'replay', code, back: { view: 'lab', params: { view: 'lab', code } } });
    for (const elsewhere of ['view=host', 'https://example.com/', 'seed=x', '']) expect(back(elsewhere)).toEqual({ kind: 'replay', code });
  });

  it('carries whose run a replay is, as one line of text, and nothing for an empty name', () => {
    const code = encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed: 'x', commands: [] });
    const who = (name: string) => readLaunch(`?code=${code}&who=${encodeURIComponent(name)}`, IDS, today).launch;
    expect(who('Ada')).toEqual({ kind: 'replay', code, who: 'Ada' });
    expect(who('  <b>Bo</b>\n\tNakamura ')).toEqual({ kind: 'replay', code, who: '<b>Bo</b> Nakamura' });
    expect(who(' \n ')).toEqual({ kind: 'replay', code });
  });

  it("offers the career of a code made by another version of the game, which it cannot replay", () => {
    const code = encodeRunCode({ version: GAME_VERSION - 1, scenario: 'startup', seed: 'old-career', commands: [] });
    const request = readLaunch(`?code=${code}`, IDS, today);
    expect(request.launch).toEqual({ kind: 'title' });
    expect(request.restart).toEqual({ scenario: 'startup', seed: 'old-career' });
    expect(request.problems.join(' ')).toContain(`version ${GAME_VERSION - 1}`);
    expect(request.problems.join(' ')).toContain(RESTART_HINT);
    expect(readLaunch('?code=not-a-code', IDS, today).restart).toBeUndefined();
  });

  it('has the title choose the scenario a link names without a seed', () => {
    expect(readLaunch('?scenario=startup', IDS, today)).toEqual({ launch: { kind: 'title' }, problems: [], scenario: 'startup' });
  });

  it('shows the title screen when the link asks for nothing', () => {
    expect(readLaunch('', IDS, today)).toEqual({ launch: { kind: 'title' }, problems: [] });
  });

  it.each([
    ['?scenario=%3Cscript%3E', 'does not have'],
    [`?seed=${'x'.repeat(65)}`, 'the seed is longer than 64 characters.'],
    ['?seed=', 'empty'],
    ['?seed=%E0%A4%A', 'broken %-escape'],
    ['?scenario=startup&seed=ab%ZZ', 'broken %-escape'],
    ['?code=not-a-code', 'cannot be replayed'],
    ['?view=%3Cimg%20src%3Dx%3E', 'does not have'],
    [`?code=${encodeRunCode({ version: GAME_VERSION, scenario: 'other', seed: 'x', commands: [] })}`, 'does not have'],
  ])('refuses %s with a message', (search, words) => {
    const { launch, problems } = readLaunch(search, IDS, today);
    expect(launch.kind).toBe('title');
    expect(problems.join(' ')).toContain(words);
  });

  it('keeps the good seed of a link whose scenario the game does not have, to play in the default one', () => {
    const request = readLaunch('?seed=abc&scenario=nonsense', IDS, today);
    expect(request.launch).toEqual({ kind: 'title' });
    expect(request.restart).toEqual({ scenario: 'default', seed: 'abc' });
    expect(request.problems.join(' ')).toContain('Its seed is filled in below.');
    expect(readLaunch('?scenario=nonsense', IDS, today).restart).toBeUndefined();
  });

  it('quotes a long name cut short between characters, never through an emoji', () => {
    const { problems } = readLaunch(`?view=${encodeURIComponent('🙂'.repeat(70))}`, IDS, today);
    expect(problems.join(' ')).toContain(`"${'🙂'.repeat(39)}…"`);
  });
});

describe('hostile links', () => {
  const KEYS = ['seed', 'scenario', 'code', 'daily', 'view', 'other'];
  const query = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom('default', 'startup', 'room', 'x'))).map((params) => `?${new URLSearchParams(params).toString()}`),
  );

  it('never throw, and either name what is wrong or ask for something playable', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { launch, problems } = readLaunch(search, IDS, today);
        if (problems.length > 0) expect(launch.kind).toBe('title');
        for (const problem of problems) expect(problem).toMatch(/\.$/);
        if (launch.kind === 'new') {
          expect(seedProblem(launch.seed)).toBeNull();
          expect(IDS).toContain(launch.scenario);
        }
        if (launch.kind === 'replay') expect(decodeRunCode(launch.code).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the daily seed', () => {
  it('is the same for every place on the same UTC day and changes at UTC midnight', () => {
    expect(todaysSeed(new Date('2026-11-21T00:30:00+09:00'))).toBe(todaysSeed(new Date('2026-11-20T10:00:00-05:00')));
    expect(daysSinceEpoch(new Date('2026-01-01T00:00:00Z'))).toBe(0);
    expect(daysSinceEpoch(new Date('2026-01-01T23:59:59Z'))).toBe(0);
    expect(daysSinceEpoch(new Date('2026-01-02T00:00:00Z'))).toBe(1);
  });
});
