import type { ArticleWithSlogans } from '../../src/core/article';
import { noFields } from './rules/blocks';

/** An article with nothing known and no slogans, plus the given fields. */
export function article(overrides: Partial<ArticleWithSlogans> = {}): ArticleWithSlogans {
  return {
    ...noFields,
    subtitle: null,
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
