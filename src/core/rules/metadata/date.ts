/**
 * The publish date: read from the short dated lines around the title (a byline), never from body sentences.
 * Output is ISO 8601 — with the time and China's +08:00 offset when the page shows a time, the date alone otherwise.
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { isBylineText } from '../../text/bylines';
import { type FoundDate, findDate, isDatedLine } from '../../text/dates';
import { dressOf } from '../dress';
import { isDatedHeadline, teaserLines } from '../teasers';
import { declaredClaims } from './meta-tags';
import { replyLines } from './post-date';

/** Bylines sit within a few blocks under the headline; a dated line further down is a footer or a list. */
const NEAR_TITLE = 6;
/** Three dated lines side by side are an archive, a comment thread or a related-links list, not a byline. */
const DATED_LIST = 3;
const DIGIT = /\d/g;

/** A line that says it gives the publish time: `发布于：2015-11-05 11:34`, `发表时间 …`. */
const PUBLISH_LABEL = /发布|发表|发稿/u;

/**
 * The publish time a page shows elsewhere for the day it is dated (a footer's `发布于：… 11:34`), if it shows one; a
 * reader's comment posted that day (`王小明 发表于 2024-03-05 22:10`) gives none.
 */
function timeOfDay(
  views: readonly string[],
  day: string,
  isReply: (block: number) => boolean,
): { iso: string; block: number } | null {
  for (let block = 0; block < views.length; block++) {
    const view = views[block]!;
    if (view.length > 120 || !PUBLISH_LABEL.test(view) || isReply(block)) continue;
    const date = findDate(view);
    if (date?.hasTime && date.iso.startsWith(day)) return { iso: date.iso, block };
  }
  return null;
}

/** A label saying the date after it is when the page last changed: `更新时间：`, `最后修改`. */
const UPDATE_LABEL = /(?:更新|修改|编辑于|最后)[^\d]{0,6}$/u;

/** The date a dated line gives for publication: a date the line labels as an update gives way to another one on it. */
function publishedOn(view: string): FoundDate {
  const first = findDate(view)!;
  if (!UPDATE_LABEL.test(view.slice(Math.max(0, first.index - 8), first.index))) return first;
  const after = first.index + first.length;
  const next = findDate(view.slice(after));
  return next ? { ...next, index: next.index + after } : first;
}

/** A row's label for a date: `发布日期`, or another day's (`出道日期`, `成立时间`, `成文日期`). */
const DATE_LABEL = /^\s*\S{0,8}?(?:日期|时间)\s*:?\s*$/u;

/**
 * What the cell before a dated one, in the same row, labels the date: its publication (a disclosure table's `发布日期：`),
 * something else (an infobox's `出道日期`, the same table's `成文日期`), or nothing.
 */
function rowLabel(page: RuleInput['page'], views: readonly string[], block: number): 'published' | 'other' | null {
  if (block === 0 || page.blocks[block - 1]!.group !== page.blocks[block]!.group) return null;
  const label = views[block - 1]!;
  if (!DATE_LABEL.test(label)) return null;
  return PUBLISH_LABEL.test(label) ? 'published' : 'other';
}

export const dateRule: Rule = {
  name: 'publish-date',
  why: 'the publish date sits on a short dated line next to the byline; dates in sentences are events, not publication',
  motivatedBy: 'seeds 000, 002, 003 (dated bylines in several forms; 000 also has a bare print date above its title)',
  apply({ page, views, roles, fields }: RuleInput): Decisions {
    const titleAt = roles.indexOf('title');
    // A shown date on the day the page declares is its publish date, wherever the template put it.
    const declaredDays = new Set(
      declaredClaims(page)
        .filter((claim) => claim.field === 'date')
        .map((claim) => claim.value.slice(0, 10)),
    );
    // Dated lines that come in numbers — side by side, in the same shape, or dressed alike (a table's cells) — are lists.
    const perGroup = new Map<number, number>();
    const perShape = new Map<string, number>();
    const perDress = new Map<string, number>();
    const dressed = (block: number) => (page.blocks[block]!.hints.length ? dressOf(page.blocks[block]!) : '');
    // Linked headlines of other articles date themselves under them, one or a list of them: those dates are theirs.
    const teasers = teaserLines(page, roles, views, { items: 1 });
    const dated = views.map((view) => isDatedLine(view));
    const shapes = views.map((view, block) => (dated[block] ? view.replace(DIGIT, '0') : ''));
    views.forEach((_, block) => {
      if (!dated[block]) return;
      const group = page.blocks[block]!.group;
      perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
      perShape.set(shapes[block]!, (perShape.get(shapes[block]!) ?? 0) + 1);
      const dress = dressed(block);
      if (dress) perDress.set(dress, (perDress.get(dress) ?? 0) + 1);
    });
    const inList = (block: number) =>
      (perGroup.get(page.blocks[block]!.group) ?? 0) >= DATED_LIST ||
      (perShape.get(shapes[block]!) ?? 0) >= DATED_LIST ||
      (perDress.get(dressed(block)) ?? 0) >= DATED_LIST;
    // Only the first line of a list may still be the article's own (a blog page listing its latest posts).
    const firstOfShape = new Map<string, string>();
    // A reader's comment dates itself, not the text.
    const isReply = replyLines(views, roles);
    const candidates: { block: number; iso: string; score: number; placement: number }[] = [];
    const decided: NonNullable<Decisions['roles']> = [];
    views.forEach((view, block) => {
      if (!dated[block] || isReply(block)) return;
      if (teasers.has(block) || isDatedHeadline(page.blocks[block]!, view)) {
        if (roles[block] === 'body') decided.push({ block, role: 'boilerplate' });
        return;
      }
      const date = publishedOn(view);
      const declared = declaredDays.has(date.iso.slice(0, 10));
      const labelled = rowLabel(page, views, block);
      if (labelled === 'other' && !declared) return;
      if (roles[block] !== 'body' && roles[block] !== 'meta' && !declared) return;
      const listed = inList(block);
      const first = firstOfShape.get(shapes[block]!);
      if (listed && first !== undefined) {
        // The very line taken out before, printed again (a header's date repeated in the footer), is no text either.
        if (roles[block] === 'body' && view.trim() === first) decided.push({ block, role: 'meta' });
        return;
      }
      if (first === undefined) firstOfShape.set(shapes[block]!, view.trim());
      if (roles[block] === 'body') decided.push({ block, role: 'meta' });
      const nearByline = [block - 2, block - 1, block, block + 1, block + 2].some(
        (i) => views[i] !== undefined && (roles[i] === 'meta' || roles[i] === 'body') && isBylineText(views[i]!),
      );
      const placement = titleAt < 0 ? 0 : block < titleAt ? -1 : block - titleAt <= NEAR_TITLE ? 2 : 1;
      // A list's first line is the article's own only where a byline would be: under the title or beside a credit.
      if (listed && placement !== 2 && !nearByline && !declared) return;
      // A disclosure table labels its publish date in the cell before it, wherever the table stands.
      const published = labelled === 'published' ? 3 : 0;
      const score =
        (date.hasTime ? 2 : 0) + (nearByline ? 2 : 0) + placement - (listed ? 2 : 0) + (declared ? 4 : 0) + published;
      candidates.push({ block, iso: date.iso, score, placement });
    });
    const pick = (among: typeof candidates) =>
      among.reduce<(typeof candidates)[number] | undefined>(
        (a, c) => (a === undefined || c.score > a.score ? c : a),
        undefined,
      );
    // A date under the headline is the article's; one further down on another day belongs to other text (a comment).
    const underTitle = pick(candidates.filter((c) => c.placement === 2));
    let best = pick(candidates);
    if (best && underTitle && best.placement === 1 && best.iso.slice(0, 10) !== underTitle.iso.slice(0, 10))
      best = underTitle;
    if (fields.date !== null || !best) return { roles: decided };
    const timed = best.iso.includes('T') ? null : timeOfDay(views, best.iso, isReply);
    return {
      roles: decided,
      claims: [
        timed
          ? { field: 'date', value: timed.iso, evidence: { from: 'text', block: timed.block, how: 'publish time' } }
          : { field: 'date', value: best.iso, evidence: { from: 'text', block: best.block, how: 'dated line' } },
      ],
    };
  },
};
