/**
 * Replies as plain data. The core builds them; each edge renders them: the Discord adapter as
 * embeds and components, the console and the `ask` CLI as text. Nothing here knows discord.js.
 */

import { english, type Translate } from '../text/i18n/i18n.ts';

/** The kind of a card, which sets its colour in Discord. */
export type Tone = 'answer' | 'browse' | 'notice' | 'error';

/** A titled block of text with fields: an embed in Discord, a paragraph block on a console. */
export interface Card {
  readonly tone: Tone;
  readonly title?: string;
  /** Where the title links to. */
  readonly url?: string;
  readonly description?: string;
  /** A verbatim excerpt, shown as a block quote under the description. */
  readonly quote?: string;
  readonly fields?: readonly { readonly name: string; readonly value: string }[];
  readonly footer?: string;
}

/** Something the user can click or choose. `id` is a custom id from custom-id.ts. */
export type Control =
  | { readonly kind: 'button'; readonly id: string; readonly label: string; readonly primary?: boolean }
  | { readonly kind: 'link'; readonly url: string; readonly label: string }
  | {
      readonly kind: 'select';
      readonly id: string;
      readonly placeholder: string;
      readonly options: readonly { readonly value: string; readonly label: string; readonly description?: string }[];
    };

/** A whole reply: optional plain text, cards, rows of controls, and who sees it. */
export interface Reply {
  readonly content?: string;
  readonly cards: readonly Card[];
  readonly rows: readonly (readonly Control[])[];
  /** Only the person who asked sees it. */
  readonly ephemeral: boolean;
  /**
   * An answer worth moving between private and public (an answer, a passage, suggestions, a
   * counter): in Discord a private one can be posted to the channel, a public one deleted.
   */
  readonly shareable?: boolean;
  /** Users the reply may ping, and only these: the one an asker chose with "for:". */
  readonly pings?: readonly string[];
}

/** A one-card notice seen only by the person concerned. */
export function notice(title: string, description: string, tone: Tone = 'notice'): Reply {
  return { cards: [{ tone, title, description }], rows: [], ephemeral: true };
}

/** The reply to a handler that failed unexpectedly: no details, an id to quote to the admins. */
export function errorReply(errorId: string): Reply {
  return notice(
    'Something went wrong',
    `Something went wrong on our side (error id \`${errorId}\`). It has been logged; please try again, and ` +
      `quote the id to the server's admins if it keeps happening.`,
    'error',
  );
}

/**
 * The polite answer to asking again too soon, with a live countdown: Discord shows
 * `<t:…:R>` as "in 4 seconds", ticking (the console prints it the same way).
 */
export function cooldownReply(waitMs: number, now = Date.now(), t: Translate = english): Reply {
  const at = Math.ceil((now + Math.max(1000, waitMs)) / 1000);
  return notice(t('controls.cooldownTitle'), t('controls.cooldown', { at: `<t:${at}:R>` }));
}

/**
 * Fits text into a length limit by cutting at a word boundary and adding an ellipsis: text never
 * makes Discord reject a reply, and a cut never falls inside a word (unless one word is longer
 * than the limit).
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = graphemesWithin(text, Math.max(0, max - 1));
  if (max <= 1) return cut;
  const atSpace = cut.replace(/\s+\S*$/, '');
  return `${atSpace.length >= max / 2 ? atSpace : cut}…`;
}

// Made on first cut: building a segmenter costs start-up time most runs need not pay.
let graphemes: Intl.Segmenter | undefined;

/** The longest start of `text` of at most `max` UTF-16 units that ends between two graphemes. */
function graphemesWithin(text: string, max: number): string {
  let end = 0;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { index, segment } of graphemes.segment(text.slice(0, max + 16))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
