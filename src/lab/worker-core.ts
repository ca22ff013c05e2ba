// What a lab worker does with each message, without the worker around it (so Node tests drive it):
// a load compiles the job's scenario, a chunk plays careers in it; anything else gets an error reply.
import { compileScenario, type CompiledScenario } from '../engine/compile';
import { playChunk } from './batch';
import { jobOf, parseRequest, type LabReply } from './protocol';

export type LabCore = (data: unknown) => LabReply | null;

export function createLabCore(): LabCore {
  // Only the newest job's scenario is kept: the page runs one job at a time.
  let loaded: { readonly job: number; readonly content: CompiledScenario } | null = null;
  return (data) => {
    const parsed = parseRequest(data);
    if (!parsed.ok) return { kind: 'error', job: jobOf(data), message: parsed.error };
    const request = parsed.value;
    try {
      if (request.kind === 'load') {
        loaded = { job: request.job, content: compileScenario(request.def, request.library) };
        return null;
      }
      if (loaded?.job !== request.job)
        return { kind: 'error', job: request.job, message: `lab request, at job: no scenario was loaded for job ${request.job}` };
      return { kind: 'tally', job: request.job, tally: playChunk(loaded.content, request) };
    } catch (e) {
      const what = request.kind === 'load' ? 'the scenario could not be compiled' : 'the careers could not be played';
      return { kind: 'error', job: request.job, message: `lab request for job ${request.job}: ${what}: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}
