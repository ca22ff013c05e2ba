// The debrief is read off the ledger, so it can only name changes that happened, and the ledger
// accounts for every point each meter moved.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import {
  applyInPlace,
  botCommand,
  compileScenario,
  createRun,
  debrief,
  simulateCareer,
  STRATEGIES,
  titleInQuotes,
  unlistedCheckIns,
  type CheckIn,
  type EngineEvent,
} from '../../src/engine/index';

const content = defaultScenario();
const start = content.def.start;

describe('the ledger behind the debrief', () => {
  it('accounts for every point of satisfaction, burnout and pay that a run moved', () => {
    for (const strategy of STRATEGIES) {
      for (let i = 0; i < 200; i++) {
        const run = simulateCareer(content, strategy, `ledger-${i}`, true);
        const entries = Object.values(run.ledger ?? {});
        const total = (m: 'satisfaction' | 'burnout' | 'compensation'): number => entries.reduce((sum, e) => sum + e[m], 0);
        expect(total('satisfaction')).toBe(run.satisfaction - start.satisfaction);
        expect(total('burnout')).toBe(run.burnout - start.burnout);
        expect(total('compensation')).toBe(run.compensation - content.def.pay.bands[start.company][start.role]);
      }
    }
  });
});

describe('the check-ins in the ledger', () => {
  it('keep their pull on satisfaction apart from the move of the half-year', () => {
    // With an opt-out that moves no satisfaction itself, the half-years spent opting out moved none.
    const moves = { ...content.def.moves, 'opt-out': content.def.moves['opt-out'].filter((e) => e.kind !== 'meter' || e.meter !== 'satisfaction') };
    const quiet = compileScenario({ ...content.def, id: 'quiet-opt-out', moves }, content.library);
    for (let i = 0; i < 50; i++) {
      const run = simulateCareer(quiet, 'opt-out', `quiet-${i}`, true);
      expect(run.ledger?.['move:opt-out']?.satisfaction).toBe(0);
      expect(run.ledger?.['check-in']?.satisfaction).not.toBe(0);
    }
  });

  it('count the noes to each question, and the debrief names the one most often answered no', () => {
    for (const strategy of STRATEGIES) {
      for (let i = 0; i < 20; i++) {
        const answers: CheckIn[] = [];
        const listen = (e: EngineEvent): void => {
          if (e.type === 'check-in') answers.push(e.answers);
        };
        const run = createRun(content, { seed: `check-ins-${i}` });
        while (run.phase !== 'ended') applyInPlace(content, run, botCommand(content, strategy, run), listen);
        const questions = ['learning', 'lookingForward', 'connected', 'impact'] as const;
        const noes = questions.map((q) => answers.filter((a) => !a[q]).length);
        expect(run.ledger?.['check-in']?.count).toBe(answers.length);
        questions.forEach((q, k) => expect(run.ledger?.[`check-in:${q}`]?.count ?? 0).toBe(noes[k]));
        // Every debrief has the check-ins' line, the same as when it is listed among the causes.
        const line = debrief(content, run).checkIns;
        if (line === null) throw new Error('a run with check-ins has a check-in line');
        const listed = debrief(content, run, 99).lines.find((l) => l.cause === 'check-in');
        if (listed) expect(line).toEqual(listed);
        const d = debrief(content, run);
        const sentence = unlistedCheckIns(d);
        expect(sentence === null).toBe(d.lines.some((l) => l.cause === 'check-in'));
        if (sentence !== null) expect(sentence).toContain(line.label);
        const most = Math.max(...noes);
        const named = most === 0 ? 'four yeses' : content.library.checkInMisses[questions[noes.indexOf(most)]!];
        expect(line.label).toContain(named);
        expect(line.label).toContain(most === 0 ? `all ${answers.length}` : `${most} of ${answers.length}`);
        // A no is never worded as the cause of a lift: a line that names one and gained says it gained all the same.
        if (most > 0) expect(line.label.includes('a lift overall though')).toBe(Math.round(line.satisfaction) > 0);
      }
    }
  });
});

describe('the debrief', () => {
  it('tells the outcome, the two decisions that mattered most and the idea behind it, in a few sentences', () => {
    for (let i = 0; i < 50; i++) {
      const run = simulateCareer(content, 'balanced', `debrief-${i}`, true);
      const d = debrief(content, run);
      expect(d.outcome.id).toBe(run.outcome);
      expect(d.summary.startsWith(d.outcome.epitaph)).toBe(true);
      expect(d.summary.endsWith(d.outcome.lesson)).toBe(true);
      const top = d.lines[0];
      if (top) expect(d.summary.toLowerCase()).toContain(top.label.toLowerCase());
      const sentences = d.summary.split(/(?<=[.!?])\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(d.summary.includes('only in the last half-year') ? 5 : 4);
    }
  });

  it('says so when the ending is named for a role first taken only in the last half-year, and only then', () => {
    let late = 0;
    let cameBack = 0;
    for (let i = 0; i < 400; i++) {
      const run = simulateCareer(content, i % 2 === 0 ? 'balanced' : 'random', `late-${i}`, true);
      const history = run.history ?? [];
      const [before, last] = history.slice(-2);
      const heldBefore = last !== undefined && history.slice(0, -1).some((t) => t.role === last.role);
      if (before !== undefined && last !== undefined && before.role !== last.role && heldBefore) cameBack++;
      const changed = before !== undefined && last !== undefined && before.role !== last.role && !heldBefore;
      const roleEnding = ['manager', 'director', 'pm-islander', 'thriving-staff', 'unhappy-staff', 'senior-for-life', 'content-intermediate', 'mercenary', 'greybeard', 'empty-calories'].includes(run.outcome ?? '');
      const summary = debrief(content, run).summary;
      expect(summary.includes('only in the last half-year')).toBe(changed && roleEnding);
      if (changed && roleEnding) {
        late++;
        expect(summary).toContain(`You became a${/^[aeiou]/.test(content.library.roleNames[last.role]) ? 'n' : ''} ${content.library.roleNames[last.role]} only in the last half-year`);
      }
    }
    expect(late).toBeGreaterThan(5);
    // Careers that came back to a role in their last half-year were among them, and were not told they were new to it.
    expect(cameBack).toBeGreaterThan(0);
  });

  it('lists the causes that moved the meters most, largest first, each with its effect in words', () => {
    const run = simulateCareer(content, 'chase-pay', 'debrief-hops', true);
    const d = debrief(content, run);
    const weight = (l: (typeof d.lines)[number]): number => Math.abs(l.satisfaction) + Math.abs(l.burnout) + Math.abs(l.compensation) / 2;
    for (let i = 1; i < d.lines.length; i++) expect(weight(d.lines[i - 1]!)).toBeGreaterThanOrEqual(weight(d.lines[i]!));
    for (const line of d.lines) expect(line.effect).toMatch(/satisfaction|burnout|\$/);
  });

  it('names an event in quotes, once: a title that is a quotation keeps its own', () => {
    const labelOf = (storylet: string): string | undefined => {
      const run = createRun(content, { seed: 'quoted-titles' });
      run.ledger = { [`option:${storylet}:0`]: { satisfaction: 30, burnout: 0, compensation: 0, count: 1 } };
      return debrief(content, { ...run, phase: 'ended', endReason: 'turn-limit', outcome: 'content-intermediate' }).lines[0]?.label;
    };
    expect(labelOf('valley-want-to-manage')).toMatch(/^'Would you want to manage\?': /);
    expect(labelOf('isle-another-launch-review')).toMatch(/^“The launch review”: /);
  });
});

describe('failed crossings in the debrief', () => {
  it('are counted, as every other cause the debrief names is', () => {
    let found = 0;
    for (let i = 0; i < 300 && found < 10; i++) {
      const state = createRun(content, { seed: `washed-${i}` });
      let failures = 0;
      while (state.phase !== 'ended') applyInPlace(content, state, botCommand(content, 'go-pm', state), (e: EngineEvent) => void (failures += e.type === 'crossing-failed' ? 1 : 0));
      if (failures === 0) continue;
      found += 1;
      expect(state.ledger?.crossing?.count).toBe(failures);
      const line = debrief(content, state, 50).lines.find((l) => l.cause === 'crossing');
      expect(line?.label).toBe(`Failed crossings of the sea, ${failures === 1 ? 'once' : failures === 2 ? 'twice' : `${failures} times`}`);
    }
    expect(found).toBe(10);
  });
});

describe('an event named in a sentence', () => {
  it('is put in quotes, unless its title is a quotation already', () => {
    expect(titleInQuotes('Pager season')).toBe('“Pager season”');
    expect(titleInQuotes("'Would you want to manage?'")).toBe("'Would you want to manage?'");
    expect(titleInQuotes('“Great context”')).toBe('“Great context”');
  });
});
