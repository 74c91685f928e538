import { foldText } from '../text/normalize.ts';

/**
 * Words that mark which side a message argues, whatever its topic: the names, charges and
 * framings each side uses and the other avoids. They are patterns over the folded text (lower
 * case, ASCII: see foldText), counted once each. Kept short and strong: a cue that both sides use
 * ("war", "Karabakh", "Armenians") tells nothing, and a weak cue makes the bot guess a side, which
 * is worse than the neutral labels it uses when unsure.
 */

/** Cues of the side the article argues: occupation, territorial integrity, separatism. */
export const ARTICLE_CUES: readonly RegExp[] = [
  /\boccup(y|ied|ies|ying|ation|ations|ier|iers|ant|ants)\b/,
  /\bseparatis(t|ts|m)\b/,
  /\bterritorial integrity\b/,
  /\binternationally recogni[sz]ed\b/,
  /\bpuppet\b/,
  /\bterroris(t|ts|m)\b/,
  /\bliberat(e|ed|ion|ing)\b/,
  /\barmenian (aggression|aggressors?|occupiers?|terror)\b/,
  /\bso called\b/,
  /\b(karabakh|karabagh|qarabag) (is|was|will always be) azerbaijan/,
  /\billegal (regime|settlers?|settlements?|entity)\b/,
  /\bazerbaijan(i|'s)? (lands?|territories)\b/,
  /\bno right to (secede|secession|independence)\b/,
  /\bnever (a|been a) colon(y|ies)\b/,
  /\b(azerbaijani|azeri) (idps?|refugees)\b/,
  /\bwestern azerbaijan\b/,
  /\bjunta\b/,
  /\b(territory|part|lands?) of azerbaijan\b/,
  /\bazerbaijan(s)? (territory|sovereign)/,
  /\barmenian (lobby|diaspora propaganda|provocations?)\b/,
  /\b(armenia|armenians|armenian forces) (attacked|shelled|killed|burned|expelled|deported|massacred)\b/,
  /\bprovocations?\b/,
];

/** Cues of the side the article answers: Artsakh, self-determination, ethnic cleansing. */
export const OTHER_CUES: readonly RegExp[] = [
  /\bartsakh\b/,
  /\bethnic(ally)? cleans(e|ed|ing)\b/,
  /\bgenocid(e|al)\b/,
  /\baliyev(s)? (regime|dictatorship)\b/,
  /\bdictator(ship)?\b/,
  /\bindigenous\b/,
  /\bright to (self determination|secede|independence|exist|live)\b/,
  /\barmenian (lands?|homeland)\b/,
  /\b(azerbaijani|azeri|turkish) (aggression|invasion|occupation|mercenaries)\b/,
  /\bjihadis(t|ts|m)\b/,
  /\bpogroms?\b/,
  /\bsumga(y)?it\b/,
  /\b(free|recogni[sz]e|save|stand with) artsakh\b/,
  /\bapartheid\b/,
  /\bpersecut(e|ed|ion)\b/,
  /\bexterminat(e|ed|ion)\b/,
  /\bstarv(e|ed|ing|ation)\b/,
  new RegExp(
    String.raw`\b(azerbaijan|azeris|azerbaijanis|baku|aliyev|turkey|turks) ` +
      String.raw`(attacked|shelled|invaded|killed|bombed|threatens?|persecutes?|starves?|oppress(es)?)\b`,
  ),
  /\b(azerbaijani|azeri|turkish) (oppression|atrocities|war crimes|aggressors?)\b/,
  /\bunprovoked\b/,
];

/**
 * A negation right before a cue, in the same clause ("not occupied", "was never a genocide"):
 * the cue then counts for neither side. Turning it to the other side misread "No, Artsakh is
 * Armenian land" and "integrity doesn't override the right to self-determination".
 */
const NEGATIONS =
  'not|never|no|nor|isnt|wasnt|arent|werent|dont|doesnt|didnt|cant|cannot|wont|shouldnt|nothing|without';
const NEGATED = new RegExp(String.raw`\b(${NEGATIONS})( (a|an|the|been|be|really|even|any))? $`);
/** Where a clause ends: the negation of one clause says nothing of the next. */
const CLAUSE_END = /[,.;:!?()\u2013\u2014]+|\s-\s|\bbut\b/;

/** Counts the distinct cues of each side a text holds, clause by clause; negated cues count for neither. */
export function cueCounts(text: string): { readonly article: number; readonly other: number } {
  const clauses = text
    .split(CLAUSE_END)
    .map(foldText)
    .filter((c) => c !== '');
  const found = (cue: RegExp) =>
    clauses.some((clause) => {
      const at = cue.exec(clause);
      return at !== null && !NEGATED.test(clause.slice(0, at.index));
    });
  return { article: ARTICLE_CUES.filter(found).length, other: OTHER_CUES.filter(found).length };
}
