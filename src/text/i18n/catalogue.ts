// The shape every catalogue has: the English one's, with every leaf a string. A translation typed
// `Catalogue` that lacks a key, or has one too many, fails `tsc`; the test checks the rest.
import type { en } from './en.ts';

/** A catalogue's shape: nested groups of strings, as in English. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** One language's interface strings, shaped as the English catalogue. */
export type Catalogue = Shape<typeof en>;

/** Every dotted key of a catalogue: "answer.readArticle". */
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the interface strings. */
export type MessageKey = Keys<Catalogue>;
