import type { ArticleWithSlogans } from '../../../src/core/article';

/** An article with nothing known and no slogans, plus the given fields. */
export function article(overrides: Partial<ArticleWithSlogans> = {}): ArticleWithSlogans {
  return {
    title: null,
    date: null,
    source: null,
    editor: null,
    author: null,
    reviewer: null,
    site: null,
    url: null,
    script: 'hans',
    paragraphs: [],
    evidence: {},
    rejected: [],
    roles: [],
    removed: [],
    slogans: [],
    warnings: [],
    ...overrides,
  };
}
