// Starts one strategy-lab worker; Vite bundles lab-worker.ts as a module worker of its own.
export function spawnLabWorker(): Worker {
  return new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
}

/** Workers for the lab: one per core the browser reports, at least one and at most four. */
export function labWorkerCount(cores: number | undefined): number {
  return Math.min(4, Math.max(1, Math.floor(cores ?? 2) || 2));
}
