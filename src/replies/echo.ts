import { fitText } from './view.ts';

// Terminal escape sequences (CSI "ESC [ … letter", OSC "ESC ] … BEL/ST", and two-character
// ones), then every other control character but tab and line feed, C1 controls included, and the
// bidi overrides that can make echoed text read backwards.
const ESCAPES =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without terminal escape sequences or control characters: safe to print. */
export function withoutControls(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

// Everything Discord's markdown gives a meaning to: emphasis, code, spoilers, quotes, headings,
// lists, masked links, mentions and custom emoji.
const MARKDOWN = /[\\*_~`|>#[\]()<@]/g;

/**
 * What a user typed, to be shown back inside a reply (in Discord): controls removed, mentions
 * turned into plain words ("<@123>" reads "@user", "@everyone" can no longer ping), markdown
 * escaped so that "[click](https://…)" stays text, cut to `max` characters on a grapheme boundary.
 */
export function echoed(text: string, max: number): string {
  const plain = withoutControls(text)
    // Mentions read as what they name, and can never become mentions again.
    .replace(/<@[!&]?\d+>/g, (m) => (m.startsWith('<@&') ? '@role' : '@user'))
    .replace(/<#\d+>/g, '#channel')
    .replace(/@(everyone|here)\b/g, '@\u200b$1')
    .replace(/\s+/g, ' ')
    .trim();
  return fitText(plain, max).replace(MARKDOWN, (ch) => `\\${ch}`);
}
