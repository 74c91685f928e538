// What the answering thread and the store thread (store-worker.ts) say to each other.
import type { StoreSet } from '../store-set.ts';

/** The stores a call can reach on the store thread. */
export type StoreName = 'questions' | 'votes' | 'settings' | 'audit';

/** A store's method, by name: the thread calls it with the arguments sent. */
export type StoreMethod<N extends StoreName> = keyof StoreSet[N] & string;

/** What the answering thread asks: one store call, or to close. */
export type ThreadRequest =
  | {
      readonly kind: 'call';
      readonly id: number;
      readonly store: StoreName;
      readonly method: string;
      readonly args: readonly unknown[];
    }
  | { readonly kind: 'close'; readonly id: number };

/** A failure as it crosses threads: an Error loses its `code` on the way, and the code names the cause. */
export interface ThreadFailure {
  readonly message: string;
  readonly code: string | undefined;
}

/**
 * What the thread says: one reply per request, and, unasked, how opening went at start and any
 * warning for the log (the file was deleted or replaced and a new one opened).
 */
export type ThreadMessage =
  | { readonly kind: 'done'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'closed'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly failure: ThreadFailure }
  | { readonly kind: 'opened'; readonly failure: ThreadFailure | undefined }
  | { readonly kind: 'warning'; readonly message: string };
