// "Helpful" / "Not helpful" under answers, behind a small async interface: one vote per voter and
// answer, where the voter is already a keyed hash, never a user id (Insights.vote makes it).
import type { VoteOutcome } from './records.ts';

/** One vote as kept. */
export interface Vote {
  /** A keyed hash of the person and the answer's message: the same person voting again on one answer. */
  readonly voter: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly guildId: string | null;
  readonly entryId: string;
  readonly helpful: boolean;
  /** A keyed hash of the person alone, as on their questions: /privacy forget-me deletes by it. */
  readonly asker?: string | undefined;
}

/** Where votes are kept; may reject with the database's error. */
export interface VoteStore {
  /** Counts a vote, changes a voter's earlier one, or reports it as the same vote again. */
  vote(vote: Vote): Promise<VoteOutcome>;
}
