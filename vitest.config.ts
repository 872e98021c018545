import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts its own Chromium; two at a time fits a 2-core CI machine.
          maxWorkers: 2,
          // A poll waits on a page that shares two cores with another Chromium: one second (the
          // default) is not always enough for a frame to come; a real failure still fails, later.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
