// The debrief is read off the ledger, so it can only name changes that happened, and the ledger
// accounts for every point each meter moved.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { debrief, simulateCareer, STRATEGIES } from '../../src/engine/index';

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
      expect(sentences).toBeLessThanOrEqual(4);
    }
  });

  it('lists the causes that moved the meters most, largest first, each with its effect in words', () => {
    const run = simulateCareer(content, 'chase-pay', 'debrief-hops', true);
    const d = debrief(content, run);
    const weight = (l: (typeof d.lines)[number]): number => Math.abs(l.satisfaction) + Math.abs(l.burnout) + Math.abs(l.compensation) / 2;
    for (let i = 1; i < d.lines.length; i++) expect(weight(d.lines[i - 1]!)).toBeGreaterThanOrEqual(weight(d.lines[i]!));
    for (const line of d.lines) expect(line.effect).toMatch(/satisfaction|burnout|\$/);
  });
});
