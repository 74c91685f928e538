/**
 * The parts the reading patterns are written with (chat-, about-, topic- and shape-patterns.ts). They
 * run on folded text (lower case ASCII, punctuation gone), so they need no case or punctuation.
 */

/** One of the alternatives, as a group. */
export const oneOf = (...alternatives: string[]): string => `(${alternatives.join('|')})`;

/** A pattern from parts written on several lines. */
export const pattern = (...parts: string[]): RegExp => new RegExp(parts.join(''));

/** A word boundary. */
export const B = String.raw`\b`;
