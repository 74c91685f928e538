// Worker threads, from the compiled build or the TypeScript sources alike: the ground the rooms that
// work off the answering thread (loading, insights, embeddings) stand on.
import { Worker } from 'node:worker_threads';

/** What a worker thread runs from the TypeScript sources: it registers the TypeScript loader, then loads its module. */
const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/**
 * Starts the worker thread whose module is `name`, beside `base` (the caller's import.meta.url):
 * compiled, `<name>.js` in dist/ (an entry of scripts/dist.mjs); from the TypeScript sources,
 * `<name>.ts` through the bootstrap, since a worker thread does not inherit the loader's hooks. Used by
 * the loading worker, the store thread and the semantic worker alike.
 */
export function startWorker(base: string, name: string, data: Readonly<Record<string, unknown>> = {}): Worker {
  return base.endsWith('.js')
    ? new Worker(new URL(`./${name}.js`, base), { workerData: data })
    : new Worker(BOOT, { workerData: { ...data, entry: new URL(`./${name}.ts`, base).href } });
}
