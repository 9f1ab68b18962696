import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Slogan } from '../../../src/core/article';
import { findSlogans } from '../../../src/core/slogans';
import { FIXTURES_DIR } from '../../paths';

function slogansOf(name: string): Slogan[] {
  const page = JSON.parse(readFileSync(join(FIXTURES_DIR, 'slogans', `${name}.json`), 'utf8')) as {
    title: string;
    paragraphs: string[];
  };
  return findSlogans({ title: page.title, paragraphs: page.paragraphs.map((text) => ({ text })), script: 'hans' });
}

describe('a commentary on trade, in state-media register', () => {
  const slogans = slogansOf('commentary');
  const texts = slogans.map((s) => s.text);

  it('finds the headline formulations, glossed', () => {
    for (const text of ['高水平对外开放', '新质生产力', '新三样', '单边主义、保护主义', '中国式现代化', '高质量发展']) {
      expect(slogans.find((s) => s.text === text)?.gloss, text).toBeDefined();
    }
    expect(texts.some((t) => t.includes('产能过剩论'))).toBe(true);
    expect(texts.some((t) => t.includes('真正的多边主义'))).toBe(true);
  });

  it('puts first what the headline says and the piece repeats', () => {
    expect(slogans[0]).toMatchObject({ text: '高水平对外开放', count: 5 });
  });

  it('leaves out enumerations, tallies of places, idioms and pieces of speech', () => {
    for (const junk of ['有关部门', '三省一市', '三足鼎立', '住得好不好', '看病和孩子'])
      expect(texts.join('|'), junk).not.toContain(junk);
  });
});

describe('glosses that belong to one field', () => {
  it('leaves the epidemic gloss off 联防联控 on a page about river pollution, and keeps the others', () => {
    const river = slogansOf('river');
    const joint = river.find((s) => s.text.startsWith('联防联控'));
    expect(joint).toMatchObject({ kind: 'lexicon', count: 3 });
    expect(joint?.gloss).toBeUndefined();
    expect(river.find((s) => s.text === '河长制')?.gloss?.en).toMatch(/river chief/);
  });

  it('glosses 联防联控 on a page about the epidemic', () => {
    const epidemic = findSlogans({
      title: '全市加强疫情联防联控',
      paragraphs: [{ text: '各区要落实联防联控措施，做好核酸检测和隔离管控，发现病例及时处置。' }],
      script: 'hans',
    });
    expect(epidemic.find((s) => s.text === '联防联控')?.gloss?.zh).toMatch(/疫情/);
  });
});
