/**
 * Main-content scoring for DOM pages (and text pages alike): the article is the one stretch of the page, in reading
 * order, where prose outweighs furniture. Blocks still taken for body outside that stretch are sidebars, link
 * lists, comment threads and footers no pattern named.
 */
import type { Decisions, Role, Rule, RuleInput } from '../../article';
import { contentWeight } from './density';

/** A block other rules already removed as furniture separates texts a little, like an unlinked label would. */
const REMOVED_COST = 3;
/** Blocks outside the stretch but in a container it mostly holds are kept when they read as prose. */
const GROUP_SHARE = 0.5;

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  weight: number;
}

/** The contiguous run of blocks with the largest total weight (Kadane); null when no block weighs anything. */
export function heaviestSpan(weights: readonly number[]): Span | null {
  let best: Span | null = null;
  let start = 0;
  let sum = 0;
  weights.forEach((weight, i) => {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += weight;
    if (sum > 0 && (!best || sum > best.weight)) best = { start, end: i + 1, weight: sum };
  });
  return best;
}

export function blockWeights({ page, roles, texts }: Pick<RuleInput, 'page' | 'roles' | 'texts'>): number[] {
  return page.blocks.map((block, i) => {
    const role = roles[i];
    if (role === 'body') return contentWeight(texts[i]!, block.linkDensity);
    return role === 'boilerplate' ? -REMOVED_COST : 0;
  });
}

export const mainContent: Rule = {
  name: 'main-content',
  why: 'the article is the heaviest stretch of prose in reading order; what lies outside it is page furniture',
  motivatedBy: 'corpus pages (blogs, forums and portals with sidebars, link lists and reply lists beside the text)',
  apply(input: RuleInput): Decisions {
    const { page, roles } = input;
    const weights = blockWeights(input);
    const span = heaviestSpan(weights);
    if (!span) return {};
    const groupWeight = new Map<number, number>();
    let spanWeight = 0;
    for (let i = span.start; i < span.end; i++) {
      if (weights[i]! <= 0) continue;
      const group = page.blocks[i]!.group;
      groupWeight.set(group, (groupWeight.get(group) ?? 0) + weights[i]!);
      spanWeight += weights[i]!;
    }
    const mainGroups = new Set([...groupWeight].filter(([, w]) => w >= GROUP_SHARE * spanWeight).map(([g]) => g));
    const decided: { block: number; role: Role }[] = [];
    page.blocks.forEach((block, i) => {
      if (roles[i] !== 'body' || (i >= span.start && i < span.end)) return;
      if (mainGroups.has(block.group) && weights[i]! > 0) return;
      decided.push({ block: i, role: 'boilerplate' });
    });
    return { roles: decided };
  },
};
