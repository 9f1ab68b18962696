/** Content scoring: which of the blocks still taken for body make up the article. Runs after furniture and metadata. */
import type { Rule } from '../../article';
import { articleProse } from './article-prose';
import { mainContent } from './main-content';
import { nextEntry } from './next-entry';
import { replyThread } from './reply-thread';

export const contentRules: Rule[] = [nextEntry, replyThread, mainContent, articleProse];
