import type { AuditStore } from '../stores/audit.ts';
import type { QuestionStore } from '../stores/questions.ts';
import type { InsightsSummary, Period } from '../stores/records.ts';

/** Reloads listed by /insights and `npm run insights`. */
const RELOADS_SHOWN = 5;

/** What /insights shows for a period: the questions' and votes' figures, and the last reloads. */
export async function insightsSummary(
  questions: QuestionStore,
  audit: AuditStore,
  period: Period,
): Promise<InsightsSummary> {
  const [figures, reloads] = await Promise.all([
    questions.summary(period),
    audit.reloads(RELOADS_SHOWN, period.guildId),
  ]);
  return { ...figures, reloads };
}
