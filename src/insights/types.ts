// The shapes insights record, kept where the stores define them (src/stores/records.ts) and
// named here too for the modules that import them from insights (question-event.ts).
export type {
  EntryPoint,
  InsightsSummary,
  QuestionEvent,
  ReloadEvent,
  ServerSettings,
  VoteOutcome,
} from '../stores/records.ts';
export { ANSWERED_VERDICTS } from '../stores/records.ts';
export type { StoreLog as InsightsLog } from '../stores/availability.ts';
