import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core/pipeline';
import { challengePage } from '../../../../src/core/rules/content/challenge-page';
import { input, marked, page } from '../blocks';

const PROSE = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效。';

describe('challenge-page rule', () => {
  it.each([
    [
      [
        'Just a moment...',
        'Checking if the site connection is secure',
        'example.com needs to review the security of your connection before proceeding.',
      ],
    ],
    [
      [
        "Let's confirm you are human",
        'Complete the security check before continuing. This step verifies that you are not a bot.',
        'Begin',
      ],
    ],
    [['请完成安全验证', '拖动下方滑块完成拼图', '刷新']],
  ])('takes a bot check for no article: %s', (lines) => {
    expect(marked(challengePage.apply(input(page(lines))), 'boilerplate')).toEqual(lines.map((_, i) => i));
    const article = extractArticle(page(lines));
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings.map((w) => w.kind)).toContain('no-article');
  });

  it('keeps an article that speaks of a bot check', () => {
    const lines = [`网站上线人机验证功能后，${PROSE}`, PROSE, PROSE];
    expect(challengePage.apply(input(page(lines)))).toEqual({});
    expect(extractArticle(page(lines)).paragraphs.length).toBeGreaterThan(0);
    const long = ['人机验证', PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE];
    expect(challengePage.apply(input(page(long)))).toEqual({});
  });
});
