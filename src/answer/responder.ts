// `answer`, wrapped once for every surface: the server's settings read, the answer's share and
// vote buttons added, and the question recorded. Surfaces adapt input and render; nothing else.
import type { EntryPoint, QuestionEvent, ServerSettings } from '../insights/types.ts';
import { questionEvent } from '../insights/question-event.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import type { Visibility } from '../replies/custom-id.ts';
import { withShareControls } from '../replies/share-controls.ts';
import { withVotes } from '../replies/vote-controls.ts';
import type { SettingsService } from '../stores/settings.ts';
import { translator } from '../text/i18n/i18n.ts';
import { languageFor } from '../text/i18n/languages.ts';
import { answer, type Answer, type AnswerMode } from './answer.ts';
import type { QuestionLog } from './question-log.ts';

/** Where answers are recorded (insights), and whether answers offer Helpful / Not helpful. */
export interface AnswerRecorder {
  readonly votes: boolean;
  /** `userId`, who asked, is kept only as a keyed hash (for /privacy forget-me). */
  record(event: QuestionEvent, userId?: string): void;
}

/** What the responder uses: the knowledge in use, the servers' settings, the recorder. */
export interface ResponderServices {
  readonly store: KnowledgeStore;
  readonly settings: SettingsService;
  readonly insights: AnswerRecorder;
  /** The debug line of each question (its text only with LOG_QUESTIONS=on); none when not given. */
  readonly questionLog?: QuestionLog;
  /** COMMAND_PREFIX, so that replies name the commands as registered; none when not given. */
  readonly config?: { readonly COMMAND_PREFIX?: string };
}

/** One question as a surface received it. */
export interface Request {
  readonly text: string;
  readonly via: EntryPoint;
  readonly guildId: string | null;
  /** Who asked: the "Delete" button is theirs. Undefined where nobody can delete (the console). */
  readonly askerId?: string | undefined;
  /** Who asked, where no Delete is offered (mentions): recorded as a keyed hash only. */
  readonly userId?: string | undefined;
  /** Public or private; undefined: the server's default (/settings), else public. */
  readonly visibility?: Visibility | undefined;
  readonly mode?: AnswerMode;
  /** With mode "counter": the message "Post as reply" answers. */
  readonly postTarget?: string | undefined;
  /** The asker's Discord client locale ("tr", "ru", "en-US"); the server's language setting wins. */
  readonly locale?: string | undefined;
}

/** Surfaces whose answers offer a vote: interactions, where the vote's thanks can be private. */
const VOTED: ReadonlySet<EntryPoint> = new Set(['ask', 'pick', 'button']);

/**
 * The visibility a request gets: private wherever the server turned public answers off (a mention
 * is a message, always in the channel: the `mentions` switch governs those); else its own, else
 * the server's default, else public.
 */
function visibilityFor(request: Request, settings: ServerSettings): Visibility {
  if (settings.publicAnswers === false && request.via !== 'mention') return 'ephemeral';
  return request.visibility ?? (settings.visibility === 'ephemeral' ? 'ephemeral' : 'public');
}

/** Answers a request, with its buttons, and records it once; the recording never delays the reply. */
export async function respond(services: ResponderServices, request: Request): Promise<Answer> {
  const started = performance.now();
  const settings = await services.settings.get(request.guildId);
  const language = languageFor(settings.language, request.locale);
  const commandPrefix = services.config?.COMMAND_PREFIX ?? '';
  const clientLanguage = languageFor(undefined, request.locale);
  const t = translator(language, commandPrefix, clientLanguage);
  const found = await answer(request.text, {
    language,
    commandPrefix,
    clientLanguage,
    loaded: services.store.current,
    visibility: visibilityFor(request, settings),
    ...(request.mode ? { mode: request.mode } : {}),
    ...(request.postTarget ? { postTarget: request.postTarget } : {}),
  });
  // Where answers stay private, a private answer offers no "Post to channel".
  const postable = settings.publicAnswers !== false || !found.reply.ephemeral;
  const shared = request.askerId && postable ? withShareControls(found.reply, request.askerId, t) : found.reply;
  const entryId = found.outcome?.entryId;
  const voted = entryId && services.insights.votes && VOTED.has(request.via) ? withVotes(shared, entryId, t) : shared;
  if (found.outcome)
    services.insights.record(
      questionEvent(request.via, request.guildId, found.outcome, started, settings),
      request.askerId ?? request.userId,
    );
  services.questionLog?.answered(request, found, performance.now() - started);
  return { ...found, reply: voted };
}
