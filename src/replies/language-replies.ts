import type { KnowledgeBase } from '../knowledge/types.ts';
import type { OtherLanguage } from '../text/language.ts';
import { nextStepButtons } from './not-answered-replies.ts';
import type { Reply } from './view.ts';
import { citations } from './reference.ts';

/** "This bot reads English; the article is in English too", in each language it tells apart. */
const READS_ENGLISH: Readonly<Record<OtherLanguage, string>> = {
  Turkish: 'Bu bot yalnızca İngilizce okuyor; makale de İngilizce.',
  Azerbaijani: 'Bu bot yalnız ingilis dilində oxuyur; məqalə də ingilis dilindədir.',
  Russian: 'Бот читает только по-английски; статья тоже на английском.',
  Ukrainian: 'Бот читає лише англійською; стаття теж англійською.',
  Armenian: 'Բոտը կարդում է միայն անգլերեն, հոդվածը նույնպես անգլերեն է։',
};

/** A message in a language the bot does not read: say so, in that language too, and what to do instead. */
export function otherLanguageReply(kb: KnowledgeBase, language: OtherLanguage): Reply {
  const cited = citations(kb);
  const description = [
    `That message looks like it is in ${language}. Counterpoint reads English only, and ${cited} is in ` +
      `English, so it cannot tell which of the article's arguments the message is about.`,
    READS_ENGLISH[language],
    'Ask again in English (a few words are enough, e.g. “was Karabakh a colony?”), or browse the article’s ' +
      'arguments with /section.',
  ].join('\n\n');
  const card = { tone: 'notice' as const, title: 'Counterpoint reads English', description };
  return { cards: [card], rows: [nextStepButtons(kb, 'ephemeral')], ephemeral: true };
}
