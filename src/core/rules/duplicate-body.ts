import type { Decisions, Rule, RuleInput } from '../article';

/** Repeats shorter than this (`（完）`, `图片`) may legitimately recur; longer ones are the page printed twice. */
const MIN_REPEAT = 8;
/**
 * A line this long printed again is the body printed twice; a shorter one only when a repeated line stands beside it
 * (a table's cells repeat their values row after row: `1、英语或俄语或日语`).
 */
const LONE_REPEAT = 20;

const normalise = (text: string) => text.replace(/[\s\u3000]+/g, '');

export const duplicateBody: Rule = {
  name: 'duplicate-body',
  why: 'templates that print the article twice (desktop and mobile copies) would double every paragraph',
  motivatedBy: 'seeds 000 and 003 (government portal and city app pages carrying two copies of the body)',
  apply({ texts, roles }: RuleInput): Decisions {
    const seen = new Set<string>();
    const keys = texts.map(normalise);
    const repeated = keys.map((key) => {
      if (key.length < MIN_REPEAT) return false;
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    const decided: NonNullable<Decisions['roles']> = [];
    repeated.forEach((again, block) => {
      if (!again || roles[block] !== 'body') return;
      if (keys[block]!.length >= LONE_REPEAT || repeated[block - 1] || repeated[block + 1])
        decided.push({ block, role: 'duplicate' });
    });
    return { roles: decided };
  },
};
