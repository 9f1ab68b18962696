/**
 * Lists of other articles — a sidebar's 热门文章, a related list, the next article — put a line under each linked
 * headline (`<a>某某文章</a><p>作者：…</p>`). A credit there is that item's, never the article's.
 */
import type { Block, Page, Role } from '../article';
import { findDate } from '../text/dates';
import { visibleLength } from './content/density';
import { dressOf } from './dress';

/** An item's line sits within this many lines under its linked headline (a summary may come between). */
const ITEM_LINES = 2;
/** Lines longer than this are prose, not an item's credit. */
const ITEM_LINE_MAX = 80;
/** A linked headline: a line that is all link, with this many Han characters at least. */
const LINKED = 0.9;
const HEADLINE_HAN = 6;
const HAN = /\p{Script=Han}/gu;
/** A linked headline that names itself another article. */
export const OTHER_ARTICLE = /^\s*(?:上一篇|下一篇|上一条|下一条|上一则|下一则|上篇|下篇|前一篇|后一篇)/u;

/** The linked headline a block stands under in its own container (not the article's title), or -1. */
export function linkedHeadlineAbove(
  page: Page,
  roles: readonly Role[],
  views: readonly string[],
  block: number,
): number {
  const group = page.blocks[block]!.group;
  for (let above = block - 1; above >= 0 && block - above <= ITEM_LINES; above--) {
    const candidate = page.blocks[above]!;
    if (candidate.group !== group || roles[above] === 'title') return -1;
    if (isLinkedHeadline(page, views, above)) return above;
  }
  return -1;
}

/**
 * Another article's linked headline with its date on the same line (`<a>某某文章</a> 2023-12-01`), an item of a list: the
 * words beside the date are a headline's worth of Han characters, all of them in the link.
 */
export function isDatedHeadline(block: Block, view: string): boolean {
  if (block.linkDensity === 0) return false;
  const date = findDate(view);
  if (!date) return false;
  const beside = view.slice(0, date.index) + view.slice(date.index + date.length);
  if ((beside.match(HAN)?.length ?? 0) < HEADLINE_HAN) return false;
  return block.linkDensity * visibleLength(view) >= LINKED * visibleLength(beside);
}

function isLinkedHeadline(page: Page, views: readonly string[], block: number): boolean {
  return page.blocks[block]!.linkDensity >= LINKED && (views[block]!.match(HAN)?.length ?? 0) >= HEADLINE_HAN;
}

/**
 * The linked headlines of a list under a heading `heading` matches (`相关新闻`): the items that follow it, each a linked
 * headline with its lines under it, however few.
 */
function headlinesUnder(page: Page, roles: readonly Role[], views: readonly string[], heading: RegExp): Set<number> {
  const headlines = new Set<number>();
  let lastItem = -1;
  views.forEach((view, block) => {
    if (heading.test(view)) lastItem = block;
    else if (lastItem < 0) return;
    else if (isLinkedHeadline(page, views, block)) headlines.add((lastItem = block));
    else if (block - lastItem > ITEM_LINES || linkedHeadlineAbove(page, roles, views, block) < 0) lastItem = -1;
  });
  return headlines;
}

/**
 * The lines that belong to another article's linked headline: under the next article's (`下一篇：…`), under one of at
 * least `items` headlines whose lines are dressed alike (the items of one list), or under any item of a list whose
 * heading `listHeading` matches. Only short lines (credits, dates) unless `summaries` admits a teaser's summary too.
 */
export function teaserLines(
  page: Page,
  roles: readonly Role[],
  views: readonly string[],
  { items = 2, summaries = false, listHeading }: { items?: number; summaries?: boolean; listHeading?: RegExp } = {},
): Set<number> {
  const byDress = new Map<string, number[]>();
  const lines = new Set<number>();
  const listed = listHeading ? headlinesUnder(page, roles, views, listHeading) : null;
  views.forEach((view, block) => {
    if ((!summaries && view.length > ITEM_LINE_MAX) || page.blocks[block]!.linkDensity >= LINKED) return;
    const headline = linkedHeadlineAbove(page, roles, views, block);
    if (headline < 0) return;
    if (OTHER_ARTICLE.test(views[headline]!) || listed?.has(headline)) lines.add(block);
    const dress = dressOf(page.blocks[block]!);
    const alike = byDress.get(dress);
    if (alike) alike.push(block);
    else byDress.set(dress, [block]);
  });
  for (const alike of byDress.values()) if (alike.length >= items) for (const block of alike) lines.add(block);
  return lines;
}
