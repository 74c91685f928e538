import { describe, expect, it } from 'vitest';
import { translator } from '../../src/text/i18n/i18n.ts';

describe('the commands a reply names', () => {
  it('carry COMMAND_PREFIX and the names the member’s own client lists, whatever the reply’s language', () => {
    // A server set to Turkish: the words are Turkish, but an English client lists /cp-ask.
    const turkishForEnglishClient = translator('tr', 'cp-', 'en')('notAnswered.stale');
    expect(turkishForEnglishClient).toContain('/cp-ask');
    expect(turkishForEnglishClient).not.toContain('/cp-sor');
    // A Turkish client lists /cp-sor and /cp-bölüm, even in a server answering in English.
    const englishForTurkishClient = translator('en', 'cp-', 'tr')('notAnswered.stale');
    expect(englishForTurkishClient).toContain('/cp-sor');
    expect(englishForTurkishClient).toContain('/cp-bölüm');
    // Without a prefix, as registered: /ask, /раздел.
    expect(translator('en')('notAnswered.stale')).toContain('/ask');
    expect(translator('ru')('notAnswered.stale')).toContain('/раздел');
  });
});
