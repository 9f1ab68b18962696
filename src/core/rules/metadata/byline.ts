/**
 * Bylines: 来源 (source), 责任编辑/编辑 (editor), 记者/作者 (reporter), 编审/审核 (reviewer) on their own lines or
 * several to a line, reporter lines without a colon, a dispatch's dateline (`新华社北京9月2日电（记者白瀛、王鹏）`), and
 * credits bracketed at the end of the last paragraph. Matched on the script-neutral view, so both scripts get them.
 */
import type { Decisions, FieldClaim, Rule, RuleInput } from '../../article';
import { lastVisibleUnit } from '../../chars';
import { type CreditField, isBylineText, parseByline } from '../../text/bylines';
import { bracketedCredit, closingReport, dateline, flashCredit, reporterLine, type Span } from '../../text/credits';

/** A reporter line is short; a longer line that names a reporter is a sentence. */
const REPORTER_LINE_MAX = 40;
const CLOSING_BRACKETS = ')】]';

export { isBylineText, parseByline } from '../../text/bylines';

export const bylineRule: Rule = {
  name: 'byline',
  why: 'source, editor, reporter and reviewer credits are labelled lines, reporter lines, datelines or bracketed credits the reader wants as fields, not text',
  motivatedBy:
    'seeds 000, 002, 003 (government portal, news-agency branch and city app bylines); corpus-modern datelines',
  apply({ page, texts, views, roles, fields }: RuleInput): Decisions {
    const claims: FieldClaim[] = [];
    const claim = (field: CreditField, block: number, at: Span, how: string, labelled: boolean) => {
      if (fields[field] !== null) return;
      const value = texts[block]!.slice(at.start, at.end).trim();
      if (value) claims.push({ field, value, evidence: { from: 'text', block, how, labelled } });
    };
    const decided: NonNullable<Decisions['roles']> = [];
    const rewritten: NonNullable<Decisions['texts']> = [];
    let datelineSeen = false;
    texts.forEach((text, block) => {
      if (roles[block] !== 'body') return;
      const view = views[block]!;
      const unchanged = text === page.blocks[block]!.text;
      if (isBylineText(view)) {
        const { values } = parseByline(text, view, unchanged ? page.blocks[block]!.breaks : undefined);
        for (const field of Object.keys(values) as CreditField[]) {
          const { start, value, label } = values[field]!;
          claim(field, block, { start, end: start + value.length }, label, true);
        }
        decided.push({ block, role: 'meta' });
        return;
      }
      const flash = view.length <= REPORTER_LINE_MAX ? flashCredit(view) : null;
      if (flash) {
        claim('author', block, flash.author, 'flash credit', true);
        claim('source', block, flash.outlet, 'flash credit', true);
        decided.push({ block, role: 'meta' });
        return;
      }
      const reporters = view.length <= REPORTER_LINE_MAX ? reporterLine(view) : null;
      if (reporters) {
        claim('author', block, reporters, 'reporter line', true);
        decided.push({ block, role: 'meta' });
        return;
      }
      // Both closing credits end in a bracket: test them only on text that does.
      const closesWithBracket = CLOSING_BRACKETS.includes(lastVisibleUnit(view));
      const credit = closesWithBracket ? bracketedCredit(view) : null;
      if (credit) {
        const inner = texts[block]!.slice(credit.inner.start, credit.inner.end);
        const { values } = parseByline(inner, view.slice(credit.inner.start, credit.inner.end));
        for (const field of Object.keys(values) as CreditField[]) {
          const { start, value, label } = values[field]!;
          const at = credit.inner.start + start;
          claim(field, block, { start: at, end: at + value.length }, label, true);
        }
        const rest = text.slice(0, credit.start).trim();
        if (rest) rewritten.push({ block, text: rest });
        else decided.push({ block, role: 'meta' });
        return;
      }
      // The article's own dateline is the first; later ones belong to related dispatches listed below it.
      const dispatch = datelineSeen ? null : dateline(view);
      if (dispatch) {
        datelineSeen = true;
        if (dispatch.reporters) claim('author', block, dispatch.reporters, 'dateline', true);
        if (dispatch.outlet) claim('source', block, dispatch.outlet, 'dateline', false);
        return;
      }
      const report = closesWithBracket ? closingReport(view) : null;
      if (report) claim('author', block, report, 'closing credit', false);
    });
    return { roles: decided, texts: rewritten, claims: rankSources(claims) };
  },
};

/** A labelled 来源 comes before the outlet a dateline names; within each kind, page order. */
function rankSources(claims: FieldClaim[]): FieldClaim[] {
  const datelineFirst = (c: FieldClaim) => (c.field === 'source' && c.evidence.how === 'dateline' ? 1 : 0);
  return claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => datelineFirst(a.c) - datelineFirst(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
