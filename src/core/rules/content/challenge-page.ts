/**
 * A bot check served in place of the page (`Just a moment...`, `Human Verification`, `请完成安全验证`) is no article: its
 * few lines ask the reader to prove they are human. The reader is told the page has no article instead.
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { visibleLength } from './density';

/** What bot checks say, in the words of the common services and of Chinese sites (neutral view). */
const CHALLENGE =
  /\b(?:verify|confirm) (?:that )?you are (?:a )?human\b|\bhuman verification\b|\bare you a robot\b|\bjust a moment\b|checking (?:if the site connection is secure|your browser)|security of your connection|人机验证|安全验证|访问验证|滑动验证|请(?:输入|完成)验证码|验证您(?:是|不是)(?:真人|机器人)/iu;
/** A bot check holds a few lines; a page with an article's worth of text is not one, whatever it says. */
const CHALLENGE_TEXT_MAX = 300;
/** It says what it is in a line of its own, a heading or a prompt, not inside a sentence of prose. */
const CHALLENGE_LINE_MAX = 40;

export const challengePage: Rule = {
  name: 'challenge-page',
  why: 'a bot check served in place of the page holds a few lines asking for proof of being human, not an article',
  motivatedBy: 'corpus-modern pts-nonnews-captcha (a saved article address holding a bot check)',
  apply({ page, roles, views }: RuleInput): Decisions {
    const body: number[] = [];
    let length = 0;
    let challenge = CHALLENGE.test(page.meta.documentTitle ?? '');
    for (let block = 0; block < roles.length; block++) {
      if (roles[block] !== 'body') continue;
      body.push(block);
      length += visibleLength(views[block]!);
      if (length > CHALLENGE_TEXT_MAX) return {};
      challenge ||= views[block]!.length <= CHALLENGE_LINE_MAX && CHALLENGE.test(views[block]!);
    }
    return challenge ? { roles: body.map((block) => ({ block, role: 'boilerplate' as const })) } : {};
  },
};
