import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A PostgreSQL server for the store contract tests: TEST_DATABASE_URL, or a throw-away cluster;
    // and the entries' vectors, embedded once before the workers start.
    globalSetup: ['tests/support/postgres-setup.ts', 'tests/support/vectors-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests that start processes or servers bind loopback ports only; forks keep them isolated.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine that is one
    // worker, and the suite ran file after file (208 s here). Most files wait on child processes
    // and sockets rather than compute, so two workers on two cores finish in about 155 s.
    maxWorkers: Math.max(2, availableParallelism()),
    // Each worker imports the modules once for all its files rather than once per file: importing
    // (discord.js, onnxruntime, the sources through the transform) took 105 s of a 263 s run; without
    // it the suite takes 174 s. Tests hold no module state between files (each builds its own bot,
    // stores and knowledge), and the suite passes with its files shuffled (--sequence.shuffle.files).
    isolate: false,
  },
});
