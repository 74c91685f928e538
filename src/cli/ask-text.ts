import type { KnowledgeBase } from '../knowledge/types.ts';
import { attributionFooter } from '../replies/answer-replies.ts';
import { referenceLine } from '../replies/reference.ts';
import type { MatchResult } from '../search/matcher.ts';

/** The `ask` CLI's answer for a person: claim, rebuttal, quote, reference, then the runner-ups. */
export function askText(kb: KnowledgeBase, result: MatchResult): string {
  const [best, ...rest] = result.candidates;
  const lines: string[] = [];
  const list = (candidates: typeof result.candidates, from: number) =>
    candidates.map((c, i) => `  ${i + from}. ${c.entry.claim}\n     [${c.entry.id}] ${referenceLine(kb, c.entry)} (score ${c.score.toFixed(2)})`);
  if (result.answered && best) {
    const { entry } = best;
    lines.push(`Claim: ${entry.claim}`, '', entry.rebuttal, '', `  "${entry.quote}"`, '', referenceLine(kb, entry));
    if (entry.context) lines.push(`Note: ${entry.context}`);
    lines.push(attributionFooter(kb.sourceById.get(entry.source)));
    if (result.close.length > 0) lines.push('', 'Close call: the next candidates score nearly as well.');
    if (rest.length > 0) lines.push('', 'Other candidates:', ...list(rest.slice(0, 2), 2));
  } else {
    lines.push('Not answered: the article does not clearly address this question.');
    if (result.candidates.length > 0) lines.push('', 'Closest arguments:', ...list(result.candidates, 1));
    else lines.push('Try other words, or browse the sections with /section in Discord (or the console).');
  }
  return lines.join('\n');
}
