import { Worker } from 'node:worker_threads';

/** What a worker thread runs from the TypeScript sources: it registers tsx, then loads its module. */
const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/**
 * Starts the worker thread whose module is `name`, beside `base` (the caller's import.meta.url):
 * compiled, `<name>.js` in dist/ (an entry of scripts/dist.mjs); from the TypeScript sources,
 * `<name>.ts` through the bootstrap, since a worker thread does not inherit `--import tsx`. Used by
 * the loading worker and the insights writer alike.
 */
export function startWorker(base: string, name: string, data: Readonly<Record<string, unknown>> = {}): Worker {
  return base.endsWith('.js')
    ? new Worker(new URL(`./${name}.js`, base), { workerData: data })
    : new Worker(BOOT, { workerData: { ...data, entry: new URL(`./${name}.ts`, base).href } });
}
