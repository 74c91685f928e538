// The interface in English: the source catalogue. Its shape is every catalogue's shape
// (catalogue.ts), so a key missing from any translation fails `tsc`. `{{name}}` is filled in by
// the translator; the article's own words never pass through here.
import { enHelp } from './en-help.ts';

/** Every string a member sees, in English. */
export const en = {
  answer: {
    otherSideArgues: 'The other side argues',
    articleSimilar: 'The article makes a similar argument',
    articleResponds: 'The article responds',
    articleAnswer: 'The article’s answer',
    editorsNote: "Editor's note ({{date}})",
    source: 'Source',
    reference: 'Reference',
    notInArticle: 'Not in the article',
    alsoRaises: 'This message also raises',
    asked: 'Asked: “{{question}}”',
    readArticle: 'Read the article',
    readSource: 'Read: {{citation}}',
    showPassage: 'Show passage',
    otherMatches: 'Other matches',
    verbatim: 'verbatim',
    originalEnglish: 'The article’s words are quoted in the original English.',
    inTheMessage: 'In the message',
    postAsReply: 'Post as reply',
    sameSide:
      'This message argues a position the article itself takes, so there is no counter-argument from it to post.',
  },
  notAnswered: {
    browseArticle: 'Browse the article',
    aboutBot: 'About this bot',
    doesNotAddress: '{{cited}} does not address {{topics}}.',
    listOr: '{{first}} or {{last}}',
    notClearlyTitle: 'Not clearly addressed by the article',
    notClearlyNearest:
      '{{cited}} does not clearly address that. The nearest topics it does address are below; each shows what ' +
      'the other side argues and the article’s answer. Or browse the article.',
    notClearlyNone: '{{cited}} does not clearly address that. Browse the article’s arguments, or ask in other words.',
    notAddressedTitle: 'Not addressed by the article',
    browseBelow: 'Browse what it does argue below.',
    alsoRaisesBelow: 'The message also raises points the article does answer: below.',
    nearestBelow: 'The nearest topics it does address are below.',
    nothingToCounterTitle: 'Nothing to counter',
    nothingToCounter: '{{cited}} does not respond to anything in that message. Browse what it does argue below.',
    noTextTitle: 'No text to counter',
    noText: 'That message has no text to counter: only attachments, embeds or stickers.',
    otherLanguageTitle: 'Counterpoint reads English',
    otherLanguage:
      'That message looks like it is in {{language}}. Counterpoint reads English only, and {{cited}} is in ' +
      "English, so it cannot tell which of the article's arguments the message is about.",
    askInEnglish:
      'Ask again in English (a few words are enough, e.g. “{{example}}”), or browse the article’s arguments ' +
      'with {{section}}.',
    staleTitle: 'This button has expired',
    stale:
      'It points at an argument that is no longer in the knowledge base, or it comes from an older version of ' +
      'the bot. Ask again with {{ask}}, or browse with {{section}}.',
  },
  languageNames: {
    Turkish: 'Turkish',
    Azerbaijani: 'Azerbaijani',
    Russian: 'Russian',
    Ukrainian: 'Ukrainian',
    Armenian: 'Armenian',
  },
  guide: {
    theArticle: 'the article',
    thanks: 'Glad it helped. Send another claim or question any time, e.g. “{{example}}”.',
    chat:
      'Hi! Send a claim or a question about the Karabakh conflict, e.g. “{{example}}”, and I answer ' +
      'with what {{cited}}, an analysis that argues one side, says on it: quoted and cited.',
    unclearPicks:
      'I could not find a question or a claim in that. Try a few words, e.g. “{{example}}”, or pick one of these.',
    unclearTitle: 'Nothing to answer',
    unclear:
      'I could not find a question or a claim in that. Try a few words, e.g. “{{example}}”, or browse the article.',
    aboutTitle: 'About {{citation}} and this bot',
    aboutSource: '**The source:** “{{title}}”, {{series}}, published on {{date}} by {{publisher}}.',
    itsSide: '**Its side:**',
    does:
      '**What this bot does:** it finds the argument of the article that answers a message and shows it with the ' +
      'section, paragraph and page, so anyone can check it against the original. It states the other side’s ' +
      'claims as their advocates put them.',
    doesNot:
      '**What it does not do:** it does not judge who is right, speak for any government, or know events after ' +
      'the article except in dated editor’s notes with their sources. It reads English only.',
    reviewed: '**Knowledge base last reviewed against the article:** {{date}}.',
    report:
      '**Found an error?** Press “Not helpful” under the answer, or tell this server’s admins: the knowledge base ' +
      'is plain files they can correct and reload.',
    topicTitle: 'On “{{subject}}”',
    topic: '{{cited}} has these points on it. Pick one to see what the other side argues and the article’s answer.',
  },
  browse: {
    page: 'page {{first}}',
    pages: 'pages {{first}}–{{last}}',
    thesis: 'Thesis',
    claims: '**Claims it responds to: {{count}}.** Pick one below{{range}}.',
    range: ' (topics {{from}}–{{to}} of {{count}})',
    pickTopic: 'Pick a topic: the claim and the article’s answer',
    previous: 'Previous',
    next: 'Next',
    published: '{{series}}, published {{date}}',
    sections: 'Sections',
    matchedHybrid: 'Questions are matched by their words and their meaning ({{detail}}, run on this machine).',
    matchedLexical: 'Questions are matched by their words only: {{detail}}.',
    unknownSourceTitle: 'Unknown source',
    unknownSource: 'There is no source "{{name}}". Sources: {{known}}.',
    noSectionTitle: 'No such section',
    noSection: '{{citation}} has sections 1 to {{count}}.',
  },
  help: enHelp,
  controls: {
    postToChannel: 'Post to channel',
    delete: 'Delete',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    cooldownTitle: 'One moment',
    cooldown: "You're asking quickly. You can ask again {{at}}.",
  },
} as const;
