/** Most characters of a question kept. */
export const MAX_STORED_CHARS = 300;

/** Whole UTC days since the epoch: how questions are counted per day. */
export const dayOf = (ms: number): number => Math.floor(ms / 86_400_000);

/**
 * A question as stored: mentions of people, roles and channels replaced by what they are (an id
 * in a question names someone who did not ask; /insights would show it), whitespace collapsed,
 * trimmed, capped.
 */
export function storedText(question: string): string {
  return question
    .replace(/<@!?\d+>/g, '@user')
    .replace(/<@&\d+>/g, '@role')
    .replace(/<#\d+>/g, '#channel')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STORED_CHARS);
}

/**
 * A question as grouped: case, accents' forms, punctuation and spacing set aside, so that
 * "Was Karabakh a colony?" and "was karabakh a colony" count as one.
 */
export function normalizedText(question: string): string {
  return storedText(question)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
