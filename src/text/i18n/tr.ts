// The interface in Turkish. The article's words stay in English and replies say so.
import type { Catalogue } from './catalogue.ts';
import { trHelp } from './tr-help.ts';

/** Every string a member sees, in Turkish. */
export const tr: Catalogue = {
  answer: {
    otherSideArgues: 'Karşı tarafın savı',
    articleSimilar: 'Makale de benzer bir sav ileri sürüyor',
    articleResponds: 'Makalenin yanıtı',
    articleAnswer: 'Makalenin cevabı',
    editorsNote: 'Editör notu ({{date}})',
    source: 'Kaynak',
    reference: 'Atıf',
    notInArticle: 'Makalede yok',
    alsoRaises: 'Bu mesaj şunları da gündeme getiriyor',
    asked: 'Soru: “{{question}}”',
    readArticle: 'Makaleyi oku',
    readSource: 'Oku: {{citation}}',
    showPassage: 'Pasajı göster',
    otherMatches: 'Diğer eşleşmeler',
    verbatim: 'birebir',
    originalEnglish: 'Makaleden alıntılar orijinal İngilizce hâliyle verilmiştir.',
    inTheMessage: 'Mesajda',
    postAsReply: 'Yanıt olarak gönder',
    sameSide:
      'Bu mesaj makalenin kendi savunduğu bir görüşü dile getiriyor; bu yüzden makaleden gönderilecek bir karşı ' +
      'sav yok.',
  },
  notAnswered: {
    browseArticle: 'Makaleye göz at',
    aboutBot: 'Bu bot hakkında',
    doesNotAddress: '{{cited}} şunları ele almıyor: {{topics}}.',
    listOr: '{{first}} veya {{last}}',
    notClearlyTitle: 'Makale bunu açıkça ele almıyor',
    notClearlyNearest:
      '{{cited}} bunu açıkça ele almıyor. Ele aldığı en yakın konular aşağıda; her biri karşı tarafın savını ve ' +
      'makalenin cevabını gösterir. Ya da makaleye göz atın.',
    notClearlyNone: '{{cited}} bunu açıkça ele almıyor. Makalenin savlarına göz atın ya da başka sözcüklerle sorun.',
    notAddressedTitle: 'Makale bunu ele almıyor',
    browseBelow: 'Makalenin savunduklarına aşağıdan göz atın.',
    alsoRaisesBelow: 'Mesaj, makalenin yanıtladığı başka noktalara da değiniyor: aşağıda.',
    nearestBelow: 'Makalenin ele aldığı en yakın konular aşağıda.',
    nothingToCounterTitle: 'Karşılık verilecek bir şey yok',
    nothingToCounter: '{{cited}} bu mesajdaki hiçbir şeye yanıt vermiyor. Makalenin savunduklarına aşağıdan göz atın.',
    noTextTitle: 'Karşılık verilecek metin yok',
    noText: 'Bu mesajda karşılık verilecek metin yok: yalnızca ekler, gömülü içerikler ya da çıkartmalar var.',
    otherLanguageTitle: 'Counterpoint İngilizce okur',
    otherLanguage:
      'Bu mesaj {{language}} görünüyor. Counterpoint yalnızca İngilizce okur ve {{cited}} de İngilizcedir; bu ' +
      'yüzden mesajın makalenin hangi savıyla ilgili olduğunu anlayamıyor.',
    askInEnglish:
      'İngilizce olarak yeniden sorun (birkaç sözcük yeterli, ör. “{{example}}”) ya da makalenin savlarına ' +
      '{{section}} ile göz atın.',
    staleTitle: 'Bu düğmenin süresi doldu',
    stale:
      'Artık bilgi tabanında olmayan bir sava işaret ediyor ya da botun eski bir sürümünden kalma. {{ask}} ile ' +
      'yeniden sorun ya da {{section}} ile göz atın.',
  },
  languageNames: {
    Turkish: 'Türkçe',
    Azerbaijani: 'Azerbaycan Türkçesi',
    Russian: 'Rusça',
    Ukrainian: 'Ukraynaca',
    Armenian: 'Ermenice',
  },
  guide: {
    theArticle: 'makale',
    thanks:
      'Yardımcı olabildiysem ne mutlu. İstediğiniz zaman İngilizce yeni bir iddia ya da soru gönderin, ' +
      'ör. “{{example}}”.',
    chat:
      'Merhaba! Karabağ çatışmasıyla ilgili İngilizce bir iddia ya da soru gönderin, ör. “{{example}}”; ben de ' +
      'bir tarafın görüşünü savunan bir analiz olan {{cited}} bu konuda ne diyorsa, alıntı ve kaynağıyla ' +
      'aktarayım.',
    unclearPicks:
      'Bu mesajda bir soru ya da iddia bulamadım. Birkaç İngilizce sözcük deneyin, ör. “{{example}}”, ya da ' +
      'aşağıdakilerden birini seçin.',
    unclearTitle: 'Yanıtlanacak bir şey yok',
    unclear:
      'Bu mesajda bir soru ya da iddia bulamadım. Birkaç İngilizce sözcük deneyin, ör. “{{example}}”, ya da ' +
      'makaleye göz atın.',
    aboutTitle: '{{citation}} ve bu bot hakkında',
    aboutSource: '**Kaynak:** “{{title}}”, {{series}}, {{date}} tarihinde {{publisher}} tarafından yayımlandı.',
    itsSide: '**Tarafı:**',
    does:
      '**Bu bot ne yapar:** bir mesaja yanıt veren makale savını bulur ve herkes aslıyla karşılaştırabilsin diye ' +
      'onu bölüm, paragraf ve sayfa numarasıyla gösterir. Karşı tarafın iddialarını, savunucularının dile ' +
      'getirdiği biçimde aktarır.',
    doesNot:
      '**Ne yapmaz:** kimin haklı olduğuna karar vermez, hiçbir hükümet adına konuşmaz ve makaleden sonraki ' +
      'olayları, kaynaklı ve tarihli editör notları dışında bilmez. Yalnızca İngilizce okur.',
    reviewed: '**Bilgi tabanının makaleyle son karşılaştırılması:** {{date}}.',
    report:
      '**Bir hata mı buldunuz?** Yanıtın altındaki “Yararlı değil” düğmesine basın ya da bu sunucunun ' +
      'yöneticilerine bildirin: bilgi tabanı, düzeltip yeniden yükleyebilecekleri düz dosyalardan oluşur.',
    topicTitle: '“{{subject}}” hakkında',
    topic:
      '{{cited}} bu konuda şu noktalara değiniyor. Karşı tarafın savını ve makalenin cevabını görmek için ' +
      'birini seçin.',
  },
  browse: {
    page: 'sayfa {{first}}',
    pages: 'sayfa {{first}}–{{last}}',
    thesis: 'Tez',
    claims: '**Yanıt verdiği iddialar: {{count}}.** Aşağıdan birini seçin{{range}}.',
    range: ' (konu {{from}}–{{to}} / {{count}})',
    pickTopic: 'Bir konu seçin: iddia ve makalenin cevabı',
    previous: 'Önceki',
    next: 'Sonraki',
    published: '{{series}}, yayım tarihi {{date}}',
    sections: 'Bölümler',
    matchedHybrid: 'Sorular sözcüklerine ve anlamlarına göre eşleştirilir ({{detail}}, bu makinede çalışır).',
    matchedLexical: 'Sorular yalnızca sözcüklerine göre eşleştirilir: {{detail}}.',
    unknownSourceTitle: 'Bilinmeyen kaynak',
    unknownSource: '"{{name}}" adlı bir kaynak yok. Kaynaklar: {{known}}.',
    noSectionTitle: 'Böyle bir bölüm yok',
    noSection: '{{citation}} içindeki bölümler: 1–{{count}}.',
  },
  help: trHelp,
  controls: {
    postToChannel: 'Kanala gönder',
    delete: 'Sil',
    helpful: 'Yararlı',
    notHelpful: 'Yararlı değil',
    cooldownTitle: 'Biraz bekleyin',
    cooldown: 'Çok hızlı soruyorsunuz. {{at}} yeniden sorabilirsiniz.',
  },
};
