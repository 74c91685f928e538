// The /help card in Russian, taken into ru.ts as `help`: kept apart so that each catalogue
// file stays short enough to read whole, split the same way in every language.
import type { Catalogue } from './catalogue.ts';

/** The strings of the /help card, in Russian. */
export const ruHelp: Catalogue['help'] = {
  title: 'Counterpoint: как спрашивать',
  intro:
    'Counterpoint отвечает на вопросы и тезисы споров подходящим доводом из {{cited}}, с цитатой и ссылкой ' +
    'на раздел, абзац и страницу.',
  noSide: 'Он передаёт то, что утверждает статья, всегда со ссылкой на неё; сам он ничью сторону не занимает.',
  askName: 'Спросить',
  ask:
    '{{ask}}: спросите своими словами (по-английски) или сформулируйте утверждение — "was Karabakh a colony?", ' +
    '"Turkey sent mercenaries". Опечатки не страшны; выберите подсказку, чтобы получить именно этот довод. ' +
    '`публично: False` показывает ответ только вам; `кому:` отправляет его кому-то.{{cooldown}}',
  cooldown: ' Не чаще одного вопроса в {{seconds}} с от каждого.',
  counterName: 'Ответить на сообщение',
  counter:
    'На любом сообщении: его меню (правый клик или долгое нажатие) → Приложения → **{{command}}**. Или ' +
    'ответьте на него, упомянув бота.',
  browseName: 'Просмотр',
  browse: '{{section}} показывает тезис раздела и утверждения, на которые он отвечает; {{source}} — саму статью.',
  buttonsName: 'Кнопки',
  buttons:
    '**{{passage}}**: цитируемые абзацы дословно. **{{others}}**: следующие ближайшие доводы. ' +
    '**{{post}}** / **{{delete}}**: поделиться личным ответом или убрать публичный.',
  adminsName: 'Для администраторов',
  admins:
    '{{reload}} перезагружает файлы знаний после правки и сообщает, что изменилось. {{insights}} показывает, ' +
    'о чём спрашивали, что осталось без ответа и как голосовали за ответы. {{settings}} задаёт видимость ' +
    'ответов, интервал между вопросами, язык сервера и хранение текста вопросов.',
  aboutProject: 'О Counterpoint',
};
