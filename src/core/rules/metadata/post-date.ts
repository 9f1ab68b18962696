/**
 * Dates that belong to the text by how they are written, whatever the layout around them: the line a forum or
 * blog prints for its post (`本贴由大卫于2005年8月12日16:12:21在…发表.`, `发布时间 2005/05/17 22:11:42 by 眉间尺`),
 * and the issue a reprinted magazine article cites at its end (`——《北京之春》1998年3月号`).
 * Fills the date only when no labelled date was found; the general dated-line rule runs after it.
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { isPostLine } from '../../text/credits';
import { findDate, isDatedLine } from '../../text/dates';

/** A post line is short even with the board name on it. */
const POST_LINE_MAX = 80;
/** A paragraph of prose: this long, with a full stop. */
const PROSE_MIN = 40;
/** `——《北京之春》1998年3月号`, `（原载《读书》2003年第5期）` → the month of the issue. */
const ISSUE_LINE = /^[\s—–-]*\(?\s*(?:原载|载|刊于)?\s*《[^》]{1,20}》\s*(\d{4})\s*年\s*(\d{1,2})\s*月号?/u;

/**
 * Which lines are a reply's or a reader's comment (`王小明 发表于 2024-03-06 10:20`), not the text's: post lines after the
 * first paragraph of prose below a date the text came with (not a post line's), unless they give that very date and
 * time (a blog's footer repeats its post's time). A forum's or blog's own post line comes before its text.
 */
export function replyLines(views: readonly string[], roles: RuleInput['roles']): (block: number) => boolean {
  let date: string | null = null;
  for (let i = 0; i < views.length; i++) {
    const view = views[i]!;
    if (roles[i] !== 'body' && roles[i] !== 'meta') continue;
    if (date !== null && view.length >= PROSE_MIN && view.includes('。')) {
      const textDate = date;
      return (block) => block > i && isPostLine(views[block]!) && findDate(views[block]!)?.iso !== textDate;
    }
    if (date === null && view.length <= POST_LINE_MAX && !isPostLine(view) && isDatedLine(view))
      date = findDate(view)!.iso;
  }
  return () => false;
}

export const postDateRule: Rule = {
  name: 'post-date',
  why: 'a forum or blog post line dates the post, and a magazine reprint dates itself by the issue it cites',
  motivatedBy: 'corpus forum threads (本贴由…于…发表, … by …) and essay archives (——《刊名》1998年3月号)',
  apply({ views, roles, fields }: RuleInput): Decisions {
    if (fields.date !== null) return {};
    const dated = (block: number, value: string, how: string): Decisions => ({
      claims: [{ field: 'date', value, evidence: { from: 'text', block, how } }],
    });
    const isReply = replyLines(views, roles);
    for (let i = 0; i < views.length; i++) {
      const view = views[i]!;
      if (roles[i] === 'duplicate' || view.length > POST_LINE_MAX || !isPostLine(view) || isReply(i)) continue;
      const date = findDate(view);
      if (date) return dated(i, date.iso, 'forum post line');
    }
    for (let i = views.length - 1; i >= 0; i--) {
      const issue = ISSUE_LINE.exec(views[i]!);
      const month = issue ? Number(issue[2]) : 0;
      if (issue && month >= 1 && month <= 12)
        return dated(i, `${issue[1]}-${String(month).padStart(2, '0')}`, 'issue cited');
    }
    return {};
  },
};
