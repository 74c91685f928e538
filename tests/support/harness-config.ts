import type { Config } from '../../src/config/env.ts';

/**
 * The configuration a harness bot runs with: no token (the stand-in answers REST), the lexical
 * matcher, no insights, no cooldowns, every log line at debug; `given` overrides any of it.
 */
export function harnessConfig(api: string, knowledgeDir: string, given: Partial<Config> = {}): Config {
  return {
    DISCORD_TOKEN: undefined,
    DISCORD_CLIENT_ID: undefined,
    DISCORD_GUILD_ID: undefined,
    DISCORD_REST_API: api,
    KNOWLEDGE_DIR: knowledgeDir,
    KNOWLEDGE_WATCH: false,
    KNOWLEDGE_STRICT: false,
    DATA_DIR: 'data',
    HOST_NAME: 'test-host',
    INSIGHTS: false,
    INSIGHTS_RETENTION_DAYS: 90,
    KNOWLEDGE_WATCH_MAX_REMOVED: 0.25,
    ADMIN_ROLE_IDS: [],
    OWNER_IDS: [],
    LOG_LEVEL: 'debug',
    LOG_QUESTIONS: false,
    ASK_COOLDOWN_SECONDS: 0,
    TOTAL_SHARDS: 'auto',
    MATCHER: 'lexical',
    MODEL_DIR: 'models',
    EMBED_THREADS: 1,
    MENTION_REPLIES: true,
    MENTION_CHANNEL_COOLDOWN_SECONDS: 0,
    COMMAND_PREFIX: '',
    ...given,
  };
}
