import { readMessage } from '../reading/reading.ts';
import type { HybridMatcher } from '../search/hybrid-matcher.ts';
import { FRESH_BATCH_3_FILE, FRESH_BATCH_4_FILE, FRESH_BATCH_5_FILE, readRealPhrasings } from './eval-set.ts';
import {
  KIND_SET_FILE,
  KINDS,
  overall,
  perLabel,
  type PerLabel,
  readKindSet,
  readStanceSet,
  STANCE_FRESH_2_FILE,
  STANCES,
} from './side-sets.ts';
import type { ReplyKind } from '../reading/message-kind.ts';
import type { Stance } from '../reading/stance.ts';

/** The fresh kind batch: written after the kind rules, by someone who had not seen them. */
export const KIND_FRESH_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh');
/** The second, written after the rules were revised (the first had been read once by then). */
export const KIND_FRESH_2_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh-2');
/**
 * The third and fourth, written blind in the twelfth session, after the first two became the kind
 * classifier's examples (reading/kind-examples): the only kind sets the classifier has not learnt from.
 */
export const KIND_FRESH_3_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh-3');
export const KIND_FRESH_4_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh-4');
/** The fifth, written blind before the classifier took the entries' claims as examples of arguments. */
export const KIND_FRESH_5_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh-5');
/** The sixth, written blind in the thirteenth session before the classifier learnt from written examples. */
export const KIND_FRESH_6_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh-6');
/** The seventh, written blind in the seventeenth session while that session's kind rules were made. */
export const KIND_FRESH_7_FILE = KIND_SET_FILE.replace('kind-set', 'kind-fresh-7');

/** The kind sets, each with its key in the report and its line's label, in the order they are printed. */
const KIND_SETS = [
  { key: 'kinds', file: KIND_SET_FILE, label: "kind set (the classifier's examples)" },
  { key: 'kindsFresh', file: KIND_FRESH_FILE, label: "first fresh batch (the classifier's examples)" },
  { key: 'kindsFresh2', file: KIND_FRESH_2_FILE, label: "second fresh batch (the classifier's examples)" },
  {
    key: 'kindsFresh3',
    file: KIND_FRESH_3_FILE,
    label: 'third fresh batch (never learnt from, gates tuned on it; target 0.90)',
  },
  {
    key: 'kindsFresh4',
    file: KIND_FRESH_4_FILE,
    label: 'fourth fresh batch (never learnt from, gates tuned on it; target 0.90)',
  },
  {
    key: 'kindsFresh5',
    file: KIND_FRESH_5_FILE,
    label: 'fifth fresh batch (never learnt from, gates tuned on it; target 0.90)',
  },
  { key: 'kindsFresh6', file: KIND_FRESH_6_FILE, label: 'sixth fresh batch (never learnt from; target 0.90)' },
  {
    key: 'kindsFresh7',
    file: KIND_FRESH_7_FILE,
    label: 'seventh fresh batch (blind; one fix made after reading it; target 0.90)',
  },
] as const;
type KindSetKey = (typeof KIND_SETS)[number]['key'];

/** How well the side and the kind of reply are read, per label, on each set. */
export type SideReport = {
  readonly stance: PerLabel<Stance>;
  /** The side on the third fresh batch of real posts (labelled with sides too, never tuned on). */
  readonly stanceFresh3: PerLabel<Stance>;
  /** The side on the fourth fresh batch (sixteenth session), never tuned on. */
  readonly stanceFresh4: PerLabel<Stance>;
  /** The side on the fifth fresh batch (seventeenth session), never tuned on. */
  readonly stanceFresh5: PerLabel<Stance>;
  /** The side on the second stance batch, collected blind in the thirteenth session. */
  readonly stanceFresh2: PerLabel<Stance>;
} & { readonly [K in KindSetKey]: PerLabel<ReplyKind> };

/** Reads every message of the stance and kind sets as the bot would, and scores them. */
export async function sideReport(matcher: HybridMatcher): Promise<SideReport> {
  const stancePairs = async (file?: string) => {
    const pairs: (readonly [Stance, Stance])[] = [];
    for (const item of await readStanceSet(file))
      pairs.push([item.stance, (await readMessage(matcher, item.text)).stance]);
    return pairs;
  };
  const freshPairs = async (file: string) => {
    const pairs: (readonly [Stance, Stance])[] = [];
    for (const item of await readRealPhrasings(file))
      if (item.stance) pairs.push([item.stance, (await readMessage(matcher, item.text)).stance]);
    return pairs;
  };
  const kinds = {} as Record<KindSetKey, PerLabel<ReplyKind>>;
  for (const { key, file } of KIND_SETS) {
    const pairs: (readonly [ReplyKind, ReplyKind])[] = [];
    for (const item of await readKindSet(file)) pairs.push([item.kind, (await readMessage(matcher, item.text)).kind]);
    kinds[key] = perLabel(KINDS, pairs);
  }
  return {
    stance: perLabel(STANCES, await stancePairs()),
    stanceFresh2: perLabel(STANCES, await stancePairs(STANCE_FRESH_2_FILE)),
    stanceFresh3: perLabel(STANCES, await freshPairs(FRESH_BATCH_3_FILE)),
    stanceFresh4: perLabel(STANCES, await freshPairs(FRESH_BATCH_4_FILE)),
    stanceFresh5: perLabel(STANCES, await freshPairs(FRESH_BATCH_5_FILE)),
    ...kinds,
  };
}

const share = (row: { n: number; right: number }) => (row.n === 0 ? '-' : (row.right / row.n).toFixed(3));

/** The report as lines for a person: one per set, each label's share right. */
export function sideLines(report: SideReport): string[] {
  const labels = <L extends string>(r: PerLabel<L>, order: readonly L[]) =>
    order.map((l) => `${l} ${share(r[l])} (${r[l].right}/${r[l].n})`).join(', ');
  return [
    `stance (held apart; targets: article and other 0.90, question 0.85): ${labels(report.stance, STANCES)}`,
    `stance, fresh batch 3 (never tuned on): ${labels(report.stanceFresh3, STANCES)}`,
    `stance, fresh batch 4 (never tuned on): ${labels(report.stanceFresh4, STANCES)}`,
    `stance, fresh batch 5 (never tuned on): ${labels(report.stanceFresh5, STANCES)}`,
    `stance, second stance batch (collected blind): ${labels(report.stanceFresh2, STANCES)}`,
    ...KIND_SETS.map(
      ({ key, label }) => `kind, ${label}: ${overall(report[key]).toFixed(3)}: ${labels(report[key], KINDS)}`,
    ),
  ];
}
