/**
 * The headline: a short line near the top that reads like a title — not a date line, not a byline, not a
 * sentence — confirmed by what the page says about itself (heading tag, document title, a repeat of it,
 * a byline right under it).
 */
import type { Decisions, Page, Rule, RuleInput } from '../article';
import { endsWithOneOf } from '../chars';
import { isBylineText } from '../text/bylines';
import { findDate, isDatedLine } from '../text/dates';
import { neutral } from '../text/neutral';
import { stripPinyinRuby } from './pinyin';

const TITLE_MIN = 4;
/** A page's <h1> may be a short name (`金锺国`). */
const HEADING_MIN = 2;
const TITLE_MAX = 60;
/** Titles do not end in these, like statements or clauses (questions and exclamations they may). */
const CLAUSE_MARKS = '。;:,、…';
/** Headlines are Chinese text; lines of numbers, codes or Latin are not. */
const HAN = /\p{Script=Han}/gu;
/** Separators between a headline and the site name in `<title>` and og:title. */
const TITLE_SEPARATOR = /\s*(?:[_|｜]|--|—+|-\s|\s-)\s*/u;
/** A line below the first paragraph of article text (a long sentence) is not a candidate headline. */
const ARTICLE_SENTENCE = 40;
/** Class/id tokens templates give the headline element: `title`, `art_title`, `article-title`, `headline`. */
const TITLE_HINT =
  /^(?:title|headline)$|^(?:art|article|news|detail|content|post|entry|main)[-_]?(?:title|tit|headline)$/;
/** The same tokens naming an article's own headline, not a list item's title. */
export const HEADLINE_HINT = /^headline$|^(?:art|article|news|detail|post|entry)[-_]?(?:title|tit|headline)$/;
/** Score a candidate needs: one strong sign or two weak ones. */
const ACCEPT = 2;

const SPACES = /\s+/g;
const SPACE = /\s/g;
const squash = (view: string) => stripPinyinRuby(view).replace(SPACES, '');

/** The headline part of a `<title>`: its longest segment between separators. */
export function headlineOf(documentTitle: string): string {
  return documentTitle
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The titles a page declares, each whole and as its headline part (neutral view). */
function pageTitles(page: Page): { whole: string; headline: string }[] {
  const meta = page.meta.meta;
  return [meta.articletitle, meta['og:title'], meta.title, page.meta.documentTitle]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map((t) => neutral(t))
    .map((t) => ({ whole: squash(t), headline: squash(headlineOf(t)) }));
}

/** A line matches a declared title when it is that title, its headline, or most of its headline. */
function matchesDeclared(line: string, declared: { whole: string; headline: string }): boolean {
  if (line === declared.whole || line === declared.headline) return true;
  return line.length >= 6 && declared.whole.includes(line) && line.length * 2 >= declared.headline.length;
}

/** Whether a line (neutral view) reads like a headline: short, mostly Han, not a clause, byline or date. */
export function looksLikeTitle(text: string, heading = 0): boolean {
  if (
    text.length < (heading === 1 ? HEADING_MIN : TITLE_MIN) ||
    text.length > TITLE_MAX ||
    endsWithOneOf(text, CLAUSE_MARKS)
  )
    return false;
  if ((text.match(HAN)?.length ?? 0) < text.replace(SPACE, '').length / 2) return false;
  if (isBylineText(text) || isDatedLine(text) || findDate(text)?.length === text.length) return false;
  return true;
}

export const titleRule: Rule = {
  name: 'title',
  why: 'the headline is the first title-like line the page confirms, not a print date or app banner above it',
  motivatedBy: 'seeds 000 (print date above the title), 002 (page label above), 003 (app prompt above)',
  apply({ page, texts, views, roles }: RuleInput): Decisions {
    const titles = pageTitles(page);
    const firstLong = views.findIndex(
      (t, i) =>
        roles[i] === 'body' && t.length >= ARTICLE_SENTENCE && (t.length > TITLE_MAX || endsWithOneOf(t, CLAUSE_MARKS)),
    );
    const limit = firstLong < 0 ? views.length : firstLong;
    const nextLive = (from: number) => {
      for (let i = from + 1; i < views.length; i++) if (roles[i] === 'body') return i;
      return -1;
    };
    const candidates: { block: number; squashed: string; score: number }[] = [];
    for (let block = 0; block < views.length; block++) {
      const source = page.blocks[block]!;
      if (block >= limit && source.heading === 0) continue;
      const view = views[block]!;
      if (roles[block] !== 'body' || !looksLikeTitle(view, source.heading)) continue;
      const squashed = squash(view);
      let score = 0;
      if (source.heading === 1) score += 5;
      else if (source.heading > 0) score += 3;
      if (titles.some((t) => matchesDeclared(squashed, t))) score += 3;
      if (source.hints.some((hint) => TITLE_HINT.test(hint))) score += 2;
      const next = nextLive(block);
      if (next >= 0 && next <= block + 3 && (isBylineText(views[next]!) || isDatedLine(views[next]!))) score += 2;
      candidates.push({ block, squashed, score });
    }
    if (candidates.length === 0) return {};
    // Where each candidate's text last occurs, to see whether it is repeated below (one pass over the texts). Squashing
    // only removes characters, so a text shorter than every candidate is none of them.
    const wanted = new Set(candidates.map((c) => c.squashed));
    const shortest = Math.min(...candidates.map((c) => c.squashed.length));
    const lastAt = new Map<string, number>();
    views.forEach((view, i) => {
      if (view.length < shortest) return;
      const squashed = squash(view);
      if (wanted.has(squashed)) lastAt.set(squashed, i);
    });
    let best: { block: number; score: number } | undefined;
    for (const { block, squashed, score: shown } of candidates) {
      const score = shown + ((lastAt.get(squashed) ?? -1) > block ? 2 : 0);
      if (score >= ACCEPT && (!best || score > best.score)) best = { block, score };
    }
    if (!best) return {};
    return {
      roles: [{ block: best.block, role: 'title' }],
      claims: [
        { field: 'title', value: texts[best.block]!, evidence: { from: 'text', block: best.block, how: 'headline' } },
      ],
    };
  },
};
