// The insights bench's workload: recorded questions spread over 90 days and 20 servers, from a
// fixed number of the evaluation sets' texts.
import type { QuestionEvent } from '../src/stores/records.ts';

/** One day in milliseconds. */
export const DAY = 86_400_000;
const VERDICTS = ['clear', 'clear', 'close', 'not-answered', 'out-of-scope'];
/**
 * The workload's distinct texts: a fixed number, so that it stays the same as the evaluation
 * sets grow. It once cycled through all of them with verdicts by position, and each new eval
 * text changed how many distinct unanswered questions there were (616 with 420 texts, over
 * 3,000 with 462), and with them the /insights figures (12.9 → 153 → 194 ms), the code unchanged.
 */
const TEXTS = 420;

/**
 * Questions `start` to `start + count` of `total`, spread evenly over 90 days and 20 servers, from
 * the first TEXTS of `texts`, 40% not answered. A text always gets the same verdict, as from the
 * matcher, which is deterministic.
 */
export function events(
  count: number,
  texts: readonly string[],
  ids: readonly string[],
  now: number,
  start = 0,
  total = count,
): QuestionEvent[] {
  const pool = Math.min(TEXTS, texts.length);
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    const t = i % pool;
    const verdict = VERDICTS[t % VERDICTS.length] ?? 'clear';
    const entry = ids[(i * 7) % ids.length] ?? 'e';
    return {
      at: now - Math.floor((i / total) * 90 * DAY),
      guildId: `13000000000000000${String(i % 20).padStart(2, '0')}`,
      via: 'ask',
      question: `${texts[t] ?? ''}${i % 3 === 0 ? '' : ` ${i % 50}`}`,
      verdict,
      entryId: verdict.startsWith('c') ? entry : undefined,
      candidates: [[entry, 0.8]],
      latencyMs: 0.2,
    };
  });
}
