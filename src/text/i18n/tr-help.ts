// The /help card in Turkish, taken into tr.ts as `help`: kept apart so that each catalogue
// file stays short enough to read whole, split the same way in every language.
import type { Catalogue } from './catalogue.ts';

/** The strings of the /help card, in Turkish. */
export const trHelp: Catalogue['help'] = {
  title: 'Counterpoint: nasıl sorulur',
  intro:
    'Counterpoint, sorulara ve tartışma iddialarına {{cited}} içindeki ilgili savla yanıt verir; alıntıları ' +
    'bölüm, paragraf ve sayfa belirterek aktarır.',
  noSide: 'Makalenin ne savunduğunu, her zaman ona atfederek aktarır; kendisi hiçbir taraf tutmaz.',
  askName: 'Sor',
  ask:
    '{{ask}} ile İngilizce olarak kendi sözcüklerinizle sorun ya da bir iddia yazın: "was Karabakh a colony?", ' +
    '"Turkey sent mercenaries". Yazım hataları sorun değil; bir öneriyi seçerseniz tam o savı alırsınız. ' +
    '`herkese-açık: False` yanıtı yalnızca size gösterir; `kime:` onu birine gönderir.{{cooldown}}',
  cooldown: ' Kişi başına {{seconds}} saniyede bir soru.',
  counterName: 'Bir mesaja karşılık ver',
  counter:
    'Herhangi bir mesajda: menüsü (sağ tık ya da uzun basma) → Uygulamalar → **{{command}}**. Ya da botu ' +
    'etiketleyerek mesajı yanıtlayın.',
  browseName: 'Göz at',
  browse: '{{section}} bir bölümün tezini ve yanıt verdiği iddiaları gösterir; {{source}} makalenin kendisini.',
  buttonsName: 'Düğmeler',
  buttons:
    '**{{passage}}**: alıntılanan paragraflar, kelimesi kelimesine. **{{others}}**: en yakın diğer savlar. ' +
    '**{{post}}** / **{{delete}}**: özel bir yanıtı paylaşın ya da herkese açık birini kaldırın.',
  adminsName: 'Yöneticiler için',
  admins:
    '{{reload}} bir düzenlemeden sonra bilgi dosyalarını yeniden yükler ve neyin değiştiğini bildirir. ' +
    '{{insights}} insanların ne sorduğunu, neyin yanıtsız kaldığını ve yanıtların nasıl oylandığını gösterir. ' +
    '{{settings}} bu sunucunun yanıt görünürlüğünü, bekleme süresini, dilini ve soru metninin saklanıp ' +
    'saklanmayacağını ayarlar.',
  aboutProject: 'Counterpoint hakkında',
};
