/**
 * Extraction on the 69-page corpus against its hand truth (scoring in tests/tools/corpus-score.ts). These are the
 * project's targets; `npm run eval:corpus` prints the per-page detail behind them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusIds, evaluatePage, summarise, type PageResult, type Summary } from './tools/eval-corpus';

let results: PageResult[];
let summary: Summary;

beforeAll(async () => {
  results = [];
  for (const id of corpusIds()) results.push(await evaluatePage(id, { compare: false }));
  summary = summarise(results);
}, 300_000);

describe('extraction on the corpus', () => {
  it('covers all 69 pages', () => {
    expect(results).toHaveLength(69);
  });

  it('finds the body: Han-character F1 ≥ 0.95 on average, no page below 0.5', () => {
    expect(summary.below05).toEqual([]);
    expect(summary.hanF1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the date on at least 90 % of dated pages', () => {
    expect(summary.dateAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the author on at least 80 % of pages that name one', () => {
    expect(summary.authorAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
