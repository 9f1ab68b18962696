/**
 * Content scoring: which of the blocks still taken for body make up the article. Where the article ends runs before
 * the metadata rules, so that no credit is read from the next entry or a reply; the scoring runs after them.
 */
import type { Rule } from '../../article';
import { articleProse } from './article-prose';
import { challengePage } from './challenge-page';
import { mainContent } from './main-content';
import { nextEntry } from './next-entry';
import { replyThread } from './reply-thread';
import { teaserList } from './teaser-list';

/** Where the article ends and the next entry or a reply thread begins: decided before credits are read. */
export const endOfArticleRules: Rule[] = [nextEntry, replyThread];
export const contentRules: Rule[] = [teaserList, mainContent, challengePage];
/** Whether what is left holds a sentence: asked once a first line taken for the headline has left the text. */
export { articleProse };
