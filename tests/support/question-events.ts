// The questions the QuestionStore contract tests record: when, where and how each went, counted
// from one fixed moment so that every figure of a period is known in advance.
import type { QuestionEvent } from '../../src/stores/records.ts';

/** A day in milliseconds. */
export const DAY = 86_400_000;
/** The moment the tests' periods end. */
export const NOW = Date.UTC(2026, 10, 20, 12);
/** The server most questions come from, and another. */
export const GUILD = '1300000000000000001';
export const OTHER = '1300000000000000002';

/** When, where and how a test question went. */
export interface How {
  readonly daysAgo?: number;
  readonly entry?: string;
  readonly guildId?: string | null;
}

/** A question `daysAgo` days before NOW; answered with `entry` when given. */
export function asked(text: string | undefined, how: How = {}): QuestionEvent {
  const { daysAgo = 0, entry, guildId = GUILD } = how;
  return {
    at: NOW - daysAgo * DAY,
    guildId,
    via: 'ask',
    question: text,
    verdict: entry ? 'clear' : 'not-answered',
    entryId: entry,
    candidates: [['karabakh-not-a-colony', 0.4]],
    latencyMs: 1.5,
  };
}
