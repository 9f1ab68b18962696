/**
 * An article is prose: when what content scoring kept holds not one sentence — a home page's copyright line, a topic
 * page's subscription prompt — the page has no article, and the reader is told so instead of shown a fragment.
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { LABEL_LENGTH, visibleLength } from './density';

/** A line this long that ends like a sentence is one (`图为港口。`); shorter, it is a label or a button. */
const SENTENCE_MIN = 10;
/** Sentence-final punctuation, with the closing quotes and brackets that may follow it. */
const SENTENCE_END = /[。！？!?…][”」』"'’）)]*$/u;

export function isSentence(text: string): boolean {
  const length = visibleLength(text);
  return length >= LABEL_LENGTH || (length >= SENTENCE_MIN && SENTENCE_END.test(text.trimEnd()));
}

export const articleProse: Rule = {
  name: 'article-prose',
  why: 'a page whose remaining text holds no sentence (a footer line, a prompt) has no article to show',
  motivatedBy: 'corpus-modern pages that are not articles (a portal home page, a topic listing)',
  apply({ roles, texts }: RuleInput): Decisions {
    const body: number[] = [];
    for (let block = 0; block < roles.length; block++) {
      if (roles[block] !== 'body') continue;
      if (isSentence(texts[block]!)) return {};
      body.push(block);
    }
    return { roles: body.map((block) => ({ block, role: 'boilerplate' as const })) };
  },
};
