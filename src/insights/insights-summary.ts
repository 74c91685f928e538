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

/** The figures of a period before anything was recorded (no database yet): zeros, and no reloads. */
export function emptySummary(period: Period): InsightsSummary {
  const none = { asked: 0, answered: 0, unanswered: [], mostAsked: [], notHelpful: [], reloads: [] };
  return { days: period.days, guildId: period.guildId, perDay: new Array<number>(period.days).fill(0), ...none };
}
