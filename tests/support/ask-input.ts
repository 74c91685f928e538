import { chatInput, type Sender } from './interactions.ts';

/** An /ask of `question`, with any other options, sent by `sender` (a member of the test guild by default). */
export const askInput = (question: string, extra: readonly Record<string, unknown>[] = [], sender?: Sender) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }, ...extra], sender);
