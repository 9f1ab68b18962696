/**
 * Comment threads and forum replies follow the article as a run of headers dressed alike, each a short line with
 * a date and a name (`# re: 很高兴入住博客堂 2004-12-27 12:55 scong`). The article ends at the first of them. A forum
 * numbers its replies (`楼层： 第 2 楼`, `3楼`, `#4`): headers numbered one after another are a thread however long
 * each reply is, since a forum prints the poster's profile (rank, points, signature) with every reply.
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { dressOf } from '../dress';
import { findDate } from '../../text/dates';
import { contentWeight } from './density';

/** A reply header is a short line. */
const HEADER_MAX = 60;
/** Fewer alike headers than this could be an article's own dated subheads. */
const MIN_REPLIES = 3;
/** Blocks a single reply spans between two headers. */
const MAX_REPLY_BLOCKS = 6;
/** Share of headers that must be followed by a reply (some replies are empty). */
const REPLIED_SHARE = 0.6;
/** The article before the thread must hold some prose. */
const ARTICLE_PROSE = 100;
const NOT_A_NAME = /[\s\p{P}\p{S}]/gu;
/** A forum's reply number: `第 2 楼`, `2楼`, `2#`, `#2`. */
const FLOOR = /第\s*(\d{1,5})\s*楼|(\d{1,5})\s*[楼#]|#\s*(\d{1,5})/u;

export const replyThread: Rule = {
  name: 'reply-thread',
  why: 'a run of alike dated headers after the text is a comment or reply thread, not the article',
  motivatedBy:
    'corpus blog and forum pages (ia-54e89e4e: replies titled “# re: … date name” under the post; ia-6dc2d508: numbered floors, each with its poster’s profile)',
  apply({ page, roles, texts, views }: RuleInput): Decisions {
    const headers = new Map<string, number[]>();
    const floors = new Map<number, number>();
    let prose = 0;
    let proseAt = -1;
    texts.forEach((text, i) => {
      if (roles[i] !== 'body') return;
      const block = page.blocks[i]!;
      if (prose < ARTICLE_PROSE) {
        prose += Math.max(0, contentWeight(text, block.linkDensity));
        if (prose >= ARTICLE_PROSE) proseAt = i;
        return;
      }
      const view = views[i]!;
      const date = text.length <= HEADER_MAX ? findDate(view) : null;
      // The header names someone besides the date: a line that is only a date is a dateline.
      if (
        !date ||
        text.replace(text.slice(date.index, date.index + date.length), '').replace(NOT_A_NAME, '').length === 0
      )
        return;
      const floor = FLOOR.exec(view.slice(0, date.index) + view.slice(date.index + date.length));
      if (floor) floors.set(i, Number(floor[1] ?? floor[2] ?? floor[3]));
      const dress = dressOf(block);
      const alike = headers.get(dress);
      if (alike) alike.push(i);
      else headers.set(dress, [i]);
    });
    if (proseAt < 0) return {};
    // Each header is followed by its reply: a list of dated items (references, an archive) has nothing between them.
    // The thread is the first stretch of headers no more than a reply apart.
    const numbered = (at: number[]) =>
      at.length >= MIN_REPLIES &&
      at.every((i, k) => floors.has(i) && (k === 0 || floors.get(i) === floors.get(at[k - 1]!)! + 1));
    const isThread = (at: number[]) => {
      if (numbered(at)) return true;
      const gaps = at.slice(1).map((i, k) => i - at[k]!);
      const far = gaps.findIndex((g) => g > MAX_REPLY_BLOCKS + 1);
      const run = far < 0 ? gaps : gaps.slice(0, far);
      return run.length + 1 >= MIN_REPLIES && run.filter((g) => g > 1).length >= REPLIED_SHARE * run.length;
    };
    const runs = [...headers.values()].filter(isThread);
    if (runs.length === 0) return {};
    const cut = Math.min(...runs.map((at) => at[0]!));
    const decided: NonNullable<Decisions['roles']> = [];
    for (let i = cut; i < texts.length; i++) if (roles[i] === 'body') decided.push({ block: i, role: 'boilerplate' });
    return { roles: decided };
  },
};
