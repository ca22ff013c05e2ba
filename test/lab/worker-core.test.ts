import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY, scenarioById } from '../../src/content/index';
import { playChunk } from '../../src/lab/batch';
import type { LabReply } from '../../src/lab/protocol';
import { createLabCore } from '../../src/lab/worker-core';

const content = scenarioById('big-tech');
if (!content) throw new Error('no big-tech scenario');
const load = { kind: 'load', job: 3, def: content.def, library: LIBRARY };
const chunk = { kind: 'chunk', job: 3, strategy: 'chase-pay', seed: 'w', runs: 50, from: 10, to: 20 };

function errorOf(reply: LabReply | null): string {
  if (reply?.kind !== 'error') throw new Error(`expected an error reply, got ${JSON.stringify(reply)}`);
  return reply.message;
}

describe('the lab worker’s message handling', () => {
  it('plays a chunk in the scenario loaded for its job, as the batch module plays it', () => {
    const handle = createLabCore();
    expect(handle(structuredClone(load))).toBeNull();
    const reply = handle(chunk);
    expect(reply).toEqual({ kind: 'tally', job: 3, tally: playChunk(content, { strategy: 'chase-pay', seed: 'w', runs: 50, from: 10, to: 20 }) });
  });

  it('answers a chunk of a job whose scenario was never loaded with an error naming the job', () => {
    const handle = createLabCore();
    handle(load);
    expect(errorOf(handle({ ...chunk, job: 4 }))).toMatch(/no scenario was loaded for job 4/);
  });

  it('says where a malformed request is wrong and what was found', () => {
    const handle = createLabCore();
    handle(load);
    expect(errorOf(handle({ ...chunk, strategy: 'yolo' }))).toMatch(/at strategy: .*"yolo"/);
    expect(errorOf(handle({ ...chunk, runs: 0 }))).toMatch(/at runs: .*0/);
    expect(errorOf(handle({ ...chunk, from: 20, to: 20 }))).toMatch(/from < to <= runs/);
    expect(errorOf(handle({ ...chunk, seed: 'x'.repeat(63) }))).toMatch(/career seeds/);
    expect(errorOf(handle({ ...chunk, kind: 'launch' }))).toMatch(/at kind: .*"launch"/);
    expect(errorOf(handle('chunk please'))).toMatch(/lab request, at the message: .*"chunk please"/);
  });

  it('reports a scenario that cannot be compiled, with its job, and keeps working', () => {
    const handle = createLabCore();
    const reply = handle({ kind: 'load', job: 9, def: { id: 'broken' }, library: LIBRARY });
    expect(reply).toMatchObject({ kind: 'error', job: 9 });
    expect(errorOf(reply)).toMatch(/job 9: the scenario could not be compiled/);
    handle(load);
    expect(handle(chunk)?.kind).toBe('tally');
  });

  it('answers any message at all without throwing', () => {
    const handle = createLabCore();
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.constantFrom('load', 'chunk'), job: fc.anything(), def: fc.anything(), strategy: fc.string(), runs: fc.anything() })), (data) => {
        const reply = handle(data);
        expect(reply === null || reply.kind === 'error').toBe(true);
        if (reply?.kind === 'error') expect(reply.message).toMatch(/^lab request/);
      }),
    );
  });
});
