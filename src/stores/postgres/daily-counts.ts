import { dayOf } from '../question-text.ts';
import { ANSWERED_VERDICTS } from '../records.ts';

const answered = new Set(ANSWERED_VERDICTS);

/** What a question adds to the daily counts (and, taken out, what forgetting removes). */
export interface CountedQuestion {
  readonly at: number;
  readonly guildId: string | null;
  readonly entryId: string | null;
  readonly verdict: string;
  readonly normalized: string | null;
}

/** The daily counts of some questions, as columns for `unnest`, one row per key. */
export interface DailyCounts {
  readonly daily: [day: number[], guild: string[], entry: string[], answered: boolean[], count: number[]];
  readonly unanswered: [day: number[], guild: string[], normalized: string[], count: number[]];
}

/**
 * The questions' daily counts, summed per key: one statement cannot change a row twice (ON
 * CONFLICT), and keys in one order on every host take the rows' locks in that order, so that two
 * hosts writing batches at once wait for each other rather than deadlock. The same keys as the
 * SQLite store: no server is '', no entry is '', unanswered questions without text are not listed.
 */
export function dailyCounts(questions: readonly CountedQuestion[]): DailyCounts {
  const daily = new Map<string, number>();
  const unanswered = new Map<string, number>();
  for (const q of questions) {
    const day = dayOf(q.at);
    const isAnswered = answered.has(q.verdict);
    const key = JSON.stringify([day, q.guildId ?? '', q.entryId ?? '', isAnswered]);
    daily.set(key, (daily.get(key) ?? 0) + 1);
    if (isAnswered || !q.normalized) continue;
    const textKey = JSON.stringify([day, q.guildId ?? '', q.normalized]);
    unanswered.set(textKey, (unanswered.get(textKey) ?? 0) + 1);
  }
  const result: DailyCounts = { daily: [[], [], [], [], []], unanswered: [[], [], [], []] };
  for (const key of [...daily.keys()].sort()) {
    const [day, guild, entry, isAnswered] = JSON.parse(key) as [number, string, string, boolean];
    result.daily[0].push(day);
    result.daily[1].push(guild);
    result.daily[2].push(entry);
    result.daily[3].push(isAnswered);
    result.daily[4].push(daily.get(key) ?? 0);
  }
  for (const key of [...unanswered.keys()].sort()) {
    const [day, guild, normalized] = JSON.parse(key) as [number, string, string];
    result.unanswered[0].push(day);
    result.unanswered[1].push(guild);
    result.unanswered[2].push(normalized);
    result.unanswered[3].push(unanswered.get(key) ?? 0);
  }
  return result;
}

/** The daily tables' key columns, as `unnest` gives them, and their types. */
export const DAILY_COLUMNS = 'unnest($1::integer[], $2::text[], $3::text[], $4::boolean[], $5::integer[])';
export const UNANSWERED_COLUMNS = 'unnest($1::integer[], $2::text[], $3::text[], $4::integer[])';
