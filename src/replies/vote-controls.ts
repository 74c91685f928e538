import { encodeControl } from './custom-id.ts';
import type { Reply } from './view.ts';

/** Rows a message holds at most (Discord's limit). */
const MAX_ROWS = 5;

/**
 * An answer with "Helpful" / "Not helpful" under it, for the entry it answers with: a row of its
 * own, after the answer's buttons. Each person's vote counts once per answer.
 */
export function withVotes(reply: Reply, entryId: string): Reply {
  if (reply.rows.length >= MAX_ROWS) return reply;
  return {
    ...reply,
    rows: [
      ...reply.rows,
      [
        { kind: 'button', id: encodeControl({ action: 'vote', id: entryId, helpful: true }), label: 'Helpful' },
        { kind: 'button', id: encodeControl({ action: 'vote', id: entryId, helpful: false }), label: 'Not helpful' },
      ],
    ],
  };
}
