import type { EvalQuestion } from './eval-set.ts';

/** What any ranking method gives for a question: whether it answers, and its ranked entry ids. */
export interface Ranking {
  readonly answered: boolean;
  readonly ids: readonly string[];
}

/** A question the method got wrong, and how. */
export interface Miss {
  readonly question: string;
  readonly expected: readonly string[];
  readonly got: readonly string[];
  readonly answered: boolean;
  readonly problem: 'wrong first' | 'not in top 3' | 'refused' | 'answered off-topic';
}

/** The figures of one evaluation run. On-topic rates are over on-topic questions only. */
export interface EvalReport {
  readonly onTopic: number;
  readonly offTopic: number;
  /** The first-ranked entry is a right one. */
  readonly top1: number;
  /** A right entry is among the first three. */
  readonly top3: number;
  /** Mean reciprocal rank of the first right entry (0 when none in the top 3). */
  readonly mrr: number;
  /** Share of on-topic questions answered (not refused). */
  readonly answered: number;
  /** Share of on-topic questions answered with a right first entry. */
  readonly answeredCorrectly: number;
  /** Share of off-topic questions refused. */
  readonly refused: number;
  /**
   * Replies that post a card that is wrong: a wrong first entry answered, or an off-topic question
   * answered. The shares above count a wrong card and a refusal alike; in a channel where both
   * sides argue, a wrong card costs more (the refusal offers the next step).
   */
  readonly wrongCards: number;
  readonly misses: readonly Miss[];
}

/** Runs every question through `rank` and scores the results. */
export function evaluate(questions: readonly EvalQuestion[], rank: (question: string) => Ranking): EvalReport {
  let top1 = 0,
    top3 = 0,
    rr = 0,
    answered = 0,
    answeredCorrectly = 0,
    refused = 0,
    wrongCards = 0,
    onTopic = 0;
  const misses: Miss[] = [];
  for (const { question, expected } of questions) {
    const result = rank(question);
    const got = result.ids.slice(0, 3);
    if (expected.length === 0) {
      if (!result.answered) refused++;
      else {
        wrongCards++;
        misses.push({ question, expected, got, answered: true, problem: 'answered off-topic' });
      }
      continue;
    }
    onTopic++;
    const position = got.findIndex((id) => expected.includes(id));
    if (position === 0) top1++;
    if (position >= 0) {
      top3++;
      rr += 1 / (position + 1);
    }
    if (result.answered) answered++;
    if (result.answered && position === 0) answeredCorrectly++;
    if (result.answered && position !== 0) wrongCards++;
    const problem =
      position < 0 ? 'not in top 3' : position > 0 ? 'wrong first' : result.answered ? undefined : 'refused';
    if (problem) misses.push({ question, expected, got, answered: result.answered, problem });
  }
  const offTopic = questions.length - onTopic;
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    onTopic,
    offTopic,
    top1: share(top1, onTopic),
    top3: share(top3, onTopic),
    mrr: share(rr, onTopic),
    answered: share(answered, onTopic),
    answeredCorrectly: share(answeredCorrectly, onTopic),
    refused: share(refused, offTopic),
    wrongCards,
    misses,
  };
}
