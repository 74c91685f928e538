/**
 * The floors and targets the suite and `npm run eval` hold the matcher to (evaluate.ts scores):
 * the floors only ever move with a reason written beside them.
 */
import type { EvalReport } from './evaluate.ts';

/**
 * The floors the test suite holds the matcher to on tests/eval/questions.yaml, all at once: top-1,
 * top-3 and MRR no lower than before the real-phrasing work (0.95 / 0.99 / 0.97).
 */
export const EVAL_FLOORS = { top1: 0.95, top3: 0.99, mrr: 0.97, refused: 0.92, answered: 0.95 } as const;

/** Whether a report on questions.yaml meets every floor. */
export function meetsFloors(r: EvalReport): boolean {
  return (
    r.top1 >= EVAL_FLOORS.top1 &&
    r.top3 >= EVAL_FLOORS.top3 &&
    r.mrr >= EVAL_FLOORS.mrr &&
    r.refused >= EVAL_FLOORS.refused &&
    r.answered >= EVAL_FLOORS.answered
  );
}

/** The targets on tests/eval/real-phrasings.yaml, to be met on each half (the tuned one and the other). */
export const REAL_PHRASING_TARGETS = { answeredCorrectly: 0.85, top3: 0.95, refused: 0.9 } as const;

/**
 * What the suite holds the matcher to on the real phrasings today, so that no change slips back
 * unnoticed: the figures reached on each half. Neither half meets the targets now; `npm run eval`
 * still measures both against them (see bench/RESULTS.md). The floors went down as new posts
 * joined the set, each batch measured before anything was tuned on it: 62 posts (363 in all),
 * then 61 (424 in all), whose tuning-half share took that half below the targets too. The held-out
 * floors then lost one post each (0.66 → 0.65 answered right, 0.89 → 0.88 top-3) when a phrase said
 * once came to weigh once however many synonymous keywords name it: a consistency fix chosen on
 * the tuning half, where it changed no figure but the runner-ups (bench/NOTES.md, seventh session).
 * The eighth session's 90 posts, measured before anything was tuned on them, took both halves
 * down again (tuning half 0.85 → 0.79 answered right, held-out 0.66 → 0.61). The ninth session's
 * knowledge fixes (the December 2026 review: ten topics the article does not address, routes the
 * article does not support removed, a card cut to one paragraph) took the tuning half to 0.765 and
 * the held-out half to 0.593: posts the labels credit to an entry now get "does not address"
 * (1918–20) or the entry the review routes them to (bench/NOTES.md, ninth session). When town
 * names stopped being scope terms (sixteenth session: "Hadrut" sent an extermination claim away),
 * the words alone answered one more tuning-half post right and refused one fewer (a Spanish news
 * sentence on Shushi's capture): refused 0.826 → 0.815. The hybrid matcher refuses it still.
 */
export const REAL_PHRASING_FLOORS = {
  tune: { answeredCorrectly: 0.76, top3: 0.92, refused: 0.81 },
  test: { answeredCorrectly: 0.59, top3: 0.87, refused: 0.72 },
} as const;

/**
 * The same for the hybrid matcher (the default when the model is there), eighth session, with the
 * eighth session's 90 posts in the set (measured before any tuning: the words alone answered 0.52
 * of their tuning-half share right and refused 0.59): at or above the words alone on every figure
 * of both halves. The fresh batch is held to what it gave the first time it was run. Lowered with
 * the ninth session's knowledge fixes as the words' floors were (tuning half 0.795 → 0.771
 * answered right; held-out 0.605 → 0.599 answered right, 0.722 → 0.709 refused, the last when
 * bare years and "Washington" stopped naming topics the article does not address). Raised in the
 * twelfth session, when the fused score came to pick among entries the words find close
 * (answered right: tuning half 0.771 → 0.783, held-out 0.599 → 0.633). Moved in the seventeenth,
 * when the meaning came to veto the words' answer to a message with words they do not know
 * (meaningVetoUnknown): wrong cards 28 → 18 on the tuning half, 56 → 32 held out; off-topic
 * refused 0.848 → 0.870 and 0.722 → 0.861; answered right 0.789 → 0.753 and 0.633 → 0.588.
 */
export const HYBRID_FLOORS = {
  tune: { answeredCorrectly: 0.75, top3: 0.93, refused: 0.86 },
  test: { answeredCorrectly: 0.58, top3: 0.92, refused: 0.85 },
} as const;

/** Whether a report meets a set of real-phrasing figures. */
export function meets(
  r: EvalReport,
  figures: { readonly answeredCorrectly: number; readonly top3: number; readonly refused: number },
): boolean {
  return r.answeredCorrectly >= figures.answeredCorrectly && r.top3 >= figures.top3 && r.refused >= figures.refused;
}
