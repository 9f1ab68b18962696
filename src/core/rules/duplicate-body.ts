import type { Decisions, Rule, RuleInput } from '../article';

/** Repeats shorter than this (`（完）`, `图片`) may legitimately recur; longer ones are the page printed twice. */
const MIN_REPEAT = 8;

const normalise = (text: string) => text.replace(/[\s\u3000]+/g, '');

export const duplicateBody: Rule = {
  name: 'duplicate-body',
  why: 'templates that print the article twice (desktop and mobile copies) would double every paragraph',
  motivatedBy: 'seeds 000 and 003 (government portal and city app pages carrying two copies of the body)',
  apply({ texts, roles }: RuleInput): Decisions {
    const seen = new Set<string>();
    const decided: NonNullable<Decisions['roles']> = [];
    texts.forEach((text, block) => {
      const key = normalise(text);
      if (key.length < MIN_REPEAT) return;
      if (seen.has(key) && roles[block] === 'body') decided.push({ block, role: 'duplicate' });
      seen.add(key);
    });
    return { roles: decided };
  },
};
