/**
 * Archive and list pages print several entries, each under a headline marked up the same way. The article is
 * the entry under the page's title: a later block dressed exactly like the title block starts the next entry.
 */
import type { Block, Decisions, Rule, RuleInput } from '../../article';
import { dressOf } from '../dress';
import { contentWeight, LABEL_LENGTH, visibleLength } from './density';

/** The first entry must hold some prose before the next headline counts: a table of labelled cells does not. */
const ENTRY_PROSE = 100;

function sameDress(a: Block, b: Block): boolean {
  return a.heading === b.heading && dressOf(a) === dressOf(b);
}

export const nextEntry: Rule = {
  name: 'next-entry',
  why: 'on a blog archive or list page, the next headline dressed like the title starts a different entry',
  motivatedBy: 'corpus blog archive pages (several posts, each under a post-title cell)',
  apply({ page, roles, texts }: RuleInput): Decisions {
    const titleIndex = roles.indexOf('title');
    if (titleIndex < 0) return {};
    const title = page.blocks[titleIndex]!;
    // Without its own class or id the title's dress is the page layout's, which every block shares.
    if (title.hints.length === 0) return {};
    // Paragraphs dressed like the title mean the dress is the page's paragraph style, not a headline's.
    if (page.blocks.some((block) => sameDress(block, title) && visibleLength(texts[block.index]!) >= LABEL_LENGTH))
      return {};
    // No later block dressed like the title: no next entry, and no prose to weigh.
    if (!page.blocks.some((block) => block.index > titleIndex && sameDress(block, title))) return {};
    let prose = 0;
    let cut = -1;
    for (let i = titleIndex + 1; i < page.blocks.length; i++) {
      const block = page.blocks[i]!;
      if (sameDress(block, title)) {
        if (prose >= ENTRY_PROSE) {
          cut = i;
          break;
        }
        continue;
      }
      if (roles[i] === 'body') prose += Math.max(0, contentWeight(texts[i]!, block.linkDensity));
    }
    if (cut < 0) return {};
    const decided: NonNullable<Decisions['roles']> = [];
    for (let i = cut; i < page.blocks.length; i++)
      if (roles[i] === 'body') decided.push({ block: i, role: 'boilerplate' });
    return { roles: decided };
  },
};
