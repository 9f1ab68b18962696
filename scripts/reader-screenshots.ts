/**
 * `QINGDU_E2E=1 npx wxt build && npx tsx scripts/reader-screenshots.ts`: before/after screenshots of the reader view on
 * two seed pages, into docs/. Uses the browser suite's harness (Debian Chromium, the built extension).
 */
import { join } from 'node:path';
import { launchBrowser, REPO_ROOT } from '../tests/e2e/harness';

const SEEDS = ['000', '001'];

const h = await launchBrowser({ viewport: { width: 1100, height: 760 } });
try {
  for (const seed of SEEDS) {
    const { page, tabId } = await h.openPage(`/fixtures/seeds/${seed}.html`);
    await page.screenshot({ path: join(REPO_ROOT, 'docs', `reader-${seed}-before.png`) });
    const reply = (await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' })) as {
      ok: boolean;
      error?: string;
    };
    if (!reply.ok) throw new Error(`seed ${seed}: ${reply.error}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(REPO_ROOT, 'docs', `reader-${seed}-after.png`) });
    await page.close();
    console.log(`docs/reader-${seed}-before.png, docs/reader-${seed}-after.png`);
  }
} finally {
  await h.close();
}
