// The `ask` CLI's answers as text: for a person, and one line per question for a batch.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Reading } from '../reading/reading.ts';
import type { Stance } from '../reading/stance.ts';
import { attributionFooter, sidedBody } from '../replies/answer-parts.ts';
import { withoutControls } from '../replies/echo.ts';
import { notAddressedLine } from '../replies/not-answered-replies.ts';
import { referenceLine } from '../replies/reference.ts';
import { renderText } from '../replies/text-render.ts';
import type { Reply } from '../replies/view.ts';
import type { MatchResult } from '../search/matcher.ts';

/** A message as read, for a person: the answer as askText gives it, else the reply as text. */
export function readingText(kb: KnowledgeBase, reading: Reading, reply: Reply): string {
  return reading.match ? askText(kb, reading.match, reading.stance) : renderText(reply);
}

/** A message as read, on one line of a batch: the question, then what it got. */
export function oneLine(reading: Reading): string {
  const result = reading.match;
  const picks = reading.picks.map((e) => e.id).join(', ') || '-';
  if (!result) return `${withoutControls(reading.text)}\t=> ${reading.kind}: ${picks}`;
  const [best] = result.candidates;
  // The question goes back to a terminal: no escape sequences from a batch file reach it.
  const question = withoutControls(result.question);
  if (result.answered && best)
    return `${question}\t=> ${best.entry.id} (${best.score.toFixed(2)}): ${best.entry.topic}`;
  if (result.verdict === 'out-of-scope') return `${question}\t=> not addressed: ${result.notAddressed.join('; ')}`;
  return `${question}\t=> not answered; closest: ${result.suggestions.map((c) => c.entry.id).join(', ') || 'none'}`;
}

/** The `ask` CLI's answer for a person: topic, claim, rebuttal, quote, reference, then the runner-ups. */
export function askText(kb: KnowledgeBase, result: MatchResult, stance: Stance = 'question'): string {
  const [best, ...rest] = result.candidates;
  const lines: string[] = [];
  const list = (candidates: typeof result.candidates, from: number) =>
    candidates.map(
      (c, i) =>
        `  ${i + from}. ${c.entry.topic}\n     [${c.entry.id}] ${referenceLine(kb, c.entry)} ` +
        `(score ${c.score.toFixed(2)})`,
    );
  if (result.verdict === 'other-language') {
    lines.push(
      `Not read: the question looks like ${result.language ?? 'another language'}; Counterpoint reads English ` +
        `only, and the article is in English.`,
    );
  } else if (result.verdict === 'out-of-scope') {
    lines.push(`Not addressed: ${notAddressedLine(kb, result.notAddressed)}`);
  } else if (result.answered && best) {
    const { entry } = best;
    const body = sidedBody(entry, stance).replace(/\*\*/g, '');
    lines.push(entry.topic, body, '', `  "${entry.quote}"`, '', referenceLine(kb, entry));
    for (const note of entry.notes) lines.push(`Editor's note (${note.date}): ${note.text} (${note.source})`);
    if (result.notAddressed.length > 0) lines.push(`Not in the article: ${notAddressedLine(kb, result.notAddressed)}`);
    lines.push(attributionFooter(kb.sourceById.get(entry.source)));
    if (result.close.length > 0) lines.push('', 'Close call: the next candidates score nearly as well.');
    if (rest.length > 0) lines.push('', 'Other candidates:', ...list(rest.slice(0, 2), 2));
  } else {
    lines.push('Not answered: the article does not clearly address this question.');
    if (result.suggestions.length > 0) lines.push('', 'Closest arguments:', ...list(result.suggestions, 1));
    else lines.push('Try other words, or browse the sections with /section in Discord (or the console).');
  }
  // An entry already offered as closest is not raised again.
  const offered = new Set(result.answered ? [] : result.suggestions.map((c) => c.entry.id));
  const raised = result.alsoRaises.filter((c) => !offered.has(c.entry.id));
  if (raised.length > 0) lines.push('', 'This message also raises:', ...list(raised, 1));
  return lines.join('\n');
}
