// Scenario files: an exported preset reads back as the preset itself; changes to numbers, weights and
// storylets take effect; and every mistake is refused with where it is, what was expected and what was
// found, without ever throwing.
import { describe, expect, it } from 'vitest';
import { scenarioById, SCENARIOS } from '../../src/content/index';
import { customFile, scenarioFileText } from '../../src/scenario-file/export';
import { describeIssue } from '../../src/scenario-file/messages';
import { MAX_FILE_CHARS, MAX_PROBLEMS } from '../../src/scenario-file/parse';
import { exported, firstStepStorylet, load, loaded, preset, problemsOf, type LooseFile } from './helpers';

describe('an exported preset', () => {
  it.each(SCENARIOS.map((s) => [s.id]))('%s reads back into the very same data, with the same hash', (id) => {
    const scenario = loaded(exported(id));
    expect(scenario.data).toEqual(preset(id));
    expect(JSON.stringify(scenario.data)).toBe(JSON.stringify(preset(id)));
    expect(scenario.field).toBe(`${id}~${scenarioById(id)?.hash}`);
  });

  it('fills in every number, so a facilitator edits values rather than looks up names', () => {
    const file = exported('big-tech');
    expect(file.base).toBe('big-tech');
    expect(file.tuning.annualRaisePercent).toBe(5);
    expect(Object.keys(file.tuning)).toHaveLength(Object.keys(preset('default').tuning).length);
    expect(file.pay['big-tech'].staff).toBe(460);
    expect(file.promotions.staff.minStepUps).toBe(8);
    expect(Object.keys(file.storylets.weights)).toHaveLength(preset('default').storylets.length);
  });
});

describe('a custom scenario', () => {
  it('may be shorter than some base storylets reach: those are kept and never drawn, not refused', () => {
    const file = exported();
    file.id = 'short-offsite';
    file.turns = 4;
    const scenario = loaded(file);
    expect(scenario.data.turns).toBe(4);
    expect(scenario.data.storylets.some((s) => s.when.some((c) => c.kind === 'turn' && (c.min ?? 0) >= 4))).toBe(true);
  });

  it('takes its numbers from the file and keeps the rest of its base', () => {
    const file = exported();
    file.id = 'workshop-tough';
    file.name = 'A tough market';
    file.turns = 12;
    file.tuning = { crossingChance: 0.2 };
    file.pay = { 'mid-size': { intermediate: 120 } };
    file.start = { burnout: 45, qualities: { network: 40 } };
    file.promotions = { senior: { chance: 0.9 } };
    const scenario = loaded(file);
    const base = preset('default');
    expect(scenario.content.def.id).toBe(scenario.field);
    expect(scenario.field).toMatch(/^workshop-tough~[0-9a-f]{8}$/);
    expect(scenario.data.turns).toBe(12);
    expect(scenario.content.tuning.crossingChance).toBe(0.2);
    expect(scenario.data.tuning.crossingChance.source).toBe('set in the scenario file "workshop-tough"');
    expect(scenario.content.tuning.returnCrossingChance).toBe(base.tuning.returnCrossingChance.value);
    expect(scenario.data.pay.bands['mid-size']).toEqual({ ...base.pay.bands['mid-size'], intermediate: 120 });
    expect(scenario.data.start).toEqual({ ...base.start, burnout: 45, qualities: { ...base.start.qualities, network: 40 } });
    expect(scenario.data.promotions.senior.chance.value).toBe(0.9);
    expect(scenario.data.promotions.senior.minTechnical).toBe(base.promotions.senior.minTechnical);
  });

  it('reweighs, replaces, removes and adds storylets', () => {
    const file = exported();
    file.id = 'new-stories';
    file.storylets = {
      remove: ['valley-onboarding-buddy'],
      weights: { 'valley-tech-lead-todo': 5 },
      replace: [{ ...preset('default').storylets.find((s) => s.id === 'valley-pm-no-advocate'), title: 'A PM with no advocate' }],
      add: [firstStepStorylet('workshop-onboarding')],
    };
    const ids = loaded(file).data.storylets.map((s) => s.id);
    const stories = loaded(file).data.storylets;
    expect(ids).not.toContain('valley-onboarding-buddy');
    expect(ids.at(-1)).toBe('workshop-onboarding');
    expect(ids.indexOf('valley-pm-no-advocate')).toBe(preset('default').storylets.findIndex((s) => s.id === 'valley-pm-no-advocate') - 1);
    expect(stories.find((s) => s.id === 'valley-tech-lead-todo')?.weight).toBe(5);
    expect(stories.find((s) => s.id === 'valley-pm-no-advocate')?.title).toBe('A PM with no advocate');
  });

  it('reads whether a delayed consequence follows the player out of the job, or belongs to the role', () => {
    const file = exported();
    const [take, refuse] = firstStepStorylet('x').options;
    const later = (marks: { followsYou?: boolean; belongsToRole?: boolean }) => ({ afterTurns: 2, text: 'Solveig calls back.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }], ...marks });
    file.storylets.add = [{ ...firstStepStorylet('mentor-call'), options: [{ ...take, later: [later({ followsYou: true }), later({}), later({ belongsToRole: true })] }, refuse] }];
    const added = loaded(file).data.storylets.at(-1);
    expect(added?.options[0]?.later?.map((l) => [l.followsYou, l.belongsToRole])).toEqual([
      [true, undefined],
      [undefined, undefined],
      [undefined, true],
    ]);
  });

  it('keeps markup in its texts as plain data', () => {
    const file = exported();
    file.id = 'markup';
    file.name = '<img src=x onerror=alert(1)>';
    file.storylets = { add: [firstStepStorylet('markup-story', '<script>alert(1)</script>')] };
    const scenario = loaded(file);
    expect(scenario.data.name).toBe('<img src=x onerror=alert(1)>');
    expect(scenario.data.storylets.at(-1)?.title).toBe('<script>alert(1)</script>');
  });

  it('exports as a file that reads back into the same scenario', () => {
    const file = exported('startup');
    file.id = 'round-trip';
    file.tuning.hopPremiumPercent = 30;
    file.storylets.remove = ['valley-onboarding-buddy'];
    delete file.storylets.weights['valley-onboarding-buddy'];
    file.storylets.add = [firstStepStorylet('round-trip-story')];
    const scenario = loaded(file);
    const again = loaded(JSON.parse(scenarioFileText(customFile(scenario))));
    expect(again.field).toBe(scenario.field);
    expect(again.data).toEqual(scenario.data);
  });

  it('gets a different hash for different data under the same id', () => {
    const a = exported();
    a.id = 'versions';
    const b = exported();
    b.id = 'versions';
    b.tuning.crossingChance = 0.51;
    expect(loaded(a).field).not.toBe(loaded(b).field);
    expect(loaded(a).field.split('~')[0]).toBe(loaded(b).field.split('~')[0]);
  });
});

describe('a file that cannot be read', () => {
  it.each([
    ['', 'the file: expected a scenario in JSON, found an empty file'],
    ['   \n', 'the file: expected a scenario in JSON, found an empty file'],
    ['[1, 2]', 'the file: expected a scenario (an object with "format", "base", "id" and "name"), found a list of 2'],
    ['"a scenario"', 'the file: expected a scenario (an object with "format", "base", "id" and "name"), found "a scenario"'],
    ['{"format": 2}', 'format: the file is format 2, made by a newer version of the game; this game reads scenario files of format 1'],
    ['{"format": "1"}', 'format: expected 1, found "1"; this game reads scenario files of format 1'],
    ['{"base": "default"}', 'format: is missing; this game reads scenario files of format 1 (start from an exported scenario)'],
    ['{"format": 1, "__proto__": {"polluted": true}}', '__proto__: a field may not be called "__proto__"'],
    ['{"format": 1, "tuning": {"constructor": {"prototype": 1}}}', 'tuning.constructor: a field may not be called "constructor"'],
  ])('refuses %j', (text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  it('refuses text that is not JSON, quoting the parser', () => {
    const [problem] = problemsOf('<html><script>alert(1)</script>');
    expect(problem).toMatch(/^the file: expected JSON, found text that is not JSON \(.+\)$/);
  });

  it('refuses a huge file before parsing it', () => {
    const text = JSON.stringify({ ...exported(), description: 'x'.repeat(MAX_FILE_CHARS) });
    expect(problemsOf(text)).toEqual([`the file: expected at most 256 KB, found ${Math.ceil(text.length / 1024)} KB; a scenario file is much smaller`]);
  });

  it('refuses nesting deeper than any scenario needs', () => {
    const deep = `{"format": 1, "id": ${'['.repeat(40)}${']'.repeat(40)}}`;
    expect(problemsOf(deep)).toEqual([`id${'[0]'.repeat(24)}: nested more than 24 levels deep; no scenario file needs that`]);
  });

  it('lists the first problems of a file full of them, and counts the rest', () => {
    const file = exported();
    file.storylets.weights = Object.fromEntries(Object.keys(file.storylets.weights).map((id) => [id, -1]));
    const problems = problemsOf(file);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toBe(`…and ${Object.keys(file.storylets.weights).length - MAX_PROBLEMS} more problems`);
  });
});

/** A file with one change from the default's export; each is refused with exactly these problems. */
const MISTAKES: readonly [string, (file: LooseFile) => void, readonly string[]][] = [
  ['a missing name', (f) => delete f.name, ['name: is missing']],
  ['an unknown field', (f) => (f.colour = 'red'), ['colour: is not a field here; the fields are format, base, id, name, description, turns, start, pay, tuning, promotions, moves, washedBack, roles, storylets']],
  ['an unknown base', (f) => (f.base = 'google'), ['base: expected one of "default", "big-tech", "startup", "manager-heavy", found "google"']],
  ['an id that is not kebab-case', (f) => (f.id = 'My Scenario'), ['id: expected a kebab-case id (lowercase letters and digits, joined by single dashes), found "My Scenario"']],
  ['a blank name', (f) => (f.name = '   '), ['name: expected some text, found only blanks']],
  ['a long name', (f) => (f.name = 'n'.repeat(61)), ['name: expected at most 60 characters, found 61 characters']],
  ['turns as text', (f) => (f.turns = '20'), ['turns: expected a number, found "20"']],
  ['half a turn', (f) => (f.turns = 10.5), ['turns: expected a whole number, found 10.5']],
  ['a chance above 1', (f) => (f.tuning.crossingChance = 1.5), ['tuning.crossingChance: expected at most 1, found 1.5']],
  ['a misspelt tuning key', (f) => (f.tuning.crossingchance = 0.5), ['tuning.crossingchance: is not a field here; did you mean crossingChance?']],
  ['a negative pay band', (f) => (f.pay['mid-size'].senior = -5), ['pay.mid-size.senior: expected at least 1, found -5']],
  ['an unknown company', (f) => (f.pay.agency = {}), ['pay.agency: is not a field here; the fields are startup, mid-size, big-tech']],
  ['start burnout above 100', (f) => (f.start.burnout = 120), ['start.burnout: expected at most 100, found 120']],
  ['a list where an object belongs', (f) => (f.promotions.staff = [0.5]), ['promotions.staff: expected an object, found a list of 1']],
  ['a committee chance as text', (f) => (f.promotions.staff.chance = 'high'), ['promotions.staff.chance: expected a number, found "high"']],
  ['a floor above the ceiling', (f) => (f.tuning.transitionFloor = 0.99), ['tuning.transitionFloor: expected at most tuning.transitionCeiling (0.95), found 0.99']],
  ['an effect of an unknown kind', (f) => (f.moves['step-up'][0] = { kind: 'bonus', delta: 3 }), ['moves.step-up[0].kind: expected one of "meter", "pay", "quality", "flag", "change-employer", "stay-put", "step-down", "leave-industry", found "bonus"']],
  ['an effect with a misnamed field', (f) => (f.moves['step-up'][0] = { kind: 'quality', quality: 'initiative', amount: 3 }), ['moves.step-up[0].delta: is missing', 'moves.step-up[0].amount: is not a field here; the fields are kind, quality, delta']],
  ['a weight of zero', (f) => (f.storylets.weights['valley-quiet-half'] = 0), ['storylets.weights.valley-quiet-half: expected more than 0, found 0']],
  ['a weight for no storylet', (f) => (f.storylets.weights['valley-nowhere'] = 2), ['storylets.weights.valley-nowhere: expected the id of a storylet of the base scenario "default", found "valley-nowhere"']],
  ['removing an unknown storylet', (f) => (f.storylets.remove = ['valley-nowhere']), ['storylets.remove[0]: expected the id of a storylet of the base scenario "default", found "valley-nowhere"']],
  ['replacing an unknown storylet', (f) => (f.storylets.replace = [firstStepStorylet('brand-new')]), ['storylets.replace[0].id: expected the id of a storylet of the base scenario "default", found "brand-new"; to add a new storylet, put it in storylets.add']],
  ['adding an id the base has', (f) => (f.storylets.add = [firstStepStorylet('valley-quiet-half')]), ['storylets.add[0].id: the base scenario "default" already has a storylet "valley-quiet-half"; use storylets.replace to change it, or pick a new id']],
  ['adding one id twice', (f) => (f.storylets.add = [firstStepStorylet('twice'), firstStepStorylet('twice')]), ['storylets.add[1].id: "twice" is already the id of storylets.add[0]']],
  [
    'an added storylet with an unknown quality',
    (f) => (f.storylets.add = [{ ...firstStepStorylet('charming'), options: [{ label: 'Smile', style: 'people', effects: [{ kind: 'quality', quality: 'charm', delta: 3 }] }, firstStepStorylet('x').options[1]] }]),
    ['storylets.add[0].options[0].effects[0].quality: expected one of "technical", "influence", "repEngineers", "repManagers", "network", "initiative", "glue", found "charm"'],
  ],
  ['an added storylet with one option', (f) => (f.storylets.add = [{ ...firstStepStorylet('lonely'), options: [firstStepStorylet('x').options[0]] }]), ['storylets.add[0].options: expected at least 2 items, found 1 item']],
  [
    'an added storylet whose option does nothing',
    (f) => (f.storylets.add = [{ ...firstStepStorylet('idle'), options: [{ label: 'Wait', style: 'rest', effects: [] }, firstStepStorylet('x').options[1]] }]),
    ['storylets.add[0].options[0]: has no effect'],
  ],
  [
    'an added storylet for a turn that never comes',
    (f) => (f.storylets.add = [{ ...firstStepStorylet('too-late'), when: [{ kind: 'turn', min: 50 }] }]),
    ["storylets.add[0].when[0]: never holds: the scenario's half-years are turns 0 to 19, so turn 50 never comes"],
  ],
  [
    'an added storylet for a turn a shortened run never reaches',
    (f) => {
      f.turns = 6;
      f.storylets.add = [{ ...firstStepStorylet('year-four'), when: [{ kind: 'turn', min: 8 }] }];
    },
    ["storylets.add[0].when[0]: never holds: the scenario's half-years are turns 0 to 5, so turn 8 never comes"],
  ],
  [
    'an added storylet that asks for more than a quality can be',
    (f) => (f.storylets.add = [{ ...firstStepStorylet('genius'), when: [{ kind: 'quality', quality: 'technical', min: 500 }] }]),
    ['storylets.add[0].when[0]: never holds: technical runs from 0 to 100'],
  ],
  [
    'an added storylet reading a flag nothing sets',
    (f) => (f.storylets.add = [{ ...firstStepStorylet('orphan'), when: [{ kind: 'flag', flag: 'story:never-set', is: true }] }]),
    ['storylets.add[0].when[0]: the flag story:never-set is read, but no storylet sets it'],
  ],
  [
    'removing the storylet that sets a flag others read',
    (f) => {
      f.storylets.remove = ['valley-pm-praises-speed'];
      delete f.storylets.weights['valley-pm-praises-speed'];
    },
    ['storylets.remove: the flag story:pm-favourite is read, but no storylet sets it'],
  ],
  ['a weight for a removed storylet', (f) => (f.storylets.remove = ['range-staff-quiet']), ['storylets.weights.range-staff-quiet: "range-staff-quiet" is removed, so it has no weight']],
  [
    'removing the last storylet a role can always draw',
    (f) => {
      f.storylets.remove = ['range-staff-quiet'];
      delete f.storylets.weights['range-staff-quiet'];
    },
    ['storylets: role staff: no repeatable storylet whose only condition is the role (a half-year with nothing else to draw needs one: keep the base scenario\'s, or add one)'],
  ],
  [
    'a delayed consequence that follows the player "yes"',
    (f) => {
      const [take, refuse] = firstStepStorylet('x').options;
      f.storylets.add = [{ ...firstStepStorylet('mentor-call'), options: [{ ...take, later: [{ afterTurns: 1, text: 'Solveig calls back.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }], followsYou: 'yes' }] }, refuse] }];
    },
    ['storylets.add[0].options[0].later[0].followsYou: expected true or false, found "yes"'],
  ],
  [
    'a delayed consequence that both follows the player and belongs to the role',
    (f) => {
      const [take, refuse] = firstStepStorylet('x').options;
      f.storylets.add = [{ ...firstStepStorylet('mentor-call'), options: [{ ...take, later: [{ afterTurns: 1, text: 'Solveig calls back.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }], followsYou: true, belongsToRole: true }] }, refuse] }];
    },
    ['storylets.add[0].options[0].later[0]: followsYou and belongsToRole cannot both be true (a consequence that follows the player out of the job cannot stay behind with the role)'],
  ],
  ['an unknown flag', (f) => (f.washedBack = [{ kind: 'flag', flag: 'promoted', set: true }]), ['washedBack[0].flag: expected one of "cant-go-back", "crossing-failed", "glue-before-senior", "reached-senior", "reached-staff", "left-after-staff", "promotion-denied" or a story flag like "story:my-flag", found "promoted"']],
];

describe('a mistake in a file', () => {
  it.each(MISTAKES.map(([name, change, problems]) => [name, change, problems] as const))('names %s precisely', (_name, change, problems) => {
    const file = exported();
    change(file);
    expect(problemsOf(file)).toEqual(problems);
  });

  it('says a number too large for JSON to read is too large, not that it is infinite', () => {
    const text = scenarioFileText(exported() as never).replace(/"turns": \d+/, '"turns": 1e400');
    const read = load(text);
    expect(read.ok ? [] : read.problems).toEqual([
      'turns: expected a whole number, found a number too large to use (beyond 1e308)',
      'turns: expected at most 100, found a number too large to use (beyond 1e308)',
    ]);
  });

  it('quotes long values shortened, and markup as plain text', () => {
    const file = exported();
    file.base = `<script>${'x'.repeat(100)}</script>`;
    expect(problemsOf(file)).toEqual([`base: expected one of "default", "big-tech", "startup", "manager-heavy", found "<script>${'x'.repeat(31)}…"`]);
  });
});

describe('a length limit in a message', () => {
  it('counts one item or character in the singular', () => {
    const issue = (input: unknown, requirement: number) => ({ kind: 'validation', type: 'max_length', input, expected: null, received: '', message: '', requirement }) as unknown as Parameters<typeof describeIssue>[0];
    expect(describeIssue(issue([1, 2], 1))).toBe('expected at most 1 item, found 2 items');
    expect(describeIssue(issue('ab', 1))).toBe('expected at most 1 character, found 2 characters');
    expect(describeIssue(issue([1, 2, 3], 2))).toBe('expected at most 2 items, found 3 items');
  });
});
