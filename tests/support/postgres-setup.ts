// vitest's globalSetup: a PostgreSQL server for the store contract tests, as postgresUrl. Where
// it comes from, in order: TEST_DATABASE_URL; a throw-away cluster started from PostgreSQL's
// binaries, when installed; none, where the PostgreSQL tests are left out with one line saying so,
// except under CI, where a missing server fails the run (.ci/run installs PostgreSQL).
import type { TestProject } from 'vitest/node';
import { findPostgresBinaries, startThrowAwayCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The tests' PostgreSQL server (a maintenance database's URL), or '' when there is none. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const binaries = findPostgresBinaries();
  if (!binaries) {
    const missing = 'no PostgreSQL: set TEST_DATABASE_URL, or install it (initdb and pg_ctl)';
    if (process.env.CI)
      throw new Error(`CI is set and there is ${missing}; .ci/run installs it from Debian's packages`);
    console.log(`store contract tests: PostgreSQL skipped, ${missing}`);
    project.provide('postgresUrl', '');
    return undefined;
  }
  const server = await startThrowAwayCluster(binaries);
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
