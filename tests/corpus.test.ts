/**
 * Extraction on the 69-page corpus against its hand truth (scoring in tests/tools/corpus-score.ts and
 * tests/tools/field-score.ts). These are the project's targets; `npm run eval:corpus` prints the per-page detail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './paths';
import { authorMatches, dateMatches, dateParts } from './tools/corpus-score';
import { corpusIds, corpusMetadata, evaluatePage, type PageResult, type Summary, summarise } from './tools/eval-corpus';
import { falseRate, fillRate } from './tools/field-score';

let results: PageResult[];
let summary: Summary;

beforeAll(async () => {
  const metadata = corpusMetadata();
  results = [];
  for (const id of corpusIds()) results.push(await evaluatePage(id, { metadata, compare: false }));
  summary = summarise(results);
}, 300_000);

/** truth.json's own author and date, read loosely (an author matches when either contains the other). */
function looseTruth(id: string): { author?: string; date?: string } {
  return JSON.parse(readFileSync(join(CORPUS_DIR, id, 'truth.json'), 'utf8'));
}

describe('extraction on the corpus', () => {
  it('covers all 69 pages', () => {
    expect(results).toHaveLength(69);
  });

  it('finds the body: Han-character F1 ≥ 0.95 on average, no page below 0.5', () => {
    expect(summary.below05).toEqual([]);
    expect(summary.hanF1).toBeGreaterThanOrEqual(0.95);
  });

  it("finds truth.json's date on at least 90 % of its dated pages", () => {
    const dated = results.filter((r) => dateParts(looseTruth(r.id).date ?? '') !== null);
    const found = dated.filter((r) => dateMatches(r.article.date, looseTruth(r.id).date ?? ''));
    expect(found.length / dated.length).toBeGreaterThanOrEqual(0.9);
  });

  it("finds truth.json's author (or its editor or source) on at least 80 % of pages that name one", () => {
    const authored = results.filter((r) => (looseTruth(r.id).author ?? '').trim() !== '');
    const found = authored.filter((r) =>
      authorMatches([r.article.author, r.article.editor, r.article.source], looseTruth(r.id).author ?? ''),
    );
    expect(found.length / authored.length).toBeGreaterThanOrEqual(0.8);
  });

  it('shows no source, editor or reporter that is not the page’s on more than 3 % of the values it shows', () => {
    const shown = { right: 0, partial: 0, wrong: 0, missing: 0, invented: 0, absent: 0 };
    for (const field of ['source', 'editor', 'author'] as const) {
      for (const key of Object.keys(shown) as (keyof typeof shown)[]) shown[key] += summary.fields[field][key];
    }
    expect(falseRate(shown)).toBeLessThanOrEqual(0.03);
  });

  it('fills source, editor and reporter where the page states them: ≥ 85 %, 85 %, 80 %', () => {
    expect(fillRate(summary.fields.source)).toBeGreaterThanOrEqual(0.85);
    expect(fillRate(summary.fields.editor)).toBeGreaterThanOrEqual(0.85);
    expect(fillRate(summary.fields.author)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the date and the headline on ≥ 95 % of the pages that state them', () => {
    expect(fillRate(summary.fields.date)).toBeGreaterThanOrEqual(0.95);
    expect(fillRate(summary.fields.title)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the body: Han-character F1 ≥ 0.96 on average', () => {
    expect(summary.hanF1).toBeGreaterThanOrEqual(0.96);
  });
});
