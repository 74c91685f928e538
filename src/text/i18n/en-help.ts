// The /help card in English: how to ask, counter a message, browse, the buttons, and the admins'
// commands. Kept apart from the rest of the interface (en.ts, which takes it in as `help`) so that
// each catalogue file stays short enough to read whole; every language splits the same way.

/** The strings of the /help card, in English. */
export const enHelp = {
  title: 'Counterpoint: how to ask',
  intro:
    'Counterpoint answers questions and debate claims with the matching argument from {{cited}}, quoted and ' +
    'cited to section, paragraph and page.',
  noSide: 'It reports what the article argues, always attributed to it; it takes no side of its own.',
  askName: 'Ask',
  ask:
    '{{ask}} in your own words, or state a claim: "was Karabakh a colony?", "Turkey sent ' +
    'mercenaries". Typos are fine; pick a suggestion to get that argument exactly. `public: False` shows the ' +
    'answer only to you; `for:` sends it to someone.{{cooldown}}',
  cooldown: ' One question every {{seconds}} seconds each.',
  counterName: 'Counter a message',
  counter:
    'On any message: its menu (right-click or long-press) → Apps → **{{command}}**. Or reply to it mentioning ' +
    'the bot.',
  browseName: 'Browse',
  browse: "{{section}} shows a section's thesis and the claims it answers; {{source}} the article itself.",
  buttonsName: 'Buttons',
  buttons:
    '**{{passage}}**: the cited paragraphs, word for word. **{{others}}**: the next closest arguments. ' +
    '**{{post}}** / **{{delete}}**: share a private answer, or remove a public one.',
  adminsName: 'For admins',
  admins:
    '{{reload}} reloads the knowledge files after an edit and reports what changed. {{insights}} shows what ' +
    "people asked, what went unanswered and how answers were voted. {{settings}} sets this server's answer " +
    'visibility, cooldown, language and whether question text is kept.',
  aboutProject: 'About Counterpoint',
} as const;
