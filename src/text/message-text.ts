/**
 * What of a Discord message is the writer's own prose. Markup that names no topic is blanked
 * out before matching: user, channel and role mentions (`<@123>`, `<#123>`, `<@&123>`),
 * @everyone and @here, custom emoji (`<:name:123>`), timestamps (`<t:1700000000:R>`), command
 * mentions (`</ask:123>`), links, and code (fenced blocks and inline). A pasted link or stack
 * trace is not a claim, and "Pashinyan <@1234567890>" must not read as the number 1234567890.
 */
const MARKUP = new RegExp(
  [
    '```[\\s\\S]*?(?:```|$)', // fenced code block (an unclosed one runs to the end)
    '`[^`\\n]*`', // inline code
    '<a?:\\w{1,32}:\\d{1,20}>', // custom emoji
    '<(?:@[!&]?|#)\\d{1,20}>', // user, role and channel mentions
    '<t:-?\\d{1,13}(?::[tTdDfFR])?>', // timestamps
    '</[\\w -]{1,96}:\\d{1,20}>', // slash command mentions
    '@(?:everyone|here)\\b',
    '\\b(?:https?|ftp)://\\S+', // links
    '\\bwww\\.\\S+',
    '\\bdiscord(?:app)?\\.(?:gg|com)/\\S+',
  ].join('|'),
  'giu',
);

/**
 * The message with its markup replaced by spaces of the same length, so that offsets into the
 * result are offsets into the message (a claim's span points at what the writer typed).
 */
export function blankMarkup(text: string): string {
  // Most questions hold none of it: one cheap scan first.
  if (!MAYBE_MARKUP.test(text)) return text;
  return text.replace(MARKUP, (found) => ' '.repeat(found.length));
}

/** A character or sequence every piece of markup above contains. */
const MAYBE_MARKUP = /[`<@]|:\/\/|www\.|discord/i;

/**
 * A hashtag's words apart: "#ArmenianGenocide" reads "Armenian Genocide" and
 * "#KarabakhIsAzerbaijan" "Karabakh Is Azerbaijan". Tweets pasted into a channel carry their
 * claims in hashtags, and one run-together word is a word the knowledge base lacks. Only
 * hashtags are split: "ECtHR" in running text is one word.
 */
export function splitHashtags(text: string): string {
  if (!text.includes('#')) return text;
  return text.replace(
    /#([\p{L}\d_]+)/gu,
    (_, tag: string) => ` ${tag.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ').replace(/_/g, ' ')}`,
  );
}
