import type { KnowledgeBase } from '../knowledge/types.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
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
export function otherLanguageReply(kb: KnowledgeBase, language: OtherLanguage, t: Translate = english): Reply {
  const cited = citations(kb);
  const description = [
    t('notAnswered.otherLanguage', { language: t(`languageNames.${language}`), cited }),
    READS_ENGLISH[language],
    t('notAnswered.askInEnglish', { example: 'was Karabakh a colony?' }),
  ].join('\n\n');
  const card = { tone: 'notice' as const, title: t('notAnswered.otherLanguageTitle'), description };
  return { cards: [card], rows: [nextStepButtons(kb, 'ephemeral', t)], ephemeral: true };
}
