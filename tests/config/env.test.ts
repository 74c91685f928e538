import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

describe('the env module', () => {
  it('gives defaults, and counts empty strings as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', KNOWLEDGE_DIR: '  ', LOG_LEVEL: '', ADMIN_ROLE_IDS: '' })).toEqual({
      DISCORD_TOKEN: undefined,
      DISCORD_CLIENT_ID: undefined,
      DISCORD_GUILD_ID: undefined,
      DISCORD_REST_API: undefined,
      KNOWLEDGE_DIR: 'knowledge',
      KNOWLEDGE_WATCH: false,
      KNOWLEDGE_WATCH_MAX_REMOVED: 0.25,
      ADMIN_ROLE_IDS: [],
      OWNER_IDS: [],
      LOG_LEVEL: 'info',
      LOG_QUESTIONS: false,
      ASK_COOLDOWN_SECONDS: 5,
      TOTAL_SHARDS: 'auto',
      MENTION_REPLIES: true,
      MENTION_CHANNEL_COOLDOWN_SECONDS: 2,
      KNOWLEDGE_STRICT: false,
      DATA_DIR: 'data',
      HOST_NAME: hostname().slice(0, 63),
      INSIGHTS: true,
      INSIGHTS_RETENTION_DAYS: 90,
      MATCHER: 'hybrid',
      MODEL_DIR: 'models',
      EMBED_THREADS: 1,
      COMMAND_PREFIX: '',
    });
  });

  it('parses every variable', () => {
    expect(
      loadConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: '1000000000000000001',
        DISCORD_GUILD_ID: '1200000000000000001',
        DISCORD_REST_API: 'http://127.0.0.1:9/api',
        KNOWLEDGE_DIR: '/srv/kb',
        KNOWLEDGE_WATCH: 'true',
        ADMIN_ROLE_IDS: '1400000000000000001, 1400000000000000002',
        LOG_LEVEL: 'debug',
        LOG_QUESTIONS: 'on',
        ASK_COOLDOWN_SECONDS: '2.5',
        TOTAL_SHARDS: '4',
        KNOWLEDGE_WATCH_MAX_REMOVED: '0.5',
        KNOWLEDGE_STRICT: '1',
        DATA_DIR: '/var/lib/counterpoint',
        INSIGHTS: 'off',
        INSIGHTS_RETENTION_DAYS: '30',
        MATCHER: 'lexical',
        MODEL_DIR: '/opt/models',
        EMBED_THREADS: '2',
        COMMAND_PREFIX: 'cp-',
      }),
    ).toMatchObject({
      COMMAND_PREFIX: 'cp-',
      MATCHER: 'lexical',
      MODEL_DIR: '/opt/models',
      EMBED_THREADS: 2,
      INSIGHTS: false,
      INSIGHTS_RETENTION_DAYS: 30,
      KNOWLEDGE_STRICT: true,
      DATA_DIR: '/var/lib/counterpoint',
      KNOWLEDGE_WATCH: true,
      ADMIN_ROLE_IDS: ['1400000000000000001', '1400000000000000002'],
      ASK_COOLDOWN_SECONDS: 2.5,
      LOG_QUESTIONS: true,
      TOTAL_SHARDS: 4,
      KNOWLEDGE_WATCH_MAX_REMOVED: 0.5,
    });
  });

  it('SHARD_IDS: numbers and ranges, sorted and unique; it needs a numeric TOTAL_SHARDS above every id', () => {
    expect(loadConfig({ TOTAL_SHARDS: '8', SHARD_IDS: '4-6, 1,5' }).SHARD_IDS).toEqual([1, 4, 5, 6]);
    expect(loadConfig({ SHARD_IDS: '' }).SHARD_IDS).toBeUndefined();
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ SHARD_IDS: '0-3' })).toEqual([
      'SHARD_IDS: needs TOTAL_SHARDS as a number, the same on every host (not "auto")',
    ]);
    expect(problems({ TOTAL_SHARDS: '4', SHARD_IDS: '2-5' })).toEqual([
      'SHARD_IDS: shard 4, 5 is not below TOTAL_SHARDS (4); shards count from 0',
    ]);
    expect(problems({ TOTAL_SHARDS: '4', SHARD_IDS: '3-1' })).toEqual([
      'SHARD_IDS: "3-1" is not a shard number or range (e.g. 0-3 or 4,5,6)',
    ]);
    expect(problems({ TOTAL_SHARDS: '4', SHARD_IDS: 'first' })).toHaveLength(1);
  });

  it('HOST_NAME: a short name for reports, else the machine name', () => {
    expect(loadConfig({ HOST_NAME: 'host-b.eu' }).HOST_NAME).toBe('host-b.eu');
    expect(() => loadConfig({ HOST_NAME: 'host b; drop' })).toThrow(/HOST_NAME: must be 1–63 letters/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        DISCORD_TOKEN: 'nope',
        DISCORD_GUILD_ID: '12',
        LOG_LEVEL: 'loud',
        LOG_QUESTIONS: 'sometimes',
        ASK_COOLDOWN_SECONDS: 'soon',
        ADMIN_ROLE_IDS: 'admins',
        DISCORD_REST_API: 'ftp://x',
        COMMAND_PREFIX: 'CP ',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = error instanceof ConfigError ? error.problems.map((p) => p.split(':')[0]) : [];
      expect(problems.sort()).toEqual([
        'ADMIN_ROLE_IDS.0',
        'ASK_COOLDOWN_SECONDS',
        'COMMAND_PREFIX',
        'DISCORD_GUILD_ID',
        'DISCORD_REST_API',
        'DISCORD_TOKEN',
        'LOG_LEVEL',
        'LOG_QUESTIONS',
      ]);
    }
  });

  it('names what an entry point requires', () => {
    expect(() => loadConfig({}, ['token', 'clientId'])).toThrow(
      /DISCORD_TOKEN: required here[\s\S]*DISCORD_CLIENT_ID: required here/,
    );
  });
});
