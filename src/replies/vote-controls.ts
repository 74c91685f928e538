import { encodeControl } from './custom-id.ts';
import type { Reply } from './view.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

/** Rows a message holds at most (Discord's limit). */
const MAX_ROWS = 5;

/**
 * An answer with "Helpful" / "Not helpful" under it, for the entry it answers with: a row of its
 * own, after the answer's buttons. Each person's vote counts once per answer.
 */
export function withVotes(reply: Reply, entryId: string, t: Translate = english): Reply {
  if (reply.rows.length >= MAX_ROWS) return reply;
  return {
    ...reply,
    rows: [
      ...reply.rows,
      [
        {
          kind: 'button',
          id: encodeControl({ action: 'vote', id: entryId, helpful: true }),
          label: t('controls.helpful'),
        },
        {
          kind: 'button',
          id: encodeControl({ action: 'vote', id: entryId, helpful: false }),
          label: t('controls.notHelpful'),
        },
      ],
    ],
  };
}
