// The secrets of the configuration stay out of the log and out of error messages: the bot's token,
// wherever it appears, and a DATABASE_URL with its password.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger, databaseSecrets } from '../../src/log.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

describe('the logger', () => {
  it('never writes the token, wherever it appears', () => {
    const lines: string[] = [];
    const logger = createLogger('info', TOKEN, { write: (line: string) => lines.push(line) });
    logger.info({ token: TOKEN, headers: { authorization: `Bot ${TOKEN}` } }, `logging in with ${TOKEN}`);
    logger.error({ err: new Error(`401 for token ${TOKEN}`) }, 'failed');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });
});

describe('DATABASE_URL', () => {
  const URL_WITH_PASSWORD = 'postgres://counterpoint:s3cret-Pass%40word@db.internal:5432/counterpoint';

  it('takes a PostgreSQL address, and names a wrong one without repeating it', () => {
    expect(loadConfig({ DATABASE_URL: URL_WITH_PASSWORD }).DATABASE_URL).toBe(URL_WITH_PASSWORD);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/x' }).DATABASE_URL).toBe('postgresql://db/x');
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    const wrong = 'mysql://user:hunter2-secret@db/x';
    expect(() => loadConfig({ DATABASE_URL: wrong })).toThrow(/DATABASE_URL: must be a PostgreSQL address/);
    try {
      loadConfig({ DATABASE_URL: wrong });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2-secret');
    }
  });

  it('never reaches the log: neither the address nor its password', () => {
    const lines: string[] = [];
    const secrets = [TOKEN, ...databaseSecrets(URL_WITH_PASSWORD)];
    const logger = createLogger('info', secrets, { write: (line: string) => lines.push(line) });
    logger.warn({ url: URL_WITH_PASSWORD }, 'connecting');
    logger.error({ err: new Error('auth failed with s3cret-Pass@word') }, `token ${TOKEN}`);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain('s3cret-Pass');
      expect(line).not.toContain(TOKEN);
    }
    expect(lines.join('')).toContain('[redacted]');
  });
});
