/**
 * The patterns that tell chat (greetings, thanks, small talk) from debate messages. They run on
 * folded text (lower case ASCII, punctuation gone: "what's up?" is "whats up"), as every reading
 * pattern does (pattern-parts.ts).
 */
import { GREETING, SMALL_TALK, THANKS, TO_WHOM } from './chat-words.ts';
import { oneOf, pattern } from './pattern-parts.ts';

/** Only greetings, thanks and small talk. */
export const CHAT = pattern(
  '^((bot|counterpoint) )?((',
  GREETING,
  '|',
  THANKS,
  '|',
  SMALL_TALK,
  ')',
  TO_WHOM,
  String.raw`\s*)+$`,
);
/** A greeting or thanks before the rest of a message. */
export const GREETING_FIRST = pattern(
  '^(',
  GREETING,
  '|',
  THANKS,
  ')( (everyone|all|guys|yall|folks|there|bot|counterpoint))? ',
);
/** The first words of chat that goes on ("ty that helped a lot", "cool, interesting read"). */
export const CHAT_MARK = pattern(
  '^',
  oneOf(
    'ty',
    'thanks?',
    'thank (you|u)',
    'thx',
    'ok',
    'okay',
    'haha+',
    'lol',
    'cool',
    'nice',
    'great',
    'awesome',
    'wow',
    'good ?night',
    'night',
    'gn',
    'bye',
    'fair enough',
    'interesting',
    'makes sense',
    'got it',
    'gotcha',
    'noted',
  ),
  String.raw`\b`,
);

/** Thanks, first in the message ("thanks bot", "ty, that helped", "that helped a lot"). */
export const THANKS_FIRST = pattern('^(', THANKS, String.raw`|(that|this|it) (helped|helps)|appreciated?)\b`);
