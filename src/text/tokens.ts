import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { splitHashtags } from './message-text.ts';
import { foldedWords } from './normalize.ts';

// stopword's English list leaves out question words and the words people use to ask *about*
// the article ("what does the article say about…"), which carry no topic; chat filler likewise.
// A publisher's name is not listed: it comes from the source's front matter (publisher_names,
// read by src/search/publisher-words.ts), so that another source needs no change here.
const EXTRA_STOP_WORDS = [
  'why',
  'does',
  'doesn',
  'isn',
  'wasn',
  'aren',
  'don',
  'didn',
  'whether',
  'whats',
  'thats',
  'us',
  'article',
  'articles',
  'author',
  'say',
  'says',
  'said',
  'argue',
  'argues',
  'argued',
  'claim',
  'claims',
  'think',
  'thinks',
  'tell',
  'explain',
  'mention',
  'mentions',
  'talk',
  'talks',
  'anything',
  'something',
  'really',
  'actually',
  'just',
  'even',
  'yes',
  'not',
  'no',
  'nor',
  'so',
  'lol',
  'lmao',
  'pls',
  'plz',
  'please',
  'bro',
  'hey',
  'hi',
  'hello',
  'ok',
  'okay',
  'tho',
  'u',
  'ur',
  'im',
  'ive',
  'id',
  'dont',
  'cant',
  'wont',
  'isnt',
  'doesnt',
  'didnt',
  'wasnt',
  'arent',
  'gonna',
  'shouldnt',
  'wouldnt',
  'couldnt',
  'hasnt',
  'havent',
  'hadnt',
  'werent',
  'aint',
  'theres',
  'whos',
  'hows',
  'wheres',
  'whens',
  'youre',
  'theyre',
  'hes',
  'shes',
  'lets',
  'arguing',
  'saying',
  'mean',
  'wanna',
  'gotta',
  'ya',
  'yeah',
  'yea',
  'true',
  'false',
  'thing',
  'things',
  'one',
  'ones',
  'will',
  'shall',
  'may',
  'also',
  'according',
  'regarding',
  'per',
  'vs',
  'versus',
  // Function words stopword's list lacks: "its" alone matched three entries of a tweet.
  'its',
  'itself',
  'yet',
  'upon',
  'thus',
  'hence',
  'whose',
  'whom',
  'via',
  'onto',
  'toward',
  'towards',
  'unless',
  'although',
  'though',
  'however',
  'therefore',
  'moreover',
  'whereas',
  'whereby',
  'indeed',
  'rather',
  'quite',
  'perhaps',
  'etc',
];

/** Words dropped before matching: English function words, question words and chat filler. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...EXTRA_STOP_WORDS]);

/** One content word of a text: its folded surface form and its Porter stem. */
export interface Token {
  readonly word: string;
  readonly stem: string;
}

/** Whether a folded word carries topic: not a stop word, and not a lone letter or digit. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word);
}

// Stemming is the costliest step of indexing, and a knowledge base repeats its words endlessly.
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;

/** Stems a folded word; numbers and short words stay as they are. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stem = word.length <= 3 || /\d/.test(word) ? word : stemmer(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/** The content tokens of a text, in order, duplicates kept. */
export function contentTokens(text: string): Token[] {
  return foldedWords(splitHashtags(text))
    .filter(isContentWord)
    .map((word) => ({ word, stem: stemWord(word) }));
}
