import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/cli/load';
import { extractArticle } from '../../../src/core/pipeline';
import { findSlogans, sloganKey, withSlogans } from '../../../src/core/slogans';
import { BOILERPLATE, PLAIN, expectedSlogans, seedArticle, seedDir, seedNames, seedRawLines } from './helpers';

describe.each(seedNames)('slogans of seed %s', (name) => {
  const expected = expectedSlogans(name);
  const slogans = findSlogans(seedArticle(name));
  const top10 = slogans.slice(0, 10);

  it('ranks every expected slogan in the top 10', () => {
    const found = top10.map((s) => sloganKey(s.text));
    for (const text of expected) expect(found, text).toContain(sloganKey(text));
  });

  it('shows each expected slogan in the script the page is written in', () => {
    for (const text of expected) {
      const slogan = top10.find((s) => sloganKey(s.text) === sloganKey(text))!;
      expect(slogan.text.replace(/[、，,]/g, '')).toBe(text.replace(/[、，,]/g, ''));
    }
  });

  it('points at the first occurrence in the paragraphs', () => {
    const { paragraphs } = seedArticle(name);
    expect(slogans.filter((s) => s.first).length).toBeGreaterThanOrEqual(expected.length);
    for (const slogan of slogans.filter((s) => s.first)) {
      const { paragraph, offset } = slogan.first!;
      expect(paragraphs[paragraph]!.text.slice(offset, offset + slogan.text.length)).toBe(slogan.text);
    }
  });

  it('never reports furniture or plain words, even from the raw page', () => {
    for (const list of [slogans, findSlogans(seedRawLines(name)).slice(0, 10)]) {
      for (const slogan of list) {
        for (const junk of BOILERPLATE) expect(slogan.text).not.toContain(junk);
        expect(PLAIN.map(sloganKey)).not.toContain(sloganKey(slogan.text));
      }
    }
  });

  it('finds the expected slogans on the raw page too', () => {
    const found = findSlogans(seedRawLines(name)).map((s) => sloganKey(s.text));
    for (const text of expected) expect(found, text).toContain(sloganKey(text));
  });
});

describe.each(seedNames)('withSlogans on seed %s through the pipeline', (name) => {
  it('carries the expected slogans, with offsets into the article paragraphs', async () => {
    const { page } = await loadFile(join(seedDir, `${name}.txt`));
    const article = withSlogans(extractArticle(page));
    const found = article.slogans.slice(0, 10).map((s) => sloganKey(s.text));
    for (const text of expectedSlogans(name)) expect(found, text).toContain(sloganKey(text));
    expect(article.slogans.filter((s) => s.first).length).toBeGreaterThanOrEqual(expectedSlogans(name).length);
    for (const slogan of article.slogans.filter((s) => s.first)) {
      const { paragraph, offset } = slogan.first!;
      expect(article.paragraphs[paragraph]!.text.slice(offset, offset + slogan.text.length)).toBe(slogan.text);
    }
  });
});
