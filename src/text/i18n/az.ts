// The interface in Azerbaijani: machine-drafted, awaiting a native speaker's review (docs/admins.md).
// Place names in their neutral form ("Qarabağ"); the article's words stay in English.
import type { Catalogue } from './catalogue.ts';
import { azHelp } from './az-help.ts';

/** Every string a member sees, in Azerbaijani. */
export const az: Catalogue = {
  answer: {
    otherSideArgues: 'Digər tərəfin iddiası',
    articleSimilar: 'Məqalə də oxşar arqument irəli sürür',
    articleResponds: 'Məqalənin cavabı',
    articleAnswer: 'Məqalənin cavabı',
    editorsNote: 'Redaktor qeydi ({{date}})',
    source: 'Mənbə',
    reference: 'İstinad',
    notInArticle: 'Məqalədə yoxdur',
    alsoRaises: 'Bu mesaj həmçinin bunlara toxunur',
    asked: 'Sual: “{{question}}”',
    readArticle: 'Məqaləni oxu',
    readSource: 'Oxu: {{citation}}',
    showPassage: 'Parçanı göstər',
    otherMatches: 'Digər uyğunluqlar',
    verbatim: 'hərfən',
    originalEnglish: 'Məqalənin sözləri orijinalda, ingilis dilində sitat gətirilir.',
    inTheMessage: 'Mesajda',
    postAsReply: 'Cavab kimi göndər',
    sameSide:
      'Bu mesaj məqalənin özünün tutduğu mövqeyi müdafiə edir, ona görə də məqalədən göndəriləcək ' +
      'əks-arqument yoxdur.',
  },
  notAnswered: {
    browseArticle: 'Məqaləyə bax',
    aboutBot: 'Bu bot haqqında',
    doesNotAddress: '{{cited}} bunlara toxunmur: {{topics}}.',
    listOr: '{{first}} və ya {{last}}',
    notClearlyTitle: 'Məqalə bunu aydın şəkildə əhatə etmir',
    notClearlyNearest:
      '{{cited}} bunu aydın şəkildə əhatə etmir. Onun əhatə etdiyi ən yaxın mövzular aşağıdadır; hər biri ' +
      'digər tərəfin iddiasını və məqalənin cavabını göstərir. Və ya məqaləyə baxın.',
    notClearlyNone:
      '{{cited}} bunu aydın şəkildə əhatə etmir. Məqalənin arqumentlərinə baxın və ya başqa sözlərlə soruşun.',
    notAddressedTitle: 'Məqalə buna toxunmur',
    browseBelow: 'Onun nəyi müdafiə etdiyinə aşağıda baxın.',
    alsoRaisesBelow: 'Mesaj məqalənin cavab verdiyi başqa məqamlara da toxunur: aşağıda.',
    nearestBelow: 'Onun əhatə etdiyi ən yaxın mövzular aşağıdadır.',
    nothingToCounterTitle: 'Cavab veriləcək bir şey yoxdur',
    nothingToCounter: '{{cited}} bu mesajdakı heç nəyə cavab vermir. Onun nəyi müdafiə etdiyinə aşağıda baxın.',
    noTextTitle: 'Cavab veriləcək mətn yoxdur',
    noText: 'Bu mesajda cavab veriləcək mətn yoxdur: yalnız qoşmalar, daxil edilmiş məzmun və ya stikerlər.',
    otherLanguageTitle: 'Counterpoint ingilis dilində oxuyur',
    otherLanguage:
      'Bu mesaj, deyəsən, bu dildədir: {{language}}. Counterpoint yalnız ingilis dilində oxuyur və {{cited}} ' +
      'də ingilis dilindədir, ona görə də mesajın məqalənin hansı arqumenti ilə bağlı olduğunu müəyyən edə bilmir.',
    askInEnglish:
      'İngilis dilində yenidən soruşun (bir neçə söz kifayətdir, məs. “{{example}}”) və ya məqalənin ' +
      'arqumentlərinə {{section}} ilə baxın.',
    staleTitle: 'Bu düymənin vaxtı bitib',
    stale:
      'O, artıq bilik bazasında olmayan bir arqumentə işarə edir və ya botun köhnə versiyasından qalıb. {{ask}} ' +
      'ilə yenidən soruşun və ya {{section}} ilə baxın.',
  },
  languageNames: {
    Turkish: 'türk dili',
    Azerbaijani: 'Azərbaycan dili',
    Russian: 'rus dili',
    Ukrainian: 'ukrayna dili',
    Armenian: 'erməni dili',
  },
  guide: {
    theArticle: 'məqalə',
    thanks:
      'Kömək edə bildimsə, şadam. İstənilən vaxt ingilis dilində yeni iddia və ya sual göndərin, məs. “{{example}}”.',
    chat:
      'Salam! Qarabağ münaqişəsi haqqında ingilis dilində bir iddia və ya sual göndərin, məs. “{{example}}”, ' +
      'mən də tərəflərdən birinin mövqeyini müdafiə edən təhlil olan {{cited}} bu barədə nə deyirsə, onu ' +
      'sitat və istinadla sizə çatdırım.',
    unclearPicks:
      'Burada sual və ya iddia tapa bilmədim. İngiliscə bir neçə söz yazın, məs. “{{example}}”, və ya ' +
      'aşağıdakılardan birini seçin.',
    unclearTitle: 'Cavab veriləcək bir şey yoxdur',
    unclear:
      'Burada sual və ya iddia tapa bilmədim. İngiliscə bir neçə söz yazın, məs. “{{example}}”, və ya məqaləyə ' +
      'baxın.',
    aboutTitle: '{{citation}} və bu bot haqqında',
    aboutSource: '**Mənbə:** “{{title}}”, {{series}}, {{date}} tarixində {{publisher}} tərəfindən dərc olunub.',
    itsSide: '**Onun tərəfi:**',
    does:
      '**Bu bot nə edir:** mesaja cavab verən məqalə arqumentini tapır və hər kəs onu orijinalla yoxlaya bilsin ' +
      'deyə bölmə, abzas və səhifə ilə göstərir. Digər tərəfin iddialarını onların tərəfdarlarının ifadə etdiyi ' +
      'kimi verir.',
    doesNot:
      '**Nə etmir:** kimin haqlı olduğuna qərar vermir, heç bir hökumət adından danışmır və məqalədən sonrakı ' +
      'hadisələri, mənbəli və tarixli redaktor qeydləri istisna olmaqla, bilmir. Yalnız ingilis dilində oxuyur.',
    reviewed: '**Bilik bazası məqalə ilə sonuncu dəfə yoxlanılıb:** {{date}}.',
    report:
      '**Səhv tapdınız?** Cavabın altındakı “Faydalı deyil” düyməsini basın və ya bu serverin adminlərinə ' +
      'bildirin: bilik bazası onların düzəldib yenidən yükləyə biləcəyi sadə fayllardır.',
    topicTitle: '“{{subject}}” haqqında',
    topic:
      '{{cited}} bu mövzuda aşağıdakı məqamlara toxunur. Digər tərəfin iddiasını və məqalənin cavabını görmək ' +
      'üçün birini seçin.',
  },
  browse: {
    page: 'səhifə {{first}}',
    pages: 'səhifələr {{first}}–{{last}}',
    thesis: 'Tezis',
    claims: '**Cavab verdiyi iddialar: {{count}}.** Aşağıda birini seçin{{range}}.',
    range: ' (mövzular {{from}}–{{to}}, cəmi {{count}})',
    pickTopic: 'Mövzu seçin: iddia və məqalənin cavabı',
    previous: 'Əvvəlki',
    next: 'Növbəti',
    published: '{{series}}, dərc tarixi {{date}}',
    sections: 'Bölmələr',
    matchedHybrid: 'Suallar sözlərinə və mənasına görə uyğunlaşdırılır ({{detail}}, bu maşında işləyir).',
    matchedLexical: 'Suallar yalnız sözlərinə görə uyğunlaşdırılır: {{detail}}.',
    unknownSourceTitle: 'Naməlum mənbə',
    unknownSource: '"{{name}}" adlı mənbə yoxdur. Mənbələr: {{known}}.',
    noSectionTitle: 'Belə bölmə yoxdur',
    noSection: '{{citation}} bölmələri: 1–{{count}}.',
  },
  help: azHelp,
  controls: {
    postToChannel: 'Kanalda paylaş',
    delete: 'Sil',
    helpful: 'Faydalı',
    notHelpful: 'Faydalı deyil',
    cooldownTitle: 'Bir az gözləyin',
    cooldown: 'Çox tez soruşursunuz. Yenidən {{at}} soruşa bilərsiniz.',
  },
};
