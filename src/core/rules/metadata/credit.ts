/**
 * Author credits that carry no `作者：` label: `商报记者马俊峰/文` within a line, `（记者 胡晓蓉）` or a pen name
 * (`…。”（天骊）`) closing the text,
 * `… by 眉间尺` on a forum post's dated line, `ggjjzhzz 发表于 2005-9-15`, `执笔人：…`, a line of names alone under
 * the headline (`赵延东、风笑天`). Runs after the labelled bylines and offers its candidates, most certain first, only when they found no
 * author; the pipeline shows the first that is a name. Credits are read from every block, including lines furniture
 * rules already took out (a post footer, a credit cell).
 */
import type { Decisions, FieldClaim, Rule, RuleInput } from '../../article';
import { lastVisibleUnit } from '../../chars';
import {
  bracketedName,
  byPoster,
  closingCredit,
  closingPenName,
  loneNames,
  postedBy,
  reporterInLine,
  type Span,
  writerLabel,
} from '../../text/credits';
import { breaksOf, labelAlone, spacedAt } from '../../text/bylines';
import { findDate } from '../../text/dates';
import { SURNAMES } from '../../text/surnames';
import { looksLikeOutlet } from '../../text/outlets';
import { personNames } from '../../text/names';
import { teaserLines } from '../teasers';
import { replyLines } from './post-date';

/** A block this long is prose, not a headline or a credit. */
const PROSE_LENGTH = 30;
/** Credits are short lines; a long block is a sentence that may mention a reporter in passing. */
const CREDIT_MAX = 40;
/** Institutions share family-name initials (`吉林大学`, `黄河日报`); their names end in these words. */
const INSTITUTION = /(?:大学|学院|中学|中心|公司|集团)$/u;

/**
 * Class or id tokens that mark an element as the editor's credit (`<p class="editor">张三</p>`): a name alone there is
 * the editor's, not the writer's. Whole tokens only: TRS sites wrap the whole article in `TRS_Editor`.
 */
const EDITOR_HINT = /^(?:article[-_]?)?(?:editor|editors|zebian|bianji|zrbj)$/u;

/** An unlabelled name counts as a person's when it starts with a family name and is no institution or outlet. */
function isPerson(name: string): boolean {
  return SURNAMES.has(name[0]!) && !INSTITUTION.test(name) && !looksLikeOutlet(name);
}

const OPENS_BRACKET = /^\s*\(/u;
/** Han names alone, as a bracket with no 记者 credits them (`（袁源）`; `（Turbo）` is a term). */
const HAN_NAMES = /^[\p{Script=Han}·\s、,]+$/u;

/** A closing credit ends in a bracket (or a date code after one): only text that may is tested further. */
function mayCloseWithCredit(view: string): boolean {
  const last = lastVisibleUnit(view);
  return last === ')' || (last >= '0' && last <= '9');
}

/**
 * A credit in brackets that is its line's whole text, of people by their names: `（记者 刘蓉 通讯员 李琪彬）`, and
 * below the text's last paragraph `（袁源）` (amid the text, `（王之涣）` under a poem names its poet); not `（综合报道）`
 * or `（新华社）`.
 */
function isBracketedByline(view: string, belowText: boolean): boolean {
  if (!OPENS_BRACKET.test(view) || !mayCloseWithCredit(view)) return false;
  const credit = closingCredit(view);
  if (!credit || view.slice(0, credit.start).trim() !== '') return false;
  const names = view.slice(credit.names.start, credit.names.end);
  if (!credit.marked && !(belowText && HAN_NAMES.test(names))) return false;
  return personNames(names, { labelled: credit.marked }) !== null;
}

export const creditRule: Rule = {
  name: 'author-credit',
  why: 'many pages credit the writer without a label: a reporter line, a closing bracket, a forum post line, a name under the title',
  motivatedBy:
    'corpus pages (provincial dailies, portals, forums and essay archives crediting writers without 作者：); corpus-modern cri-2017-cesuoling (a pen name closing the text)',
  apply({ page, texts, views, roles, fields, accepts = () => true }: RuleInput): Decisions {
    // A credit in brackets on a line of its own is a byline, whether or not it is the one shown.
    let lastParagraph = -1;
    views.forEach((view, block) => {
      if (roles[block] === 'body' && view.length >= PROSE_LENGTH) lastParagraph = block;
    });
    const bracketedBylines = new Set<number>();
    views.forEach((view, block) => {
      if (isBracketedByline(view, block > lastParagraph)) bracketedBylines.add(block);
    });
    const bylines: NonNullable<Decisions['roles']> = [...bracketedBylines]
      .filter((block) => roles[block] === 'body')
      .map((block) => ({ block, role: 'meta' }));
    if (fields.author !== null) return { roles: bylines };
    const teasers = teaserLines(page, roles, views);
    const readable = texts.map((_, i) => i).filter((i) => roles[i] !== 'duplicate' && !teasers.has(i));
    // Navigation links are never a credit line (`小记者训练营` is a column, not a reporter).
    const short = readable.filter((i) => views[i]!.length <= CREDIT_MAX && page.blocks[i]!.linkDensity <= 0.5);
    const body = readable.filter((i) => roles[i] === 'body');
    const lastBody = body.at(-1) ?? -1;
    // Comment boxes and footers may still sit among the body blocks: the credit is the last one found.
    const closing = [...short.filter((i) => i > lastBody && i <= lastBody + 3), ...[...body].reverse()];
    // The headline, or else the first paragraph of prose, anchors a lone name line.
    const titleAt = roles.indexOf('title');
    const anchor = titleAt >= 0 ? titleAt : (body.find((i) => views[i]!.length >= PROSE_LENGTH) ?? -1);
    const nearTitle = short.filter(
      (i) =>
        anchor >= 0 &&
        i !== anchor &&
        (titleAt >= 0 ? Math.abs(i - anchor) <= 2 : i < anchor && i >= anchor - 3) &&
        !page.blocks[i]!.hints.some((hint) => EDITOR_HINT.test(hint)) &&
        // A name under a label of its own (`<dt>责任编辑</dt><dd>王五</dd>`) is that label's.
        !(i > 0 && labelAlone(views[i - 1]!.trim())),
    );
    // Short dated lines, where forum and portal templates credit the poster, above any reply or reader's comment; found
    // once, when first needed.
    let datedLines: number[] | undefined;
    const dated = () => {
      if (datedLines) return datedLines;
      const isReply = replyLines(views, roles);
      return (datedLines = readable.filter((i) => views[i]!.length <= 80 && findDate(views[i]!) && !isReply(i)));
    };

    const claims: FieldClaim[] = [];
    // Kinds of credit in order of certainty; the first find the pipeline would show ends the search. A reading that
    // takes its whole line (`wholeLine`) makes that line the byline, not a paragraph of the article, once shown.
    let found = false;
    const offer = (
      blocks: number[] | (() => number[]),
      how: string,
      labelled: boolean,
      read: (view: string, block: number) => Span | null,
      wholeLine = false,
    ) => {
      if (found) return;
      for (const block of typeof blocks === 'function' ? blocks() : blocks) {
        const at = read(views[block]!, block);
        if (!at) continue;
        // Names in elements of their own part at the edges between them (`记者<span>张三</span><span>李四</span>`).
        const value = spacedAt(texts[block]!, breaksOf(page, texts, block), at.start, at.end).trim();
        if (!value) continue;
        const claim: FieldClaim = { field: 'author', value, evidence: { from: 'text', block, how, labelled } };
        claims.push(claim);
        if (accepts(claim)) {
          found = true;
          if (wholeLine) bylines.push({ block, role: 'meta' });
          return;
        }
      }
    };
    offer(short, 'writer label', true, writerLabel);
    offer(short, 'reporter credit', true, reporterInLine);
    const closingCredits = (marked: boolean) => (view: string, block: number) => {
      if (!mayCloseWithCredit(view)) return null;
      const credit = closingCredit(view);
      if (!credit || credit.marked !== marked) return null;
      if (marked) return credit.names;
      // Bare names in brackets are a credit when there are several, each with a family name (`（常书香 马丹阳）`), or
      // when the bracket is a byline of its own (`（袁源）` below the text).
      const names = view.slice(credit.names.start, credit.names.end).split(/[\s、,]+/u);
      return (names.length >= 2 || bracketedBylines.has(block)) && names.every(isPerson) ? credit.names : null;
    };
    offer(closing, 'closing credit', true, closingCredits(true));
    offer(closing, 'closing names', false, closingCredits(false));
    // Only the text's last paragraph of prose: a footer may still follow it among the body blocks.
    const lastProse = body.findLast((i) => views[i]!.length >= PROSE_LENGTH);
    offer(lastProse === undefined ? [] : [lastProse], 'closing pen name', true, closingPenName);
    offer(dated, 'forum poster', true, byPoster);
    offer(dated, 'forum post line', true, postedBy);
    offer(dated, 'bracketed name', false, bracketedName);
    offer(
      nearTitle,
      'name under the headline',
      false,
      (view) => {
        const names = loneNames(view);
        if (!names) return null;
        return view
          .slice(names.start, names.end)
          .split(/\s*[、,]\s*/u)
          .every(isPerson)
          ? names
          : null;
      },
      true,
    );
    return { claims, roles: bylines };
  },
};
