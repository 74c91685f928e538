// The parts every answer-like card shares: the attribution, the source link, editor's notes, the sided body.
import type { Source } from '../knowledge/source-types.ts';
import type { EditorNote, Entry } from '../knowledge/types.ts';
import type { Stance } from '../reading/stance.ts';
import { monthYear } from '../text/dates.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
import type { Control } from './view.ts';

/** The short line every answer carries: whose argument it is (about one phone line). */
export function attributionFooter(source: Source | undefined): string {
  return source?.attributionLine ?? '';
}

/** The link button to a source. */
export function sourceLink(source: Source | undefined, t: Translate = english): Extract<Control, { kind: 'link' }>[] {
  return source ? [{ kind: 'link', url: source.address, label: t('answer.readArticle') }] : [];
}

/** An editor's note as a field, visibly apart from the article: "Editor's note (September 2023)". */
export function noteField(note: EditorNote, t: Translate = english): { name: string; value: string } {
  const name = t('answer.editorsNote', { date: monthYear(note.date) });
  return { name, value: `${note.text} [${t('answer.source')}](${note.source})` };
}

/**
 * The body of an answer, labelled for the side the asker took. Nobody's words are put in the
 * asker's mouth: the claim is always "the other side's", and when the asker argues the article's
 * own position the card leads with the article's (similar) argument.
 */
export function sidedBody(entry: Entry, stance: Stance, t: Translate = english): string {
  return sidedText(entry.claim, entry.rebuttal, stance, t);
}

/** The body of sidedBody from a claim and a rebuttal as given (a card may have cut them to fit). */
export function sidedText(claim: string | undefined, rebuttal: string, stance: Stance, t: Translate): string {
  if (!claim) return rebuttal;
  const other = `**${t('answer.otherSideArgues')}:** ${claim}`;
  if (stance === 'article') return `**${t('answer.articleSimilar')}:** ${rebuttal}\n\n${other}`;
  const label = t(stance === 'other' ? 'answer.articleResponds' : 'answer.articleAnswer');
  return `${other}\n\n**${label}:** ${rebuttal}`;
}
