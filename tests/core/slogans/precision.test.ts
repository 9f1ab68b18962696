import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, SEEDS_DIR } from '../../paths';
import { judgements, score, shownSlogans } from './precision';

const judged = judgements();

describe.each([
  [
    'corpus pages',
    readdirSync(CORPUS_DIR)
      .filter((id) => id.startsWith('ia-'))
      .map((id) => join(CORPUS_DIR, id, 'page.html')),
  ],
  [
    'seeds',
    readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SEEDS_DIR, f)),
  ],
])('slogans shown on the %s, against the hand judgements', (_group, files) => {
  it('are all judged, and at least nine in ten of them are formulations', async () => {
    const shown = await shownSlogans(files.sort());
    const { right, wrong, unjudged } = score(shown, judged);
    expect(unjudged.map((s) => `${s.page} ${s.text}`)).toEqual([]);
    expect(right + wrong).toBeGreaterThan(30);
    expect(right / (right + wrong)).toBeGreaterThanOrEqual(0.9);
  });
});
