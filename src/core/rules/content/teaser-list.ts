/**
 * A list of other articles — a tag page, a topic page, a related list — is made of linked headlines, each with its
 * summary and date under it, dressed alike. Those summaries are the other articles' text, not this page's: they leave
 * the article, and a page made only of them has no article.
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { RELATED_HEADING } from '../boilerplate';
import { teaserLines } from '../teasers';

/** Items it takes to make a list of teasers. */
const LIST_ITEMS = 3;

export const teaserList: Rule = {
  name: 'teaser-list',
  why: 'summaries under the linked headlines of a list are other articles’ text, not the page’s',
  motivatedBy:
    'corpus-modern tag and topic pages (a headline link, its summary and its date, item after item); xinhua-2017-gaozhongsheng (two items under 相关新闻)',
  apply({ page, roles, views }: RuleInput): Decisions {
    const teasers = teaserLines(page, roles, views, {
      items: LIST_ITEMS,
      summaries: true,
      listHeading: RELATED_HEADING,
    });
    const decided: NonNullable<Decisions['roles']> = [];
    for (const block of [...teasers].sort((a, b) => a - b))
      if (roles[block] === 'body') decided.push({ block, role: 'boilerplate' });
    return { roles: decided };
  },
};
