// Properties of the engine over thousands of seeds and random legal play. A run is driven by a seed
// and a list of integers: at each step the integer picks among the legal moves (or the event's options).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import {
  applyInPlace,
  botCommand,
  COMPANY_KINDS,
  compileScenario,
  createRun,
  decodeRunCode,
  encodeRunCode,
  GAME_VERSION,
  IllegalCommandError,
  legalMoves,
  MOVES,
  OUTCOMES,
  QUALITIES,
  REGIONS,
  refusal,
  ROLES,
  replay,
  runCodeOf,
  step,
  STRATEGIES,
  type Command,
  type EngineEvent,
  type RunState,
} from '../../src/engine/index';
import { holds } from '../../src/engine/conditions';
import { StepContext } from '../../src/engine/context';
import { applyEffects, compileEffects } from '../../src/engine/effects';
import { rootState, streamFor } from '../../src/engine/rng';
import { careerStartOf, MAX_SEED_LENGTH, parseScenarioField, seedProblem } from '../../src/engine/run-code';
import type { StoryletDef } from '../../src/engine/schema';

const content = defaultScenario();
const TURNS = content.def.turns;
const MAX_COMMANDS = 2 * TURNS;

function optionCount(state: RunState): number {
  return content.storylets[state.event as number]?.options.length ?? 0;
}

/** The legal command that `pick` selects in this state. */
function pickCommand(state: RunState, pick: number): Command {
  if (state.phase === 'move') {
    const moves = legalMoves(state);
    const m = moves[pick % moves.length] as (typeof moves)[number];
    return { type: 'move', move: m.move, toward: m.toward };
  }
  return { type: 'choose', option: pick % optionCount(state) };
}

/** Plays by `picks` (cycling) until the run ends or `limit` commands, in place (batch speed). */
function playInPlace(seed: string, picks: readonly number[], limit = MAX_COMMANDS, record = true): RunState {
  const state = createRun(content, { seed, record });
  for (let i = 0; state.phase !== 'ended' && i < limit; i++) applyInPlace(content, state, pickCommand(state, picks[i % picks.length] as number));
  return state;
}

/** Every meter and quality within its bounds: what must hold after every command. */
function boundsProblems(s: RunState): string[] {
  const problems: string[] = [];
  const inRange = (name: string, v: number): void => {
    if (!(v >= 0 && v <= 100)) problems.push(`${name} = ${v}`);
  };
  inRange('satisfaction', s.satisfaction);
  inRange('burnout', s.burnout);
  for (const q of QUALITIES) inRange(q, s.qualities[q]);
  if (!(s.compensation > 0 && Number.isInteger(s.compensation))) problems.push(`compensation = ${s.compensation}`);
  return problems;
}

// Seeds of many kinds: ASCII, graphemes (emoji, combining marks), any code point; 1 to 64 code units, none a control character.
const seedArb = fc
  .oneof(
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: MAX_SEED_LENGTH }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 32 }),
  )
  .filter((s) => seedProblem(s) === null);
const picksArb = fc.array(fc.nat(), { minLength: MAX_COMMANDS, maxLength: MAX_COMMANDS });

describe('random legal play', () => {
  it('keeps meters and qualities in [0, 100], pay above 0, a legal move always open, step pure, and ends within the turn limit with one outcome', () => {
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        let state = createRun(content, { seed });
        expect(boundsProblems(state)).toEqual([]);
        const allEvents: EngineEvent[] = [];
        let commands = 0;
        // Plain checks in the loop (expect is slow in a hot loop); each failure says where it happened.
        const fail = (what: string): never => {
          throw new Error(`after ${commands} commands: ${what}`);
        };
        while (state.phase !== 'ended') {
          if (commands >= MAX_COMMANDS) fail(`still ${state.phase} at turn ${state.turn}`);
          if (state.phase === 'move' && legalMoves(state).length === 0) fail(`no legal move for ${state.role} in ${state.region}`);
          const command = pickCommand(state, picks[commands] as number);
          // The state is plain JSON (state.ts); its text before and after shows whether step touched it.
          const before = JSON.stringify(state);
          const result = step(content, state, command);
          if (JSON.stringify(state) !== before) fail(`step changed its input state (${JSON.stringify(command)})`);
          state = result.state;
          allEvents.push(...result.events);
          commands++;
          const problems = boundsProblems(state);
          if (problems.length > 0) fail(`out of bounds: ${problems.join(', ')}`);
        }
        expect(state.turn).toBeLessThan(TURNS);
        expect(state.outcome).not.toBeNull();
        expect(OUTCOMES).toContain(state.outcome);
        expect(state.endReason).not.toBeNull();
        expect(state.history?.length).toBe(state.turn + 1);
        const ended = allEvents.filter((e) => e.type === 'run-ended');
        expect(ended).toEqual([{ type: 'run-ended', reason: state.endReason, outcome: state.outcome }]);
        expect(allEvents[allEvents.length - 1]).toEqual(ended[0]);
        // The root of the streams is fixed by the seed and never moves during a run.
        expect(state.rng).toEqual(rootState(seed));
      }),
      { numRuns: 1000 },
    );
  });

  it('replaying state.commands with replay() reproduces an identical state, recorded or not', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS }), (seed, picks, limit) => {
        const played = playInPlace(seed, picks, limit);
        const replayed = replay(content, seed, played.commands);
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(replayed.value).toEqual(played);
        const fast = replay(content, seed, played.commands, false);
        expect(fast.ok).toBe(true);
        if (fast.ok) expect({ ...fast.value, ledger: played.ledger, history: played.history }).toEqual(played);
      }),
      { numRuns: 1000 },
    );
  });

  it('a legal move exists whenever the phase is move, and every legal move is accepted', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS - 1 }), (seed, picks, limit) => {
        const state = playInPlace(seed, picks, limit);
        if (state.phase !== 'move') return;
        const moves = legalMoves(state);
        expect(moves.length).toBeGreaterThan(0);
        for (const m of moves) expect(refusal(content, state, { type: 'move', move: m.move, toward: m.toward })).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('bookkeeping', () => {
  it('counts every move played under its own name, and nothing else', () => {
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        const state = playInPlace(seed, picks, MAX_COMMANDS, false);
        const played = Object.fromEntries(MOVES.map((m) => [m, 0]));
        for (const c of state.commands) if (c.type === 'move') played[c.move] = (played[c.move] as number) + 1;
        expect(state.moveCounts).toEqual(played);
      }),
      { numRuns: 200 },
    );
  });

  it('a job hop made to chase pay never leaves the player earning less (seed 003)', () => {
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        // The ledger holds, under the move's cause, every change of pay the hops it caused made: a
        // command makes one hop at most, so each command's change under that cause is one hop's.
        const state = createRun(content, { seed });
        const chased = (): number => state.ledger?.['move:chase-pay']?.compensation ?? 0;
        for (let i = 0; state.phase !== 'ended' && i < MAX_COMMANDS; i++) {
          const before = chased();
          applyInPlace(content, state, pickCommand(state, picks[i % picks.length] as number));
          expect(chased()).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("an event's move to big tech never leaves the player earning less: its stock is why they go (seed 003)", () => {
    const working = ROLES.filter((role) => role !== 'out');
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...working), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(...COMPANY_KINDS), (seed, role, pay, from) => {
        const state: RunState = { ...createRun(content, { seed, record: false }), role, company: from, compensation: pay };
        applyEffects(new StepContext(state, content, null), compileEffects([{ kind: 'change-employer', company: 'big-tech' }]), 'crossing');
        expect(state.company).toBe('big-tech');
        expect(state.compensation).toBeGreaterThanOrEqual(pay);
      }),
      { numRuns: 300 },
    );
  });

  it('a compiled quality effect moves exactly its quality, by the delta kept within [0, 100]', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUALITIES), fc.integer({ min: -150, max: 150 }), fc.integer({ min: 0, max: 100 }), (quality, delta, start) => {
        const state = createRun(content, { seed: 'quality-effect', record: false });
        state.qualities[quality] = start;
        const before = { ...state.qualities };
        applyEffects(new StepContext(state, content, null), compileEffects([{ kind: 'quality', quality, delta }]), 'crossing');
        expect(state.qualities).toEqual({ ...before, [quality]: Math.min(100, Math.max(0, start + delta)) });
      }),
    );
  });
});

describe('storylet selection', () => {
  it("a role's quiet half-years take turns: a repeatable storylet never comes twice in a row while its tier has another", () => {
    // Each of these roles has two storylets whose only condition is the role: the fallbacks of one tier.
    const paired = ['intermediate', 'manager', 'senior-manager', 'pm', 'senior-pm'];
    const fallbacks = new Set(
      content.def.storylets
        .filter((s) => {
          const only = s.when.length === 1 ? s.when[0] : undefined;
          return s.repeatable && only?.kind === 'role' && paired.some((r) => (only.in as readonly string[]).includes(r));
        })
        .map((s) => s.id),
    );
    expect(fallbacks.size).toBe(2 * paired.length);
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        const history = playInPlace(seed, picks).history ?? [];
        for (let i = 1; i < history.length; i++) if (fallbacks.has(history[i]?.event ?? '')) expect(history[i]?.event).not.toBe(history[i - 1]?.event);
      }),
      { numRuns: 300 },
    );
  });

  it("every condition of the drawn storylet holds when it is drawn, and it was not seen before unless repeatable", () => {
    fc.assert(
      fc.property(seedArb, picksArb, (seed, picks) => {
        const state = createRun(content, { seed, record: false });
        for (let i = 0; state.phase !== 'ended'; i++) {
          const seenBefore = [...state.seen];
          applyInPlace(content, state, pickCommand(state, picks[i] as number));
          if (state.phase !== 'event') continue;
          const drawn = content.def.storylets[state.event as number] as StoryletDef;
          const failing = drawn.when.filter((c) => !holds(c, state));
          if (failing.length > 0) throw new Error(`${drawn.id} drawn at turn ${state.turn} though ${JSON.stringify(failing)} does not hold`);
          if (!drawn.repeatable && seenBefore.includes(state.event as number)) throw new Error(`${drawn.id} drawn twice`);
        }
      }),
      { numRuns: 500 },
    );
  });

  // The draw keeps its marks of the storylets a run was shown from one draw to the next (selection.ts),
  // so runs played by turns, and a run continued from a saved copy, must each draw what they draw alone.
  it('runs played by turns, and a run continued from a saved copy, draw exactly what each draws alone', () => {
    fc.assert(
      fc.property(seedArb, seedArb, picksArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS }), (seedA, seedB, picksA, picksB, saveAt) => {
        const playOne = (state: RunState, picks: readonly number[]): void => {
          if (state.phase !== 'ended') applyInPlace(content, state, pickCommand(state, picks[state.commands.length] as number));
        };
        const a = createRun(content, { seed: seedA, record: false });
        const b = createRun(content, { seed: seedB, record: false });
        let saved: RunState | null = null;
        for (let i = 0; i < MAX_COMMANDS; i++) {
          if (i === saveAt) saved = JSON.parse(JSON.stringify(a)) as RunState;
          playOne(a, picksA);
          playOne(b, picksB);
          if (saved !== null) playOne(saved, picksA);
        }
        expect(a).toEqual(playInPlace(seedA, picksA, MAX_COMMANDS, false));
        expect(b).toEqual(playInPlace(seedB, picksB, MAX_COMMANDS, false));
        if (saved !== null) expect(saved).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  // compile.ts indexes storylets by role; every role condition must count, not just the first.
  it('a storylet with two role conditions is drawn only for roles both of them admit', () => {
    const staffOnly: StoryletDef = {
      id: 'staff-only-twice',
      title: 'Staff only',
      text: 'Only a staff engineer should ever see this.',
      source: '003',
      weight: 1000,
      // Conditions that always hold make it the most specific storylet, so it wins whenever it is admitted.
      when: [
        { kind: 'role', in: ['intermediate', 'staff'] },
        { kind: 'role', in: ['staff'] },
        { kind: 'turn', min: 0 },
        { kind: 'turns-in-role', min: 0 },
        { kind: 'job-changes', min: 0 },
        { kind: 'pay', min: 0 },
        { kind: 'meter', meter: 'burnout', min: 0 },
        { kind: 'quality', quality: 'technical', min: 0 },
      ],
      options: [
        { label: 'Yes', style: 'steady', effects: [{ kind: 'meter', meter: 'burnout', delta: 1 }] },
        { label: 'No', style: 'rest', effects: [{ kind: 'meter', meter: 'burnout', delta: -1 }] },
      ],
    };
    const probe = compileScenario({ ...content.def, id: 'probe', storylets: [...content.def.storylets, staffOnly] }, content.library);
    const state = createRun(probe, { seed: 'x' });
    applyInPlace(probe, state, { type: 'move', move: 'opt-out', toward: 'interdell' });
    expect(state.role).toBe('intermediate');
    expect(probe.storylets[state.event as number]?.id).not.toBe('staff-only-twice');
  });
});

describe('illegal commands', () => {
  const everyMove: Command[] = MOVES.flatMap((move) => REGIONS.map((toward) => ({ type: 'move' as const, move, toward })));
  const oddOptions: Command[] = [-1, 0, 1, 2, 3, 4, 5, 1.5, Number.NaN].map((option) => ({ type: 'choose' as const, option }));
  const candidates = [...everyMove, ...oddOptions];

  it('an illegal command throws IllegalCommandError and leaves the state exactly as it was', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS }), fc.nat(), (seed, picks, limit, which) => {
        const state = playInPlace(seed, picks, limit);
        const illegal = candidates.filter((c) => refusal(content, state, c) !== null);
        expect(illegal.length).toBeGreaterThan(0);
        const command = illegal[which % illegal.length] as Command;
        const before = structuredClone(state);
        expect(() => applyInPlace(content, state, command)).toThrow(IllegalCommandError);
        expect(state).toEqual(before);
        expect(() => step(content, state, command)).toThrow(IllegalCommandError);
        expect(state).toEqual(before);
      }),
      { numRuns: 800 },
    );
  });

  it('refusal accepts a move exactly when legalMoves lists it, and an option exactly when the event has it', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS }), (seed, picks, limit) => {
        const state = playInPlace(seed, picks, limit);
        const legal = new Set(legalMoves(state).map((m) => `${m.move}>${m.toward}`));
        for (const c of candidates) {
          const accepted = refusal(content, state, c) === null;
          if (c.type === 'move') expect(accepted).toBe(legal.has(`${c.move}>${c.toward}`));
          else expect(accepted).toBe(state.phase === 'event' && Number.isInteger(c.option) && c.option >= 0 && c.option < optionCount(state));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('bots', () => {
  it.each(STRATEGIES)('the %s bot plays only legal commands and finishes every run within the turn limit', (strategy) => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const state = createRun(content, { seed, record: false });
        let commands = 0;
        while (state.phase !== 'ended') {
          expect(commands).toBeLessThan(MAX_COMMANDS);
          const command = botCommand(content, strategy, state);
          expect(refusal(content, state, command)).toBeNull();
          applyInPlace(content, state, command);
          commands++;
        }
        expect(OUTCOMES).toContain(state.outcome);
        expect(state.turn).toBeLessThan(TURNS);
      }),
      { numRuns: 300 },
    );
  });
});

describe('common random numbers', () => {
  it("two runs on one seed with different first moves share the root and so turn 5's event stream", () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.nat(), (seed, picks, firstPick) => {
        const a = createRun(content, { seed });
        const b = createRun(content, { seed });
        const firstMoves = legalMoves(a);
        const moveA = firstMoves[firstPick % firstMoves.length] as (typeof firstMoves)[number];
        const moveB = firstMoves[(firstPick + 1) % firstMoves.length] as (typeof firstMoves)[number];
        applyInPlace(content, a, { type: 'move', ...moveA });
        applyInPlace(content, b, { type: 'move', ...moveB });
        for (let i = 0; a.phase !== 'ended' && a.turn < 5; i++) applyInPlace(content, a, pickCommand(a, picks[i] as number));
        for (let i = 0; b.phase !== 'ended' && b.turn < 5; i++) applyInPlace(content, b, pickCommand(b, picks[i] as number));
        expect(a.rng).toEqual(b.rng);
        // Turn 5's move is half-step 10: the stream its event is drawn from.
        const drawsOf = (s: RunState): number[] => {
          const stream = streamFor(s.rng, 5 * 2, 'event');
          return Array.from({ length: 5 }, () => stream.next());
        };
        expect(drawsOf(a)).toEqual(drawsOf(b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('run codes', () => {
  it('decode(encode(x)) gives x back for any seed of 1 to 64 code units and any legal command list', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS }), (seed, picks, limit) => {
        const played = playInPlace(seed, picks, limit, false);
        const parts = { version: GAME_VERSION, scenario: 'default', seed, commands: played.commands };
        const code = encodeRunCode(parts);
        expect(code).toBe(runCodeOf(played));
        expect(decodeRunCode(code)).toEqual({ ok: true, value: parts });
      }),
      { numRuns: 1000 },
    );
  });

  it('decode(encode(x)) gives x back for any alternation of moves and options 1 to 4, legal in play or not', () => {
    const move = fc.record({ type: fc.constant('move' as const), move: fc.constantFrom(...MOVES), toward: fc.constantFrom(...REGIONS) });
    const choose = fc.record({ type: fc.constant('choose' as const), option: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(seedArb, fc.array(fc.tuple(move, choose), { maxLength: 100 }), fc.boolean(), (seed, pairs, dropLast) => {
        const commands: Command[] = pairs.flat();
        if (dropLast) commands.pop();
        const parts = { version: GAME_VERSION, scenario: 'default', seed, commands };
        expect(decodeRunCode(encodeRunCode(parts))).toEqual({ ok: true, value: parts });
      }),
      { numRuns: 500 },
    );
  });

  /** Decoding never throws; a refusal says why; an acceptance is the canonical code of what it gave. */
  function checkDecoding(input: string): void {
    let decoded: ReturnType<typeof decodeRunCode> | undefined;
    expect(() => {
      decoded = decodeRunCode(input);
    }).not.toThrow();
    if (!decoded) return;
    if (decoded.ok) expect(encodeRunCode(decoded.value)).toBe(input.trim());
    else {
      expect(typeof decoded.error).toBe('string');
      expect(decoded.error.length).toBeGreaterThan(0);
    }
    // What is read of a code of any version: the same as a decoded code's, and only a valid seed and scenario.
    const career = careerStartOf(input);
    if (decoded.ok) expect(career).toEqual({ scenario: decoded.value.scenario, seed: decoded.value.seed });
    if (career !== null) {
      expect(seedProblem(career.seed)).toBeNull();
      expect(parseScenarioField(career.scenario)).not.toBeNull();
    }
  }

  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const codeAlphabet = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.1 '.split(''));

  it('arbitrary strings of any kind never make decodeRunCode throw, and are refused with a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: codeUnit, maxLength: 200 }),
          fc.string({ unit: codeAlphabet, maxLength: 120 }),
          fc.string({ unit: codeAlphabet, minLength: 990, maxLength: 1100 }),
        ),
        checkDecoding,
      ),
      { numRuns: 3000 },
    );
  });

  it('values that are not strings are refused, never thrown on', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        fc.pre(typeof input !== 'string');
        const decoded = decodeRunCode(input);
        expect(decoded).toEqual({ ok: false, error: 'a run code must be text' });
      }),
      { numRuns: 300 },
    );
  });

  const codeArb = fc
    .tuple(seedArb, picksArb, fc.integer({ min: 0, max: MAX_COMMANDS }))
    .map(([seed, picks, limit]) => runCodeOf(playInPlace(seed, picks, limit, false)));

  it('changing any one character of a valid code makes it refused', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), codeUnit, (code, at, replacement) => {
        const i = at % code.length;
        fc.pre(code[i] !== replacement);
        const mutated = code.slice(0, i) + replacement + code.slice(i + 1);
        checkDecoding(mutated);
        expect(decodeRunCode(mutated).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('every proper prefix of a valid code is refused', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), (code, cut) => {
        const prefix = code.slice(0, cut % code.length);
        checkDecoding(prefix);
        expect(decodeRunCode(prefix).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('valid codes with characters inserted, deleted or swapped never make decodeRunCode throw', () => {
    fc.assert(
      fc.property(codeArb, fc.array(fc.tuple(fc.nat(), fc.nat(2), codeUnit), { minLength: 1, maxLength: 4 }), (code, edits) => {
        let text = code;
        for (const [at, kind, unit] of edits) {
          const i = text.length === 0 ? 0 : at % text.length;
          if (kind === 0) text = text.slice(0, i) + unit + text.slice(i);
          else if (kind === 1) text = text.slice(0, i) + text.slice(i + 1);
          else text = text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2);
        }
        checkDecoding(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid code surrounded by whitespace still decodes to the same run', () => {
    fc.assert(
      fc.property(codeArb, fc.constantFrom(' ', '\n', '\t', '  \r\n'), (code, pad) => {
        expect(decodeRunCode(pad + code + pad)).toEqual(decodeRunCode(code));
        expect(decodeRunCode(code).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // TextEncoder would turn a lone surrogate into U+FFFD, and the code would replay another seed.
  it('never makes a code from a seed holding a lone surrogate that decodes to a different seed', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, minLength: 1, maxLength: MAX_SEED_LENGTH }), (seed) => {
        if (seedProblem(seed) !== null) {
          expect(() => encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed, commands: [] })).toThrow(RangeError);
          return;
        }
        const decoded = decodeRunCode(encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed, commands: [] }));
        expect(decoded.ok && decoded.value.seed).toBe(seed);
      }),
      { numRuns: 500, examples: [['a'.repeat(63) + '\uD83D']] },
    );
  });
});
