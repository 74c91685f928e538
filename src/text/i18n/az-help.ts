// The /help card in Azerbaijani, taken into az.ts as `help`: kept apart so that each catalogue
// file stays short enough to read whole, split the same way in every language.
// Machine-drafted like az.ts, awaiting a native speaker's review (docs/admins.md).
import type { Catalogue } from './catalogue.ts';

/** The strings of the /help card, in Azerbaijani. */
export const azHelp: Catalogue['help'] = {
  title: 'Counterpoint: necə soruşmalı',
  intro:
    'Counterpoint suallara və mübahisə iddialarına {{cited}} mənbəsindən uyğun arqumentlə cavab verir; ' +
    'sitat bölmə, abzas və səhifə ilə göstərilir.',
  noSide: 'O, məqalənin nəyi müdafiə etdiyini həmişə ona istinadla bildirir; özü heç bir tərəf tutmur.',
  askName: 'Soruş',
  ask:
    '{{ask}} ilə ingilis dilində öz sözlərinizlə soruşun və ya iddia yazın: "was Karabakh a colony?", "Turkey ' +
    'sent mercenaries". Yazı səhvləri problem deyil; dəqiq həmin arqumenti almaq üçün təklifi seçin. ' +
    '`public: False` cavabı yalnız sizə göstərir; `for:` onu kiməsə göndərir.{{cooldown}}',
  cooldown: ' Hər kəsə {{seconds}} saniyədə bir sual.',
  counterName: 'Mesaja cavab ver',
  counter:
    'İstənilən mesajda: onun menyusu (sağ klik və ya uzun basma) → Tətbiqlər (Apps) → **{{command}}**. Və ya botu ' +
    'qeyd edərək mesaja cavab yazın.',
  browseName: 'Bax',
  browse: '{{section}} bölmənin tezisini və cavab verdiyi iddiaları göstərir; {{source}} isə məqalənin özünü.',
  buttonsName: 'Düymələr',
  buttons:
    '**{{passage}}**: sitat gətirilən abzaslar, hərfi. **{{others}}**: növbəti ən yaxın arqumentlər. ' +
    '**{{post}}** / **{{delete}}**: şəxsi cavabı paylaşın və ya ictimai olanı silin.',
  adminsName: 'Adminlər üçün',
  admins:
    '{{reload}} düzəlişdən sonra bilik fayllarını yenidən yükləyir və nəyin dəyişdiyini bildirir. {{insights}} ' +
    'insanların nə soruşduğunu, nəyin cavabsız qaldığını və cavablara necə səs verildiyini göstərir. ' +
    '{{settings}} bu serverin cavab görünürlüyünü, gözləmə müddətini, dilini və sual mətninin saxlanılıb-' +
    'saxlanılmamasını təyin edir.',
  aboutProject: 'Counterpoint haqqında',
};
