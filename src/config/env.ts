import { existsSync } from 'node:fs';
import { z } from 'zod';
import { hostname } from 'node:os';
import { shardIdsProblem, shardIdsSchema } from './shard-ids.ts';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings count as unset, as in a .env file with `NAME=` left blank. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** A comma-separated list of Discord ids (blank entries ignored); none when unset. */
const snowflakeList = () =>
  optional(z.string())
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(snowflake));

const envSchema = z.object({
  DISCORD_TOKEN: optional(
    z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three dot-separated parts)'),
  ),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_REST_API: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) address, e.g. http://127.0.0.1:8080/api' }),
  ),
  KNOWLEDGE_DIR: optional(z.string()).default('knowledge'),
  KNOWLEDGE_WATCH: optional(z.enum(['true', 'false', '1', '0'], 'must be true or false')).transform(
    (v) => v === 'true' || v === '1',
  ),
  KNOWLEDGE_STRICT: optional(z.enum(['true', 'false', '1', '0'], 'must be true or false')).transform(
    (v) => v === 'true' || v === '1',
  ),
  DATA_DIR: optional(z.string()).default('data'),
  KNOWLEDGE_WATCH_MAX_REMOVED: optional(z.coerce.number('must be a number from 0 to 1').min(0).max(1)).default(0.25),
  ADMIN_ROLE_IDS: snowflakeList(),
  OWNER_IDS: snowflakeList(),
  HOME_GUILD_ID: optional(snowflake),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`)).default('info'),
  // Off unless asked for: a question's text is a member's words (docs/privacy.md#logs).
  LOG_QUESTIONS: optional(z.enum(['on', 'off', 'true', 'false', '1', '0'], 'must be on or off')).transform(
    (v) => v === 'on' || v === 'true' || v === '1',
  ),
  ASK_COOLDOWN_SECONDS: optional(z.coerce.number('must be a number').min(0).max(3600)).default(5),
  // Beside other bots with their own /ask and /help: `cp-` registers and routes /cp-ask, /cp-help…
  COMMAND_PREFIX: optional(
    z.string().regex(/^[a-z0-9_-]{1,20}$/, 'must be 1–20 lower-case letters, digits, - or _, e.g. cp-'),
  ).default(''),
  PROJECT_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })),
  MENTION_REPLIES: optional(z.enum(['true', 'false', '1', '0'], 'must be true or false')).transform(
    (v) => v === undefined || v === 'true' || v === '1',
  ),
  MENTION_CHANNEL_COOLDOWN_SECONDS: optional(z.coerce.number('must be a number').min(0).max(3600)).default(2),
  INSIGHTS: optional(z.enum(['on', 'off', 'true', 'false', '1', '0'], 'must be on or off')).transform(
    (v) => v === undefined || v === 'on' || v === 'true' || v === '1',
  ),
  INSIGHTS_RETENTION_DAYS: optional(
    z.coerce.number('must be a number of days').int('must be a whole number of days').min(1).max(3650),
  ).default(90),
  // The message never repeats the value: it holds a password.
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a PostgreSQL address, postgres://user:password@host/db' }),
  ),
  PRIVACY_KEY: optional(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes)')),
  MATCHER: optional(z.enum(['hybrid', 'lexical'], 'must be hybrid or lexical')).default('hybrid'),
  MODEL_DIR: optional(z.string()).default('models'),
  EMBED_THREADS: optional(z.coerce.number('must be a number').int('must be a whole number').min(1).max(8)).default(1),
  TOTAL_SHARDS: optional(
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], 'must be "auto" or a whole number'),
  ).default('auto'),
  SHARD_IDS: optional(shardIdsSchema),
  HOST_NAME: optional(
    z.string().regex(/^[\w.-]{1,63}$/, 'must be 1–63 letters, digits, dots, dashes or underscores'),
  ).default(hostname().slice(0, 63)),
});

/** Every variable the bot reads (each documented in .env.example). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** What the command-line tools read of the configuration: how questions are matched. */
export type SemanticConfig = Pick<Config, 'MATCHER' | 'MODEL_DIR' | 'EMBED_THREADS'>;

/** MATCHER, MODEL_DIR and EMBED_THREADS alone, validated (a tool need not have a valid token). */
export function loadSemanticConfig(env: NodeJS.ProcessEnv = process.env): SemanticConfig {
  const parsed = envSchema.pick({ MATCHER: true, MODEL_DIR: true, EMBED_THREADS: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return parsed.data;
}

/** The bot's configuration, validated. Empty variables count as unset. */
export type Config = z.infer<typeof envSchema>;

/** What a command needs from the configuration, beyond what every command accepts. */
export type Requirement = 'token' | 'clientId';

/** Config problems, all of them, one line each. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads the configuration from `env` (process.env by default) and lists every problem at once.
 * `require` names variables this entry point cannot run without (deploy-commands needs both).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, require: readonly Requirement[] = []): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (parsed.success) {
    if (require.includes('token') && !parsed.data.DISCORD_TOKEN)
      problems.push('DISCORD_TOKEN: required here (the bot token from the Developer Portal)');
    if (require.includes('clientId') && !parsed.data.DISCORD_CLIENT_ID)
      problems.push("DISCORD_CLIENT_ID: required here (the application's id)");
    const shards = shardIdsProblem(parsed.data.SHARD_IDS, parsed.data.TOTAL_SHARDS);
    if (shards) problems.push(shards);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return parsed.data;
}

/**
 * Reads `.env` from the working directory if there is one (Node's own parser). Variables already
 * set in the environment win, even when set to an empty string.
 */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** The configuration for an entry point, or every problem printed and exit code 1. */
export function configOrExit(require: readonly Requirement[] = []): Config {
  try {
    return loadConfig(process.env, require);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nSee .env.example for every variable.`);
    process.exit(1);
  }
}
