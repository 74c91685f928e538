import { fitText } from './view.ts';

// Terminal escape sequences (CSI "ESC [ … letter", OSC "ESC ] … BEL/ST", and two-character
// ones), then every other control character but tab and line feed, C1 controls included, and the
// bidi controls that can make echoed text read backwards: embeddings and overrides (U+202A–202E),
// isolates (U+2066–2069), and the left-to-right, right-to-left and Arabic letter marks.
const ESCAPES =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without terminal escape sequences, control or bidi characters: safe to print. */
export function withoutControls(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

// Everything Discord's markdown gives a meaning to anywhere in a line: emphasis, code, spoilers,
// quotes, headings and subtext, masked links, mentions and custom emoji.
const MARKDOWN = /[\\*_~`|>#[\]()<@]/g;
// What makes a list only at the start of a line: "- ", "+ ", "1. ", "1) ".
const LIST_MARKER = /^([-+]|\d+[.)])(?=\s|$)/;
// Server invites, with or without a scheme. Their characters are word characters, dots, slashes
// and a colon: none can end an inline code span.
const INVITE = /(?:https?:\/\/)?(?:www\.)?(?:discord(?:app)?\.com\/invite|discord\.gg)\/[\w-]+/gi;

/** Text with every markdown character escaped, and a leading list marker too. */
const escaped = (text: string, atStart: boolean): string => {
  const marked = text.replace(MARKDOWN, (ch) => `\\${ch}`);
  return atStart ? marked.replace(LIST_MARKER, (m) => `\\${m}`) : marked;
};

/**
 * What a user typed, to be shown back inside a reply (in Discord): controls and bidi characters
 * removed, mentions turned into plain words ("<@123>" reads "@user", "@everyone" can no longer
 * ping), markdown escaped so that "[click](https://…)", "# big", "> quote", "||spoiler||" or
 * "-# small" stay text, and server invites put in inline code so they show as written but render
 * as neither an invite nor a link (a zero-width space would also break them, but silently: the
 * reader would see an invite that does not work). On one line, cut to `max` characters on a
 * grapheme boundary.
 */
export function echoed(text: string, max: number): string {
  const plain = withoutControls(text)
    // Mentions read as what they name, and can never become mentions again.
    .replace(/<@[!&]?\d+>/g, (m) => (m.startsWith('<@&') ? '@role' : '@user'))
    .replace(/<#\d+>/g, '#channel')
    .replace(/@(everyone|here)\b/g, '@\u200b$1')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = fitText(plain, max);
  let out = '';
  let from = 0;
  for (const invite of cut.matchAll(INVITE)) {
    out += `${escaped(cut.slice(from, invite.index), from === 0)}\`${invite[0]}\``;
    from = invite.index + invite[0].length;
  }
  return out + escaped(cut.slice(from), from === 0);
}
