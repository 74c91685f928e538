/** What the answering thread asks the semantic worker (semantic-worker.ts), and what it answers. */
import type { Int8Source } from './int8-file.ts';

/** Entries' texts are sent in parts of this many entries, so that no one message holds up answers. */
export const ENTRY_CHUNK = 1_000;

export type SemanticRequest =
  | { readonly kind: 'begin'; readonly id: number; readonly version: number; readonly entries: number }
  | { readonly kind: 'texts'; readonly id: number; readonly texts: readonly (readonly string[])[] }
  | { readonly kind: 'end'; readonly id: number }
  | { readonly kind: 'score'; readonly id: number; readonly version: number; readonly texts: readonly string[] }
  | { readonly kind: 'drop'; readonly version: number }
  | { readonly kind: 'close'; readonly id: number };

export type SemanticReply =
  | { readonly kind: 'ready'; readonly ok: true; readonly ms: number; readonly graph: Int8Source }
  | { readonly kind: 'ready'; readonly ok: false; readonly reason: string }
  | {
      readonly kind: 'indexed';
      readonly id: number;
      readonly embedded: number;
      readonly cached: number;
      readonly ms: number;
    }
  /** `scores` holds one row of `entries` floats per text, in order. */
  | { readonly kind: 'scores'; readonly id: number; readonly scores: Float32Array; readonly entries: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  | { readonly kind: 'closed'; readonly id: number };

/** What the worker is started with. */
export interface SemanticWorkerData {
  readonly modelDir: string;
  readonly cacheFile: string;
  readonly threads: number;
}
