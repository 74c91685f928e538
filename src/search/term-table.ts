import { eachFoldedWord } from '../text/normalize.ts';
import { isContentWord, stemWord } from '../text/tokens.ts';

const NOT_CONTENT = -1;

/**
 * The index term of a keyword's word in the exact form written: "=" and the folded word (no stem
 * starts with "="). A keyword's own form says a little more than its stem: "arguing" is rarer
 * than "argu" (argue, argument, arguments), so a question using an entry's keyword as written
 * favours that entry over one that has only a word of the same stem.
 */
export function exactKey(word: string): string {
  return `=${word}`;
}

/** A TermTable as plain arrays. */
export interface TermTableSnapshot {
  readonly words: readonly string[];
  /** Stem id of each word, or -1 for a stop word. */
  readonly wordIds: Int32Array;
  readonly stems: readonly string[];
}

/**
 * Interns the content words of a knowledge base: each distinct stem gets a small integer id, and
 * each distinct word is folded, filtered and stemmed once. Indexing then works on integer arrays,
 * which is what keeps building the index for 10,000 entries under a second.
 */
export class TermTable {
  /** Word → id of its stem, or NOT_CONTENT for stop words and single letters. */
  private readonly byWord = new Map<string, number>();
  private readonly byStem = new Map<string, number>();
  /** Stem of each id. */
  readonly stems: string[] = [];

  /**
   * `ignored`: words that are not content here though they are elsewhere (a publisher's name, see
   * publisher-words.ts). A restored table tokenises nothing, so it needs none.
   */
  constructor(private readonly ignored: ReadonlySet<string> = new Set()) {}

  /** Calls `visit` with the stem id of each of a text's content words, in order, duplicates kept. */
  eachTerm(text: string, visit: (term: number) => void): void {
    eachFoldedWord(text, (word) => {
      let id = this.byWord.get(word);
      if (id === undefined) {
        id = isContentWord(word) && !this.ignored.has(word) ? this.intern(stemWord(word)) : NOT_CONTENT;
        this.byWord.set(word, id);
      }
      if (id !== NOT_CONTENT) visit(id);
    });
  }

  /** The stem ids of a text's content words, in order. */
  termsOf(text: string): number[] {
    const ids: number[] = [];
    this.eachTerm(text, (id) => ids.push(id));
    return ids;
  }

  /**
   * Calls `visit` with the id of the exact form of each content word of a text whose stem differs
   * from it ("=arguing" beside "argu"): see exactKey. The words must have been seen by eachTerm.
   */
  eachExact(text: string, visit: (term: number) => void): void {
    eachFoldedWord(text, (word) => {
      const id = this.byWord.get(word);
      if (id !== undefined && id !== NOT_CONTENT && this.stems[id] !== word) visit(this.intern(exactKey(word)));
    });
  }

  /** The stem of an id. */
  stemOf(id: number): string {
    return this.stems[id] ?? '';
  }

  /** The id of a term that is not a word of any text, such as a phrase (see phrases.ts). */
  internTerm(term: string): number {
    return this.intern(term);
  }

  /** The id of a stem, if any text had it. */
  idOf(stem: string): number | undefined {
    return this.byStem.get(stem);
  }

  /** The table as arrays (words with their stem ids, and the stems), to rebuild it in another thread. */
  snapshot(): TermTableSnapshot {
    const words = [...this.byWord.keys()];
    const wordIds = Int32Array.from(words, (w) => this.byWord.get(w) ?? NOT_CONTENT);
    return { words, wordIds, stems: [...this.stems] };
  }

  /** A table from its snapshot: no text is tokenised again. */
  static restore(snapshot: TermTableSnapshot): TermTable {
    const table = new TermTable();
    snapshot.stems.forEach((stem, id) => {
      table.stems.push(stem);
      table.byStem.set(stem, id);
    });
    snapshot.words.forEach((word, i) => table.byWord.set(word, snapshot.wordIds[i] ?? NOT_CONTENT));
    return table;
  }

  /** Every distinct content word seen: the vocabulary typo correction works on. */
  *words(): Iterable<string> {
    for (const [word, id] of this.byWord) if (id !== NOT_CONTENT) yield word;
  }

  private intern(stem: string): number {
    let id = this.byStem.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stem);
      this.byStem.set(stem, id);
    }
    return id;
  }
}
