/**
 * Bylines: 来源 (source), 责任编辑/编辑 (editor), 记者/作者 (reporter), 编审/审核/一审 (reviewer) on their own lines or
 * several to a line, reporter lines without a colon, a dispatch's dateline (`新华社北京9月2日电（记者白瀛、王鹏）`), and
 * labelled credits bracketed at the end of a paragraph. Matched on the script-neutral view, so both scripts get them. A page
 * that credits several people in one role (`编辑：杨静 责任编辑：王敬东`, `一审：…` `二审：…` `三审：…`) gets them all.
 */
import type { Decisions, FieldClaim, Role, Rule, RuleInput } from '../../article';
import { lastVisibleUnit } from '../../chars';
import {
  breaksOf,
  closingByline,
  type CreditField,
  fieldOfLabel,
  isBylineText,
  firstLabel,
  LABEL_ALONE_MAX,
  labelAlone,
  type ParsedByline,
  parseByline,
  spacedAt,
} from '../../text/bylines';
import {
  bracketedCredit,
  CREDIT_LINE_MAX,
  dateline,
  flashCredit,
  namedReportLine,
  reporterLine,
  reporterOutlet,
  repostOf,
  type Span,
  writerLine,
} from '../../text/credits';
import { afterLeadingDate, findDate, isDatedLine } from '../../text/dates';
import { personNames } from '../../text/names';
import { isPlatform, looksLikeOutlet, namesOutletUnlabelled } from '../../text/outlets';
import { isSentence } from '../content/article-prose';
import { isDatedHeadline, teaserLines } from '../teasers';

/** A repost names its original in a line of its own or a short closing note. */
const REPOST_LINE_MAX = 60;
const CLOSING_BRACKETS = ')】]';
/** The dated line under the headline may name the outlet without a label, within this many blocks. */
const NEAR_TITLE = 6;
/** Labelled credits of one role this close together belong to one article's byline. */
const SAME_BYLINE = 6;
const PERSON_FIELDS: ReadonlySet<CreditField> = new Set(['editor', 'author', 'reviewer']);

export { isBylineText, parseByline } from '../../text/bylines';

interface Found {
  field: CreditField;
  block: number;
  at: Span;
  how: string;
  labelled: boolean;
  /** From a labelled line (`编辑：…`) or a reporter line, whose neighbours in the same role are joined to it. */
  line: boolean;
}

export const bylineRule: Rule = {
  name: 'byline',
  why: 'source, editor, reporter and reviewer credits are labelled lines, reporter lines, datelines or bracketed credits the reader wants as fields, not text',
  motivatedBy:
    'seeds 000, 002, 003 (government portal, news-agency branch and city app bylines); corpus-modern datelines',
  apply({ page, texts, views, roles, fields, accepts = () => true }: RuleInput): Decisions {
    const found: Found[] = [];
    const decided: NonNullable<Decisions['roles']> = [];
    const rewritten: NonNullable<Decisions['texts']> = [];
    let datelineSeen = false;
    const titleAt = roles.indexOf('title');
    const teasers = teaserLines(page, roles, views);
    const add = (block: number, field: CreditField | null, at: Span, how: string, labelled: boolean, line = false) => {
      if (field) found.push({ field, block, at, how, labelled, line });
    };
    /**
     * A Taiwan credit line without 记者 (`張三／台北報導`) starting `shift` into the block's text. Only the form vouches
     * for the names: the line is a credit only where they read as names (a heading such as `两会/特别报道` stays text).
     */
    const readNamedLine = (block: number, text: string, line: string, shift: number): boolean => {
      const named = line.length <= CREDIT_LINE_MAX ? namedReportLine(line) : null;
      if (!named) return false;
      const names = { start: named.start + shift, end: named.end + shift };
      const evidence = { from: 'text', block, how: 'named report line', labelled: false } as const;
      if (!accepts({ field: 'author', value: text.slice(names.start, names.end), evidence })) return false;
      add(block, 'author', names, evidence.how, false, true);
      decided.push({ block, role: 'meta' });
      return true;
    };
    /** Every labelled value a parsed line gives, `offset` from where the parsed text starts in the block's text. */
    const addParsed = (block: number, values: ParsedByline['values'], offset = 0, how = (label: string) => label) => {
      for (const field of Object.keys(values) as CreditField[]) {
        for (const { start, value, label } of values[field]!)
          add(block, field, { start: offset + start, end: offset + start + value.length }, how(label), true, true);
      }
    };
    for (const { label, value, inPlace } of labelBlocks(page, views, roles, teasers)) {
      // The label's block and its value's block read as one line with a break between them.
      const { marked } = labelAlone(views[label]!.trim())!;
      const joined = `${marked}${texts[value]!}`;
      const at = joined.length - texts[value]!.length;
      const { values } = parseByline(joined, `${marked}${views[value]!}`, [at]);
      if (!inPlace) {
        const evidence = { from: 'text', block: value, how: marked, labelled: true } as const;
        const shown = (Object.keys(values) as CreditField[]).some((field) =>
          values[field]!.some((found) => accepts({ field, value: found.value, evidence })),
        );
        if (!shown) continue;
        decided.push({ block: label, role: 'meta' }, { block: value, role: 'meta' });
      }
      addParsed(value, values, -at);
    }
    views.forEach((view, block) => {
      if (roles[block] !== 'body') return;
      // Another article's credit, under its linked headline in a list: furniture here.
      if (teasers.has(block)) {
        if (isBylineText(view)) decided.push({ block, role: 'boilerplate' });
        return;
      }
      if (isEmptySlot(page, view, block)) {
        decided.push({ block, role: 'meta' });
        return;
      }
      const text = texts[block]!;
      if (isBylineText(view)) {
        addParsed(block, parseByline(text, view, breaksOf(page, texts, block)).values);
        decided.push({ block, role: 'meta' });
        return;
      }
      const repost = view.length <= REPOST_LINE_MAX ? repostOf(view) : null;
      if (repost) add(block, 'source', repost, 'repost', true);
      if (
        titleAt >= 0 &&
        block > titleAt &&
        block - titleAt <= NEAR_TITLE &&
        firstLabel(view) === null &&
        isDatedLine(view)
      ) {
        // Another article's linked headline with its date names no outlet.
        if (isDatedHeadline(page.blocks[block]!, view)) return;
        const outlet = outletBesideDate(view, breaksOf(page, texts, block));
        if (outlet) add(block, 'source', outlet, 'outlet beside the date', false);
        else {
          // `2024-03-05 10:20 張三／台北即時報導`: the time it was posted, then the credit.
          const shift = afterLeadingDate(view);
          if (shift) readNamedLine(block, text, view.slice(shift), shift);
        }
        return;
      }
      // The credit may follow the date on one line (`2024-03-05 10:20 聯合報／記者張三／台北即時報導`).
      const shift = afterLeadingDate(view);
      const line = view.slice(shift);
      const at = (found: Span): Span => ({ start: found.start + shift, end: found.end + shift });
      const flash = line.length <= CREDIT_LINE_MAX ? flashCredit(line) : null;
      if (flash) {
        add(block, 'author', at(flash.author), 'flash credit', true);
        add(block, 'source', at(flash.outlet), 'flash credit', true);
        decided.push({ block, role: 'meta' });
        return;
      }
      const byOutlet = line.length <= CREDIT_LINE_MAX ? reporterOutlet(line) : null;
      if (byOutlet) add(block, 'source', at(byOutlet), "reporter's outlet", false);
      const writer = line.length <= CREDIT_LINE_MAX ? writerLine(line) : null;
      if (writer) {
        add(block, 'author', at(writer), 'writer line', true, true);
        decided.push({ block, role: 'meta' });
        return;
      }
      const reporters = line.length <= CREDIT_LINE_MAX ? reporterLine(line) : null;
      if (reporters) {
        add(block, 'author', at(reporters), 'reporter line', true, true);
        decided.push({ block, role: 'meta' });
        return;
      }
      if (readNamedLine(block, text, line, shift)) return;
      // A closing credit ends in a bracket (or a date code after one): test only text that may.
      const last = lastVisibleUnit(view);
      const mayClose = CLOSING_BRACKETS.includes(last) || (last >= '0' && last <= '9');
      const credit = mayClose ? bracketedCredit(view) : null;
      if (credit) {
        add(block, fieldOfLabel(credit.label), credit.value, `bracketed ${credit.label}`, true, true);
        const rest = text.slice(0, credit.start).trim();
        if (rest) rewritten.push({ block, text: rest });
        else decided.push({ block, role: 'meta' });
        return;
      }
      const closing = mayClose ? closingByline(view) : null;
      if (closing) {
        const { start: from, end: to } = closing.inside;
        addParsed(
          block,
          parseByline(text.slice(from, to), view.slice(from, to)).values,
          from,
          (label) => `bracketed ${label}`,
        );
        const rest = text.slice(0, closing.start).trim();
        if (rest) rewritten.push({ block, text: rest });
        else decided.push({ block, role: 'meta' });
        return;
      }
      // The article's own dateline is the first; later ones belong to related dispatches listed below it.
      const dispatch = datelineSeen ? null : dateline(view);
      if (dispatch) {
        datelineSeen = true;
        if (dispatch.reporters) add(block, 'author', dispatch.reporters, 'dateline', dispatch.labelled);
        if (dispatch.outlet) add(block, 'source', dispatch.outlet, 'dateline', false);
        return;
      }
    });
    return {
      roles: decided,
      texts: rewritten,
      claims: claimsOf(found, texts, fields, (block) => breaksOf(page, texts, block)),
    };
  },
};

/** Its value's block: short, like every value. */
const VALUE_BLOCK_MAX = 40;
/** Cells of a table row or a definition list. */
const LABEL_CELL_TAGS = new Set(['td', 'th', 'dt']);
const VALUE_CELL_TAGS = new Set(['td', 'dd']);

/**
 * Label blocks and the value block right after each in the same container: `<td>来源：</td><td>市政府办公室</td>`,
 * `<dt>来源</dt><dd>新华社</dd>`, `<div>来源：</div><div>新华社</div>`, `来源：<br>新华社`, two lines of text. A label
 * and its colon in a cell credit the next cell of its row, as disclosure tables print them. Elsewhere only the order
 * pairs them — a template's empty `来源：` may stand over the first line of the text, `作者` head a table's column — so
 * the value must read as its field's without the label (an outlet's name; names that start with a family name), and no
 * other short item may stand beside the pair (a heading over a list, a menu). Cells stay where they are; other blocks
 * leave the text as a one-line credit does.
 */
function labelBlocks(
  page: RuleInput['page'],
  views: readonly string[],
  roles: RuleInput['roles'],
  teasers: ReadonlySet<number>,
): { label: number; value: number; inPlace: boolean }[] {
  const { blocks } = page;
  const pairs: { label: number; value: number; inPlace: boolean }[] = [];
  for (let block = 0; block + 1 < views.length; block++) {
    const view = views[block]!.trim();
    const label = labelAlone(view);
    if (!label || teasers.has(block + 1)) continue;
    const next = views[block + 1]!;
    const [labelBlock, valueBlock] = [blocks[block]!, blocks[block + 1]!];
    if (valueBlock.group !== labelBlock.group || roles[block] !== 'body' || roles[block + 1] !== 'body') continue;
    if (labelBlock.heading || valueBlock.heading || labelBlock.linkDensity > 0) continue;
    if (next.trim().length === 0 || next.length > VALUE_BLOCK_MAX || firstLabel(next) !== null) continue;
    if (labelAlone(next.trim())) continue;
    const cells = LABEL_CELL_TAGS.has(labelBlock.tag) && VALUE_CELL_TAGS.has(valueBlock.tag);
    if (cells && view.endsWith(':')) {
      pairs.push({ label: block, value: block + 1, inPlace: true });
      continue;
    }
    if (!readsAsValue(label.field, next.trim())) continue;
    const itemBefore = block > 0 && isListItem(page, views, roles, block - 1, labelBlock.group);
    const itemAfter = block + 2 < views.length && isListItem(page, views, roles, block + 2, labelBlock.group);
    if (itemBefore || itemAfter) continue;
    pairs.push({ label: block, value: block + 1, inPlace: cells });
  }
  return pairs;
}

/**
 * A credit label and its colon with no value beside it in its element (`<p>责任编辑：<span></span></p>`, a slot the
 * page's script fills): no text of the article.
 */
function isEmptySlot(page: RuleInput['page'], view: string, block: number): boolean {
  const label = view.trim();
  if (!label.endsWith(':') || labelAlone(label) === null) return false;
  return page.blocks[block + 1]?.group !== page.blocks[block]!.group;
}

/** Whether a value read without its label names what its field shows: an outlet for 来源, people for the others. */
function readsAsValue(field: CreditField, view: string): boolean {
  return field === 'source'
    ? looksLikeOutlet(view)
    : personNames(view, { labelled: false, besideLabel: true }) !== null;
}

/** A block that is a label alone, a credit's (`作者`) or any other's with its colon (`索引号：`). */
function standsAsLabel(view: string): boolean {
  return view.length <= LABEL_ALONE_MAX && (view.endsWith(':') || labelAlone(view) !== null);
}

/** The headline, its subtitle, a caption or a byline already read stand beside a credit, not in a list with it. */
const NEVER_ITEMS: ReadonlySet<Role> = new Set(['title', 'subtitle', 'caption', 'meta']);

/**
 * A short item of a list or menu in `group` (`新华社`, `查看历史`): not a label, a labelled line, a date, a sentence, or
 * the value of a label right before it.
 */
function isListItem(
  page: RuleInput['page'],
  views: readonly string[],
  roles: readonly Role[],
  at: number,
  group: number,
): boolean {
  const view = views[at]!.trim();
  const { blocks } = page;
  if (blocks[at]!.group !== group || NEVER_ITEMS.has(roles[at]!)) return false;
  if (view.length === 0 || view.length > VALUE_BLOCK_MAX) return false;
  if (standsAsLabel(view) || firstLabel(view) !== null || isDatedLine(view) || isSentence(view)) return false;
  return !(at > 0 && blocks[at - 1]!.group === group && standsAsLabel(views[at - 1]!.trim()));
}

/** A list's bullet opening what stands beside the date, or a breadcrumb's arrow (a middle dot only parts, `… · 扬州新闻`). */
const LIST_OR_TRAIL = /^\s*[●•■□◆▲►▶]|[>»→]/u;

/** The outlet a dated line without labels names beside its date: `2019-12-18 06:54 扬州新闻`, `… 11:21 《理财周刊》`. */
function outletBesideDate(view: string, breaks: readonly number[] | undefined): Span | null {
  const date = findDate(view)!;
  const undated = view.slice(0, date.index) + ' '.repeat(date.length) + view.slice(date.index + date.length);
  // A list's item or a breadcrumb beside a date (`• 专利频道`, `房产 > 地产新闻 > 正文`) names no outlet.
  if (LIST_OR_TRAIL.test(undated)) return null;
  for (const word of undated.matchAll(/[^\s|]+/gu)) {
    // Words part at element edges too (`<span>来源</span><span>人民日报</span>`).
    let from = word.index;
    const to = from + word[0].length;
    for (const cut of [...(breaks ?? []).filter((at) => at > from && at < to), to]) {
      const piece = undated.slice(from, cut);
      if (namesOutletUnlabelled(piece) && /\p{Script=Han}/u.test(piece)) return { start: from, end: cut };
      from = cut;
    }
  }
  return null;
}

/**
 * Claims in page order, labelled 来源 first; for the people fields, the labelled lines of one
 * byline joined into one list (with the first alone after it, should the list not pass as names).
 */
function claimsOf(
  found: Found[],
  texts: readonly string[],
  fields: RuleInput['fields'],
  edgesOf: (block: number) => readonly number[] | undefined,
): FieldClaim[] {
  // Names in elements of their own part at the edges between them (`记者<span>张三</span><span>李四</span>`).
  const textOf = (f: Found) => {
    const text = texts[f.block]!;
    const breaks = PERSON_FIELDS.has(f.field) ? edgesOf(f.block) : undefined;
    return spacedAt(text, breaks, f.at.start, f.at.end).trim();
  };
  const claim = (f: Found, value = textOf(f), how = f.how): FieldClaim => ({
    field: f.field,
    value,
    evidence: { from: 'text', block: f.block, how, labelled: f.labelled },
  });
  const claims: FieldClaim[] = [];
  const joined = new Set<Found>();
  for (const f of found) {
    if (fields[f.field] !== null || joined.has(f) || !textOf(f)) continue;
    if (f.line && PERSON_FIELDS.has(f.field)) {
      const group = [f];
      for (const other of found) {
        const previous = group.at(-1)!;
        if (other === f || !other.line || other.field !== f.field || other.block < previous.block) continue;
        if (other.block - previous.block > SAME_BYLINE) break;
        if (other.block > previous.block || other.at.start > previous.at.start) group.push(other);
      }
      for (const member of group) joined.add(member);
      if (group.length > 1) {
        // A writer credited twice is named once when the value is read as names.
        const names = group.map(textOf).filter(Boolean);
        claims.push(claim(f, names.join('、'), group.map((g) => g.how).join('+')));
      }
    }
    claims.push(claim(f));
  }
  return claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => sourceRank(a.c) - sourceRank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** Unlabelled sources the page prints beside the date or before a reporter's credit: after a labelled one. */
const UNLABELLED_OUTLET = new Set(['outlet beside the date', "reporter's outlet"]);

/**
 * A labelled 来源 or the original a repost names first, then an outlet printed beside the date or opening a reporter's
 * credit, then the outlet a dateline names; a platform that only hosts the article (今日头条, 腾讯网) comes last.
 */
function sourceRank(claim: FieldClaim): number {
  if (claim.field !== 'source') return 0;
  if (isPlatform(claim.value)) return 3;
  return claim.evidence.how === 'dateline' ? 2 : UNLABELLED_OUTLET.has(claim.evidence.how ?? '') ? 1 : 0;
}
