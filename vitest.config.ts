import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests that start processes or servers bind loopback ports only; forks keep them isolated.
    pool: 'forks',
  },
});
