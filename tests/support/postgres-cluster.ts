// A throw-away PostgreSQL cluster for the tests and the bench: initdb into a temporary folder, a
// server on a free loopback port (its socket in the same folder), stopped and deleted after.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running server: its address (user and password included) and how to stop it. */
export interface PostgresServer {
  readonly url: string;
  stop(): Promise<void>;
  /** Shuts the server down (its data kept), as an operator's restart would: connections are cut. */
  halt(): Promise<void>;
  /** Starts it again on the same port and data. */
  resume(): Promise<void>;
}

/**
 * The folder holding initdb and pg_ctl: Debian's /usr/lib/postgresql/<version>/bin, newest first,
 * then PATH; undefined when PostgreSQL is not installed.
 */
export function findPostgresBinaries(): string | undefined {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(debian, v, 'bin'))
    : [];
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [...versions, ...onPath].find((dir) => ['initdb', 'pg_ctl'].every((b) => existsSync(path.join(dir, b))));
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The user the cluster runs as: initdb and postgres refuse root, so as root they run as the user
 * Debian's package makes, "postgres" (through runuser); otherwise as whoever runs the tests.
 */
async function clusterUser(): Promise<{ uid: number; gid: number; prefix: string[] } | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  try {
    return { uid: await id('-u'), gid: await id('-g'), prefix: ['runuser', '-u', 'postgres', '--'] };
  } catch {
    throw new Error('running as root, and there is no "postgres" user to run a PostgreSQL cluster as');
  }
}

/**
 * Starts a cluster with the binaries in `binDir`: a random password for its one user, listening on
 * 127.0.0.1 only, fsync off (it is thrown away). Throws with the server's log when it cannot start.
 */
export async function startThrowAwayCluster(binDir: string): Promise<PostgresServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const password = randomBytes(18).toString('hex');
  const as = await clusterUser();
  const exec = (bin: string, args: string[]) => {
    const [command, ...rest] = [...(as?.prefix ?? []), path.join(binDir, bin), ...args];
    return run(command as string, rest, { timeout: 60_000 });
  };
  try {
    await writeFile(path.join(dir, 'password'), password, { mode: 0o600 });
    if (as) for (const f of [dir, path.join(dir, 'password')]) await chown(f, as.uid, as.gid);
    const initdb = ['-D', data, '-U', 'counterpoint', '--auth=scram-sha-256', `--pwfile=${path.join(dir, 'password')}`];
    await exec('initdb', [...initdb, '--encoding=UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    const options =
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off ` +
      '-c synchronous_commit=off -c full_page_writes=off -c max_connections=200';
    const start = () => exec('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', options]);
    await start();
    return {
      halt: async () => void (await exec('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w'])),
      resume: async () => void (await start()),
      url: `postgres://counterpoint:${password}@127.0.0.1:${port}/postgres`,
      stop: async () => {
        await exec('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => {});
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const detail = await run('tail', ['-n', '20', log]).then(
      (r) => r.stdout,
      () => '',
    );
    await rm(dir, { recursive: true, force: true });
    throw new Error(`a throw-away PostgreSQL cluster could not start: ${String(error)}\n${detail}`);
  }
}
