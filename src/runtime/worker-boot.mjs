// The entry point of a worker thread running from the TypeScript sources (see worker-thread.ts). A
// worker thread does not inherit the hooks of `--import ./scripts/ts-loader.mjs`, so it registers
// them itself before loading the module that does the work, `workerData.entry`.
import { workerData } from 'node:worker_threads';
import '../../scripts/ts-loader.mjs';

await import(workerData.entry);
