/**
 * Replies as plain data. The core builds them; each edge renders them: the Discord adapter as
 * embeds and components, the console and the `ask` CLI as text. Nothing here knows discord.js.
 */

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
}

/** A one-card notice seen only by the person concerned. */
export function notice(title: string, description: string, tone: Tone = 'notice'): Reply {
  return { cards: [{ tone, title, description }], rows: [], ephemeral: true };
}
