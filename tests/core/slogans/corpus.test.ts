import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Slogan } from '../../../src/core/article';
import { findSlogans } from '../../../src/core/slogans';
import { BOILERPLATE, corpusDir } from './helpers';
import register from './corpus-register.json';

const ids = readdirSync(corpusDir)
  .filter((id) => id.startsWith('ia-'))
  .sort();
const political = new Set(Object.keys(register.political));

function slogansOf(id: string): Slogan[] {
  const truth = JSON.parse(readFileSync(join(corpusDir, id, 'truth.json'), 'utf8')) as {
    body_text: string;
    page_title_from_wrapper?: string;
    script: string;
  };
  const paragraphs = truth.body_text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text }));
  return findSlogans({
    title: truth.page_title_from_wrapper ?? null,
    paragraphs,
    script: truth.script === 'zh-Hant' ? 'hant' : 'hans',
  });
}

describe('slogans over the corpus (hand-cleaned body text)', () => {
  const results = new Map(ids.map((id) => [id, slogansOf(id)]));

  it('reads all 69 pages', () => {
    expect(ids).toHaveLength(69);
    for (const id of political) expect(ids).toContain(id);
  });

  it('reports few or no slogans on pages that are not political', () => {
    const counts = ids.filter((id) => !political.has(id)).map((id) => results.get(id)!.length);
    expect(counts.length).toBeGreaterThan(45);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5);
  });

  it('finds well-known formulations on party-media pages', () => {
    const withLexicon = [...political].filter((id) => results.get(id)!.some((s) => s.kind === 'lexicon' || s.gloss));
    expect(withLexicon.length).toBeGreaterThanOrEqual(5);
  });

  it('never reports page furniture', () => {
    for (const [, slogans] of results) {
      for (const slogan of slogans) for (const junk of BOILERPLATE) expect(slogan.text).not.toContain(junk);
    }
  });
});
