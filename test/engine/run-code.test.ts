// Hand-written hostile run codes: each is refused with a message that says what is wrong, and no
// message echoes what was pasted (so an error shown on a page cannot carry markup).
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { BASE64URL_ALPHABET, encodeBase64Url } from '../../src/engine/base64url';
import { fnv1aNumber } from '../../src/engine/hash';
import {
  decodeRunCode,
  encodeRunCode,
  GAME_VERSION,
  MOVES,
  REGIONS,
  replay,
  runCodeOf,
  simulateCareer,
  type Command,
} from '../../src/engine/index';
import { careerStartOf, MAX_COMMANDS, MAX_SEED_LENGTH, seedProblem } from '../../src/engine/run-code';

const content = defaultScenario();

/** Appends the checksum the format defines (FNV-1a of the body, low 24 bits as 4 base64url digits). */
function seal(body: string): string {
  const h = fnv1aNumber(body);
  let check = '';
  for (let i = 0; i < 4; i++) check += BASE64URL_ALPHABET[(h >>> (6 * i)) & 63];
  return `${body}.${check}`;
}

const SEED = encodeBase64Url('workshop');
const VALID = runCodeOf(simulateCareer(content, 'balanced', 'workshop', true));

function errorOf(input: unknown): string {
  const decoded = decodeRunCode(input);
  if (decoded.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  expect(decoded.error.length).toBeGreaterThan(0);
  return decoded.error;
}

describe('the test helpers', () => {
  it('seal() reproduces the checksum of a real code, and a real code decodes', () => {
    const body = VALID.slice(0, VALID.lastIndexOf('.'));
    expect(seal(body)).toBe(VALID);
    expect(decodeRunCode(VALID).ok).toBe(true);
    expect(decodeRunCode(seal(`${GAME_VERSION}.default.${SEED}.`)).ok).toBe(true);
  });
});

describe('hostile run codes', () => {
  it('an empty code is refused as empty', () => {
    expect(errorOf('')).toMatch(/empty/);
  });

  it('a code of only whitespace is refused as empty', () => {
    expect(errorOf('   \n\t \r\n ')).toMatch(/empty/);
  });

  it('something that is not text is refused as not text', () => {
    for (const input of [undefined, null, 42, {}, ['1.default.x.y.z'], true]) expect(errorOf(input)).toMatch(/must be text/);
  });

  it('a well-sealed code from another version is refused naming both versions', () => {
    const code = encodeRunCode({ version: GAME_VERSION + 1, scenario: 'default', seed: 'workshop', commands: [] });
    const error = errorOf(code);
    expect(error).toContain(`version ${GAME_VERSION + 1}`);
    expect(error).toContain(`this is version ${GAME_VERSION}`);
  });

  it("a code from another version still tells the career it was on (its scenario and seed), and nothing else does", () => {
    for (const version of [GAME_VERSION - 1, GAME_VERSION + 1, GAME_VERSION]) {
      const code = encodeRunCode({ version, scenario: 'startup', seed: 'workshop', commands: [{ type: 'choose', option: 2 }] });
      expect(careerStartOf(code)).toEqual({ scenario: 'startup', seed: 'workshop' });
      expect(careerStartOf(code.slice(0, -1))).toBeNull();
    }
    expect(careerStartOf(seal(`${GAME_VERSION - 1}.default.${SEED}.%`))).toEqual({ scenario: 'default', seed: 'workshop' });
    expect(careerStartOf(seal(`${GAME_VERSION - 1}.Default!.${SEED}.`))).toBeNull();
    expect(careerStartOf(seal(`${GAME_VERSION - 1}.default.${encodeBase64Url('x'.repeat(MAX_SEED_LENGTH + 1))}.`))).toBeNull();
    expect(careerStartOf(seal(`v1.default.${SEED}.`))).toBeNull();
    expect(careerStartOf(42)).toBeNull();
  });

  it('a code whose version is not a number is refused for its version', () => {
    expect(errorOf(seal(`v1.default.${SEED}.`))).toMatch(/version number/);
    expect(errorOf(seal(`12345.default.${SEED}.`))).toMatch(/version number/);
    expect(errorOf(seal(`-1.default.${SEED}.`))).toMatch(/version number/);
  });

  it('a truncated code is refused as damaged or incomplete (checksum)', () => {
    expect(errorOf(VALID.slice(0, -1))).toMatch(/checksum/);
    expect(errorOf(VALID.slice(0, -4))).toMatch(/checksum/);
  });

  it('a code that lost a step from the middle is refused by its checksum', () => {
    const parts = VALID.split('.');
    const commands = parts[3] as string;
    parts[3] = commands.slice(0, 10) + commands.slice(11);
    expect(errorOf(parts.join('.'))).toMatch(/damaged or incomplete/);
  });

  it('a code with a changed character is refused by its checksum', () => {
    const i = VALID.indexOf('.', 2) + 2;
    const changed = VALID.slice(0, i) + (VALID[i] === 'A' ? 'B' : 'A') + VALID.slice(i + 1);
    expect(errorOf(changed)).toMatch(/checksum/);
  });

  it('a code with the wrong number of parts is refused, saying it needs five', () => {
    for (const input of ['hello', '1.default', '1.default.x.y', `${VALID}.extra`, '...', '......', VALID.replace(/\./g, '')])
      expect(errorOf(input)).toMatch(/five parts/);
    // A code cut short (a link pasted in part) is called incomplete, with the parts it has.
    const cut = VALID.split('.').slice(0, 3).join('.');
    expect(errorOf(cut)).toBe('the run code is incomplete (a run code has five parts separated by dots, and this has 3: it may have been cut short)');
    expect(errorOf('hello')).toBe('this is not a run code (a run code has five parts separated by dots, and this has 1)');
  });

  it.each([
    ['a length no base64 string has', 'Q'],
    ['characters outside base64url', 'd29y+2hvcA'],
    ['padding', 'YQ=='],
    ['non-canonical trailing bits', 'YR'],
    ['bytes that are not UTF-8', '_w'],
    ['nothing at all', ''],
    ['a text-direction override (U+202E)', encodeBase64Url('evil\u202Eseed')],
    ['a control character (a newline)', encodeBase64Url('two\nlines')],
  ])('a sealed code whose seed has %s is refused as having no valid seed', (_, seedText) => {
    expect(errorOf(seal(`${GAME_VERSION}.default.${seedText}.`))).toMatch(/no valid seed/);
  });

  it(`a sealed code whose seed is longer than ${MAX_SEED_LENGTH} characters is refused as having no valid seed`, () => {
    expect(decodeRunCode(seal(`${GAME_VERSION}.default.${encodeBase64Url('s'.repeat(MAX_SEED_LENGTH))}.`)).ok).toBe(true);
    expect(errorOf(seal(`${GAME_VERSION}.default.${encodeBase64Url('s'.repeat(MAX_SEED_LENGTH + 1))}.`))).toMatch(/no valid seed/);
  });

  it('a sealed code naming an impossible scenario is refused for its scenario', () => {
    for (const scenario of ['', 'Default', '-default', 'de fault', 'x'.repeat(65), '<b>'])
      expect(errorOf(seal(`${GAME_VERSION}.${scenario}.${SEED}.`))).toMatch(/no valid scenario/);
  });

  it('an overlong input is refused as too long, giving its length', () => {
    expect(errorOf('A'.repeat(1001))).toMatch(/too long \(1001 characters\)/);
    expect(errorOf(`1.default.${'A'.repeat(2000)}..AAAA`)).toMatch(/too long/);
    // Whitespace around a pasted code is not part of it, so it does not count toward the limit.
    expect(decodeRunCode(`${VALID}${' '.repeat(5000)}`).ok).toBe(true);
  });

  it(`a sealed code with more than ${MAX_COMMANDS} steps is refused for its number of steps`, () => {
    const steps = 'CA'.repeat(MAX_COMMANDS / 2) + 'C';
    expect(errorOf(seal(`${GAME_VERSION}.default.${SEED}.${steps}`))).toMatch(new RegExp(`more than ${MAX_COMMANDS} steps`));
    expect(decodeRunCode(seal(`${GAME_VERSION}.default.${SEED}.${steps.slice(1)}`)).ok).toBe(true);
  });

  it('a sealed code with an option where a move belongs, or a move where an option belongs, names the step', () => {
    // 'e' is index 30: past the 6 moves x 5 regions. 'E' is option 5, past the 4 an event can have.
    expect(errorOf(seal(`${GAME_VERSION}.default.${SEED}.e`))).toMatch(/malformed: step 1 should be a move/);
    expect(errorOf(seal(`${GAME_VERSION}.default.${SEED}.CACE`))).toMatch(/malformed: step 4 should be an option \(1 to 4\)/);
    expect(errorOf(seal(`${GAME_VERSION}.default.${SEED}.CA!A`))).toMatch(/step 3 should be a move/);
    expect(errorOf(seal(`${GAME_VERSION}.default.${SEED}.C~`))).toMatch(/step 2 should be an option/);
  });

  it('every character at a move step is accepted only as one of the 30 moves, decoding to that move', () => {
    for (const [index, char] of [...BASE64URL_ALPHABET].entries()) {
      const decoded = decodeRunCode(seal(`${GAME_VERSION}.default.${SEED}.${char}`));
      if (index < MOVES.length * REGIONS.length) {
        const move = MOVES[Math.floor(index / REGIONS.length)];
        const toward = REGIONS[index % REGIONS.length];
        expect(decoded).toEqual({ ok: true, value: { version: GAME_VERSION, scenario: 'default', seed: 'workshop', commands: [{ type: 'move', move, toward }] } });
      } else {
        expect(decoded).toEqual({ ok: false, error: 'the run code is malformed: step 1 should be a move' });
      }
    }
  });

  it('every character at an option step is accepted only as options 1 to 4', () => {
    for (const [index, char] of [...BASE64URL_ALPHABET].entries()) {
      const decoded = decodeRunCode(seal(`${GAME_VERSION}.default.${SEED}.C${char}`));
      if (index < 4) {
        expect(decoded.ok && decoded.value.commands[1]).toEqual({ type: 'choose', option: index });
      } else {
        expect(decoded).toEqual({ ok: false, error: 'the run code is malformed: step 2 should be an option (1 to 4)' });
      }
    }
  });

  it('HTML and script in the input are refused, and no message repeats them', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      `1.default.<script>.alert(1).</script>`,
      seal(`${GAME_VERSION}.<script>.${SEED}.`),
      seal(`${GAME_VERSION}.default.${SEED}.<script>alert(1)</script>`),
      `javascript:alert(1)//${VALID}`,
    ];
    for (const input of hostile) {
      const error = errorOf(input);
      expect(error).not.toMatch(/[<>"]|script|alert/);
    }
  });
});

describe('replaying a decoded code', () => {
  function replayCode(commands: Command[]): ReturnType<typeof replay> {
    const decoded = decodeRunCode(encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed: 'workshop', commands }));
    if (!decoded.ok) throw new Error(decoded.error);
    return replay(content, decoded.value.seed, decoded.value.commands);
  }

  it('a first move that is not a path from the valley is refused naming step 1 and the move', () => {
    const result = replayCode([{ type: 'move', move: 'step-up', toward: 'interdell' }]);
    expect(result).toEqual({ ok: false, error: 'step 1: stepping up (to Interdell) is not a path for intermediate engineer in Interdell' });
  });

  it('an illegal move after legal steps is refused naming its step', () => {
    const result = replayCode([
      { type: 'move', move: 'opt-out', toward: 'interdell' },
      { type: 'choose', option: 0 },
      { type: 'move', move: 'go-ic', toward: 'frontend-range' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^step 3: returning to engineering \(to Frontend Senior's Range\) is not a path/);
  });

  it('an option the event does not have is refused naming the step and how many options there are', () => {
    const decoded = decodeRunCode(VALID);
    if (!decoded.ok) throw new Error(decoded.error);
    const first = decoded.value.commands[0] as Command;
    const played = replay(content, 'workshop', [first]);
    if (!played.ok) throw new Error(played.error);
    const options = content.storylets[played.value.event as number]?.options.length as number;
    if (options === 4) return; // a code cannot hold option 5; every event here has 2 to 4 options
    const result = replayCode([first, { type: 'choose', option: options }]);
    expect(result).toEqual({ ok: false, error: `step 2: option ${options + 1} does not exist; this event has ${options} options` });
  });

  it('steps after the run has ended are refused naming the first extra step', () => {
    const decoded = decodeRunCode(VALID);
    if (!decoded.ok) throw new Error(decoded.error);
    const commands = [...decoded.value.commands, { type: 'move', move: 'opt-out', toward: 'interdell' } as const];
    const result = replayCode(commands);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(new RegExp(`^step ${commands.length}: the run has ended`));
  });
});

describe('seeds', () => {
  it.each([
    ['a newline', 'two\nlines'],
    ['a NUL', 'a\u0000b'],
    ['DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
    ['a right-to-left mark', 'a\u200Fb'],
    ['a right-to-left override', 'seed\u202Eevil'],
    ['a first-strong isolate', 'a\u2068b'],
    ['an Arabic letter mark', 'a\u061Cb'],
    ['a zero-width space', 'te\u200Bam'],
    ['a word joiner', 'a\u2060b'],
    ['a byte-order mark', '\uFEFFteam'],
    ['a soft hyphen', 'te\u00ADam'],
  ])('a seed holding %s is refused, naming the kind of character', (_, seed) => {
    expect(seedProblem(seed)).toBe('the seed holds a control, invisible or text-direction character');
    expect(() => encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed, commands: [] })).toThrow(RangeError);
  });

  it.each([
    ['plain words', 'team offsite'],
    ['right-to-left letters', 'بذرة'],
    ['CJK and emoji', '種子🌱'],
    ['accents', 'ümlaut'],
    ['an emoji joined by zero-width joiners', '👩\u200D💻 team'],
    ['a Persian word with a zero-width non-joiner', 'می\u200Cخواهم'],
  ])('a seed of %s is accepted', (_, seed) => {
    expect(seedProblem(seed)).toBeNull();
  });
});
