import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The browser suite, once in Chromium and once in Firefox: the harness reads QINGDU_E2E_BROWSER. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    projects: ['chromium', 'firefox'].map((browser) => ({
      extends: true,
      // Firefox is driven over WebDriver BiDi, whose waits on a loaded machine now and then outlast a test's own: a
      // failed Firefox test runs once more, and the report says it was retried.
      test: { name: browser, env: { QINGDU_E2E_BROWSER: browser }, retry: browser === 'firefox' ? 1 : 0 },
    })),
  },
});
