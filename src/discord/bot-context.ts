import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config/env.ts';
import type { Cooldowns } from '../answer/cooldown.ts';
import type { QuestionLog } from '../answer/question-log.ts';
import type { Forgetting } from '../insights/forgetting.ts';
import type { Insights } from '../insights/insights.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import type { LastGoodNotice, ReloadOrigin } from '../reload/reload-report.ts';
import type { Reply } from '../replies/view.ts';
import type { SettingsService } from '../stores/settings.ts';

/** What every Discord handler can use. */
export interface BotContext {
  readonly store: KnowledgeStore;
  readonly config: Pick<
    Config,
    | 'ADMIN_ROLE_IDS'
    | 'OWNER_IDS'
    | 'HOME_GUILD_ID'
    | 'KNOWLEDGE_DIR'
    | 'ASK_COOLDOWN_SECONDS'
    | 'PROJECT_URL'
    | 'INSIGHTS_RETENTION_DAYS'
    | 'INSIGHTS'
    | 'COMMAND_PREFIX'
  >;
  /** The registered commands' ids by name, once fetched after login (for clickable mentions). */
  commandIds(): ReadonlyMap<string, string>;
  readonly logger: Logger;
  /** The debug line of each question answered: its text only with LOG_QUESTIONS=on, never who asked. */
  readonly questionLog: QuestionLog;
  /** The per-member cooldown every answer is under, of the server's setting over the default. */
  readonly cooldowns: Cooldowns;
  /** Questions and votes (a no-op with INSIGHTS=off or no database). */
  readonly insights: Insights;
  /** Per-server settings (/settings), kept whether or not insights are on. */
  readonly settings: SettingsService;
  /** Deleting on request: a member's own questions, or everything kept about a server (/privacy). */
  readonly forgetting: Forgetting;
  /** Reloads the knowledge base wherever this bot runs (every shard) and returns the admin's report. */
  reloadEverywhere(client: Client, origin: ReloadOrigin): Promise<Reply>;
  /** Set while this process answers from the last good copy because the files on disk are broken. */
  onLastGood(): LastGoodNotice | undefined;
}

/** A failure the user caused and can fix: its message is shown as it is, not as an error id. */
export class UserFacingError extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}
