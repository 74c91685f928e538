// Commands' names and descriptions in Discord's own client languages (Turkish, Russian): Discord
// shows each member the one of their client, from `name_localizations` and
// `description_localizations`. Azerbaijani and Armenian are not Discord locales: no entry here.
// A name is lowercase, without spaces, ≤ 32 characters; a description ≤ 100 (Discord's rules).

/** A command's or option's words: a name where it is translated, and a description. */
export interface CommandText {
  readonly name?: string;
  readonly description?: string;
  readonly options?: Readonly<Record<string, CommandText>>;
}

/** Every command's words in one language, by the command's English name. */
export type CommandTexts = Readonly<Record<string, CommandText>>;

/** Commands in Turkish. Admin commands keep their English names: their admins find them in docs. */
const tr: CommandTexts = {
  ask: {
    name: 'sor',
    description: 'Bir soruya ya da tartışma iddiasına makalenin cevabı, alıntı ve kaynakla',
    options: {
      question: { name: 'soru', description: 'Kendi sözcüklerinizle (İngilizce) sorun ya da bir iddia yazın' },
      public: { name: 'herkese-açık', description: 'Yanıtı kanalda (varsayılan) ya da yalnızca size göster' },
      for: { name: 'kime', description: 'Birine yanıt verin: herkese açık yanıt onu anar ve etiketler' },
    },
  },
  section: {
    name: 'bölüm',
    description: 'Makalenin bir bölümüne göz atın: tezi ve yanıt verdiği iddialar',
    options: {
      number: { name: 'numara', description: 'Hangi bölüm' },
      source: { name: 'kaynak', description: 'Hangi kaynak (varsayılan: ilki)' },
    },
  },
  source: { name: 'kaynak', description: 'Yanıtların geldiği makale: ayrıntılar, bağlantı ve bölümler' },
  help: { name: 'yardım', description: 'Counterpoint ne yapar ve nasıl sorulur' },
  reload: { description: 'Yöneticiler: bilgi tabanını dosyalarından yeniden yükle (tüm parçalarda)' },
  insights: { description: 'Yöneticiler: ne soruldu, ne yanıtsız kaldı, oylar ve yeniden yüklemeler' },
  settings: {
    description: 'Yöneticiler: bu sunucunun yanıt görünürlüğü, bekleme süresi, dili ve soru saklama',
    options: { language: { name: 'dil', description: 'Yanıtların dili (otomatik: her üyenin Discord dili)' } },
  },
  privacy: {
    name: 'gizlilik',
    description: 'Bu botun sizin hakkınızda sakladıkları ve bunları silme',
    options: {
      info: { name: 'bilgi', description: 'Ne saklanır, ne kadar süreyle ve nasıl silinir' },
      'forget-me': { name: 'beni-unut', description: 'Her yerde sorduğunuz her soruyu ve verdiğiniz her oyu sil' },
      'forget-server': { name: 'sunucuyu-unut', description: 'Yöneticiler: bu sunucu hakkında saklanan her şeyi sil' },
    },
  },
  'Counter with the article': { name: 'Makaleyle karşılık ver' },
};

/** Commands in Russian. Admin commands keep their English names: their admins find them in docs. */
const ru: CommandTexts = {
  ask: {
    name: 'спросить',
    description: 'Ответ статьи на вопрос или тезис спора, с цитатой и ссылкой',
    options: {
      question: { name: 'вопрос', description: 'Спросите своими словами (по-английски) или сформулируйте тезис' },
      public: { name: 'публично', description: 'Показать ответ в канале (по умолчанию) или только вам' },
      for: { name: 'кому', description: 'Ответить кому-то: публичный ответ упомянет этого человека' },
    },
  },
  section: {
    name: 'раздел',
    description: 'Просмотреть раздел статьи: его тезис и утверждения, на которые он отвечает',
    options: {
      number: { name: 'номер', description: 'Какой раздел' },
      source: { name: 'источник', description: 'Какой источник (по умолчанию: первый)' },
    },
  },
  source: { name: 'источник', description: 'Статья, из которой берутся ответы: сведения, ссылка и разделы' },
  help: { name: 'помощь', description: 'Что делает Counterpoint и как спрашивать' },
  reload: { description: 'Админы: перезагрузить базу знаний из файлов (на всех шардах)' },
  insights: { description: 'Админы: о чём спрашивали, что осталось без ответа, голоса и перезагрузки' },
  settings: {
    description: 'Админы: видимость ответов, интервал между вопросами, язык сервера и хранение вопросов',
    options: { language: { name: 'язык', description: 'Язык ответов (авто: язык Discord каждого участника)' } },
  },
  privacy: {
    name: 'приватность',
    description: 'Что бот хранит о вас и как это удалить',
    options: {
      info: { name: 'сведения', description: 'Что хранится, как долго и как это удалить' },
      'forget-me': { name: 'забыть-меня', description: 'Удалить все ваши вопросы и голоса, везде' },
      'forget-server': { name: 'забыть-сервер', description: 'Админы: удалить всё, что хранится об этом сервере' },
    },
  },
  'Counter with the article': { name: 'Ответить статьёй' },
};

/** The commands' words by Discord locale. */
export const COMMAND_TEXTS: Readonly<Record<'tr' | 'ru', CommandTexts>> = { tr, ru };
