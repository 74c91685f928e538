// The loading worker's entry point. A worker thread does not inherit `--import tsx`, so it
// registers tsx itself before loading the TypeScript that does the work.
import { register } from 'tsx/esm/api';

register();
await import('./load-worker.ts');
