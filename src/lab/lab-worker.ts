// The strategy lab's Web Worker: plays the chunks of careers the page sends (see protocol.ts) and
// posts each chunk's tally back, so the page stays responsive while thousands of careers run.
import { createLabCore } from './worker-core';

const handle = createLabCore();

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const reply = handle(event.data);
  if (reply) self.postMessage(reply);
});
