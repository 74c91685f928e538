// The /help card in Armenian, taken into hy.ts as `help`: kept apart so that each catalogue
// file stays short enough to read whole, split the same way in every language.
// Machine-drafted like hy.ts, awaiting a native speaker's review (docs/admins.md).
import type { Catalogue } from './catalogue.ts';

/** The strings of the /help card, in Armenian. */
export const hyHelp: Catalogue['help'] = {
  title: 'Counterpoint. ինչպես հարցնել',
  intro:
    'Counterpoint-ը հարցերին և բանավեճի պնդումներին պատասխանում է {{cited}}-ի համապատասխան փաստարկով՝ ' +
    'մեջբերված և հղված բաժնին, պարբերությանն ու էջին։',
  noSide:
    'Այն ներկայացնում է, թե ինչ է պնդում հոդվածը, միշտ նշելով, որ դա հոդվածի տեսակետն է. ինքը ոչ մի ' +
    'կողմ չի բռնում։',
  askName: 'Հարցնել',
  ask:
    '{{ask}}՝ հարցրեք անգլերենով, ձեր բառերով, կամ գրեք պնդում, օր.՝ "was Karabakh a colony?", "Turkey sent ' +
    'mercenaries"։ Տառասխալները խնդիր չեն. ընտրեք առաջարկը՝ հենց այդ փաստարկը ստանալու համար։ `public: False`-ը ' +
    'պատասխանը ցույց է տալիս միայն ձեզ. `for:`-ը ուղարկում է այն ինչ-որ մեկին։{{cooldown}}',
  cooldown: ' Յուրաքանչյուրին՝ մեկ հարց {{seconds}} վայրկյանը մեկ։',
  counterName: 'Հակադարձել հաղորդագրությանը',
  counter:
    'Ցանկացած հաղորդագրության վրա՝ նրա ընտրացանկը (աջ սեղմում կամ երկար հպում) → Apps → **{{command}}**։ ' +
    'Կամ պատասխանեք դրան՝ նշելով բոտը։',
  browseName: 'Դիտել',
  browse:
    '{{section}}-ը ցույց է տալիս բաժնի թեզը և այն պնդումները, որոնց այն պատասխանում է. {{source}}-ը՝ ' +
    'հենց հոդվածը։',
  buttonsName: 'Կոճակներ',
  buttons:
    '**{{passage}}**՝ մեջբերված պարբերությունները բառացի։ **{{others}}**՝ հաջորդ ամենամոտ փաստարկները։ ' +
    '**{{post}}** / **{{delete}}**՝ կիսվել անձնական պատասխանով կամ հեռացնել հրապարակայինը։',
  adminsName: 'Ադմինների համար',
  admins:
    '{{reload}}-ը խմբագրումից հետո վերաբեռնում է գիտելիքների ֆայլերը և հայտնում, թե ինչ է փոխվել։ ' +
    '{{insights}}-ը ցույց է տալիս, թե ինչ են հարցրել, ինչն է մնացել անպատասխան և ինչպես են քվեարկել ' +
    'պատասխանների համար։ {{settings}}-ը սահմանում է այս սերվերի պատասխանների տեսանելիությունը, դադարը, ' +
    'լեզուն և արդյոք պահել հարցերի տեքստը։',
  aboutProject: 'Counterpoint-ի մասին',
};
