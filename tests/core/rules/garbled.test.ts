import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { loadFile } from '../../../src/cli/load';
import { articleText } from '../../../src/cli/article-output';
import { PLACEHOLDER, REPAIR_NOTE } from '../../../src/core/garbled';
import { extractArticle } from '../../../src/core/pipeline';
import { garbledText } from '../../../src/core/rules/garbled';
import { textToPage } from '../../../src/adapters/text';
import { domToPage } from '../../../src/adapters/dom';
import { parseHTML } from 'linkedom';
import { REPO_ROOT } from '../../paths';

const root = REPO_ROOT;

async function extract(path: string): Promise<Article> {
  return extractArticle((await loadFile(join(root, path))).page);
}

function garbledWarnings(article: Article) {
  return article.warnings.filter((w) => w.kind === 'garbled');
}

describe('garbled-text rule', () => {
  it('names itself and the page that motivated it', () => {
    expect(garbledText.name).toBe('garbled-text');
    expect(garbledText.why).not.toBe('');
    expect(garbledText.motivatedBy).toMatch(/002/);
  });

  it('rewrites only blocks with garbled text, and warns once per span', () => {
    const page = textToPage('清楚的一行字。\n投身疫情防控工作?h(市、區)、鄉鎮(街道)\n縣(市、區)、鄉鎮(街道)、村(社區)');
    const decisions = garbledText.apply({
      page,
      roles: page.blocks.map(() => 'body' as const),
      texts: page.blocks.map((b) => b.text),
      views: page.blocks.map((b) => b.text),
      fields: { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null },
    });
    expect(decisions.texts?.map((t) => [t.block, t.text])).toEqual([[1, '投身疫情防控工作縣(市、區)、鄉鎮(街道)']]);
    expect(decisions.warnings).toEqual([
      { kind: 'garbled', block: 1, message: 'garbled text repaired: “?h” → “縣” (partly inferred)' },
    ]);
  });

  it('leaves rare characters side by side alone on a page with no mark of garbling', () => {
    const decide = (text: string) => {
      const page = textToPage(text);
      return garbledText.apply({
        page,
        roles: page.blocks.map(() => 'body' as const),
        texts: page.blocks.map((b) => b.text),
        views: page.blocks.map((b) => b.text),
        fields: { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null },
      });
    };
    // A shifted reading of `畔呦呦鹿` is plausible (`□线线下□`): only the `?h` elsewhere on a page makes it worth trying.
    expect(decide('长江之畔呦呦鹿鸣\n清楚的一行字。')).toEqual({ texts: [], warnings: [] });
    expect(decide('长江之畔呦呦鹿鸣\n投身疫情防控工作?h(市、區)、鄉鎮(街道)').texts?.map((t) => t.block)).toContain(1);
  });
});

describe('the DOM path', () => {
  it('repairs a garbled paragraph of a live page with the same rule', () => {
    const { document } =
      parseHTML(`<!doctype html><html lang="zh-TW"><head><title>組織黨員干部下沉基層一線</title></head>
      <body><article><h1>組織黨員干部下沉基層一線</h1>
      <p>《通知》指出，充分發揮領導干部引領帶動作用，指導統籌疫情防控和經濟社會發展工作，深入基層點位。</p>
      <p>要與當(dāng)?shù)匾黄鹕钊胧崂砉ぷ髦写嬖诘睦щy和問題，研究解決辦法，細化應對措施，推動各項工作落實。</p>
      </article></body></html>`);
    const article = extractArticle(domToPage(document as unknown as Document, 'https://example.cn/a.html').page);
    const paragraph = article.paragraphs.find((p) => p.text.includes('深入梳理'));
    expect(paragraph?.text).toBe(
      `要與當${PLACEHOLDER}一起深入梳理工作中存在的困難和問題，研究解決辦法，細化應對措施，推動各項工作落實。`,
    );
    expect(paragraph?.repairs).toHaveLength(1);
    expect(garbledWarnings(article)).toHaveLength(1);
  });
});

describe('seed 002 (GBK bytes one out of step)', async () => {
  const article = await extract('seeds/002_5b15a6444413c614.txt');
  const text = article.paragraphs.map((p) => p.text).join('\n');

  it('repairs the garbled spans in the article text', () => {
    expect(text).toContain('做好疫情防控工');
    expect(text).toContain('一起深入梳理工作中存在的困難和問題');
    expect(text).toContain('防疫工作要求，不講條件');
    expect(text).toContain('投身疫情防控工作縣(市、區)');
    expect(text).not.toMatch(/[匾黄鹕钊胧崂砉ぷщ]/u);
  });

  it('shows the lost bytes of 地 as placeholders, not guesses', () => {
    expect(text).toContain(`重點督促當${PLACEHOLDER}做好疫情防控工作`);
    expect(text).toContain(`要與當${PLACEHOLDER}一起`);
    expect(text).toContain(`要嚴守當${PLACEHOLDER}防疫工作要求`);
  });

  it('records every repair with its offsets, the garbled original and what was inferred', () => {
    const repairs = article.paragraphs.flatMap((p) => (p.repairs ?? []).map((r) => ({ ...r, text: p.text })));
    expect(repairs).toHaveLength(4);
    for (const r of repairs) expect(r.text.slice(r.start, r.end)).not.toBe('');
    const inferred = repairs.filter((r) => r.inferred).flatMap((r) => r.inferredAt!.map((at) => r.text[at]));
    expect(inferred.sort()).toEqual(['作', '縣']);
    expect(repairs.map((r) => r.original)).toContain('?h');
    expect(repairs.some((r) => r.original.includes('匾黄鹕钊'))).toBe(true);
  });

  it('marks repaired spans in the CLI text output, with a legend', () => {
    const out = articleText(article);
    expect(out).toContain(`投身疫情防控工作〔[縣]〕(市、區)`);
    expect(out).toContain(`重點督促當〔${PLACEHOLDER}做好疫情防控工[作]〕。`);
    expect(out.trimEnd().split('\n').at(-1)).toBe(REPAIR_NOTE);
  });

  it('warns once per garbled span, saying it was repaired', () => {
    const warnings = garbledWarnings(article);
    expect(warnings).toHaveLength(4);
    for (const w of warnings) expect(w.message).toMatch(/^garbled text repaired/);
  });
});

describe('seed 001', async () => {
  const article = await extract('seeds/001_f44656cb4efbb886.txt');

  it('flags the one garbled span and leaves it as it was', () => {
    const warnings = garbledWarnings(article);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^garbled text, not repaired: “\?fàn\)帲t”/);
    expect(article.paragraphs.some((p) => p.text.includes('與病毒抗?fàn)帲t'))).toBe(true);
    expect(article.paragraphs.every((p) => !p.repairs)).toBe(true);
  });
});

describe('corpus pages', () => {
  /** Checked by eye: a lost byte garbled a run of ia-33a95b71; three pages hold a `?` where a character was lost. */
  const repairedPages = ['ia-33a95b71'];
  const flaggedPages = ['ia-77fa9435', 'ia-d96c76b7', 'ia-e3f3b532'];

  it('repairs nothing on the pages verified clean, and flags only the pages checked by eye', async () => {
    const repaired: string[] = [];
    const flagged: string[] = [];
    for (const id of readdirSync(join(root, 'tests/corpus'))
      .filter((name) => name.startsWith('ia-'))
      .sort()) {
      const article = await extract(`tests/corpus/${id}/page.html`);
      if (article.paragraphs.some((p) => p.repairs?.length)) repaired.push(id);
      else if (garbledWarnings(article).length > 0) flagged.push(id);
    }
    expect(repaired).toEqual(repairedPages);
    expect(flagged).toEqual(flaggedPages);
  }, 120_000);

  it('recovers the garbled run of ia-33a95b71', async () => {
    const article = await extract('tests/corpus/ia-33a95b71/page.html');
    const text = article.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('没有经过接触与皮肤测试，他们不知道那位消费者是否是使用SK-II产品');
  });
});
