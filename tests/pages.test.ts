/**
 * Every corpus page and seed against what a reader should see of it (tests/pages/<id>/expected.json): a change to
 * the rules or the adapters that moves any one page fails here, naming the page and what moved. When the change is
 * meant, `npm run pages:update -- ID` (or all pages: `npm run pages:update`) writes the new expectation, to be
 * reviewed in the diff.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/core/pipeline';
import { REPO_ROOT } from './paths';
import {
  differences,
  expectationOf,
  expectedPath,
  loadPage,
  PAGES_DIR,
  pageEntries,
  readExpected,
  report,
} from './tools/pages';

const entries = pageEntries();

describe('per-page expectations', () => {
  it('cover the 69 corpus pages and the five seeds as text and as HTML, with no file left over', () => {
    expect(entries.filter((entry) => entry.id.startsWith('ia-'))).toHaveLength(69);
    expect(entries.filter((entry) => entry.id.startsWith('seed-'))).toHaveLength(10);
    expect(readdirSync(PAGES_DIR).sort()).toEqual(entries.map((entry) => entry.id).sort());
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s', async (id, entry) => {
    const path = expectedPath(id);
    const expected = readExpected(id);
    if (!expected) expect.fail(`${relative(REPO_ROOT, path)} is missing: npm run pages:update -- ${id}`);
    const actual = expectationOf(entry, extractArticle(await loadPage(entry)));
    const lines = differences(expected, actual);
    if (lines.length > 0) {
      expect.fail(
        `${id} (${actual.file}) is not what ${relative(REPO_ROOT, path)} expects:\n` +
          `${report(lines)}\nIf the change is meant: npm run pages:update -- ${id}`,
      );
    }
    // Anything the account above might miss still fails here.
    expect(actual).toEqual(expected);
  });
});
