/**
 * The one pipeline: page → blocks → rules → Article. Rules run in order; each sees the decisions made before it.
 * Text rewriting runs first (so every later rule reads clean text), then removal of page furniture, then the
 * title and metadata, then the checks that need the whole picture.
 */
import type {
  Article,
  ArticleFields,
  Decisions,
  Evidence,
  FieldName,
  Page,
  Paragraph,
  RejectedClaim,
  Removal,
  Role,
  Rule,
  RuleInput,
  Warning,
} from './article';
import { checkField, declaredTags, type FieldContext } from './fields';
import { neutral } from './text/neutral';
import { pinyinRuby } from './rules/pinyin';
import { garbledText } from './rules/garbled';
import { boilerplateRules } from './rules/boilerplate';
import { captionRule } from './rules/caption';
import { leadingTitleRule, titleRule } from './rules/title';
import { duplicateBody } from './rules/duplicate-body';
import { bylineRule } from './rules/metadata/byline';
import { creditRule } from './rules/metadata/credit';
import { postDateRule } from './rules/metadata/post-date';
import { dateRule } from './rules/metadata/date';
import { siteRule } from './rules/metadata/site';
import { metaTagsRule } from './rules/metadata/meta-tags';
import { wechatArticle } from './rules/sites/wechat';
import { articleProse, contentRules, endOfArticleRules } from './rules/content';
import { detectScript } from './script';
import { forgetLines } from './text/per-line';
import { linkedHeadlineAbove } from './rules/teasers';
import { isSentence } from './rules/content/article-prose';
import { fieldOfLabel } from './text/bylines';

export const rules: Rule[] = [
  // 1. text repair
  pinyinRuby,
  garbledText,
  // 2. page furniture, and captions that belong to their images
  ...boilerplateRules,
  captionRule,
  // 3. title, repeated body, where the article ends, metadata read from the page, then from <meta>/JSON-LD
  titleRule,
  duplicateBody,
  ...endOfArticleRules,
  bylineRule,
  creditRule,
  postDateRule,
  dateRule,
  siteRule,
  metaTagsRule,
  wechatArticle,
  // 4. content scoring: which remaining blocks make up the article, its first line if nothing marked a headline, and
  // whether the rest holds any prose
  ...contentRules,
  leadingTitleRule,
  articleProse,
];

interface State {
  roles: Role[];
  texts: string[];
  views: string[];
  /** The text each rewritten block had before its last rewrite: a credit cut off a paragraph may have to go back. */
  beforeRewrite: Map<number, string>;
  repairs: Map<number, NonNullable<Paragraph['repairs']>>;
  fields: ArticleFields;
  evidence: Partial<Record<FieldName, Evidence>>;
  /** The role of the block each shown field was read from, when it was read. */
  readFrom: Partial<Record<FieldName, Role>>;
  rejected: RejectedClaim[];
  /** Claims that came while their field was already shown: the next in line should a whole-page check refuse it. */
  later: { field: FieldName; value: string; evidence: Evidence; readFrom: Role | undefined }[];
  removed: Map<number, Removal>;
  warnings: Warning[];
}

/** Declared names of the site itself: a person field never shows one. */
const SITE_NAME_KEYS = [
  'og:site_name',
  'sitename',
  'site_name',
  'site',
  'application-name',
  'apple-mobile-web-app-title',
];
/** A credit this many blocks below the article's last paragraph belongs to other content on the page. */
const FAR_BELOW = 20;
/** What parts the words of a site's name: `中央社 CNA`, `新华网 - 新华网`, `人民网｜人民日报`. */
const SITE_NAME_PARTS = /[\s|_\-—·]+/u;
const HAN = /\p{Script=Han}/u;
/** Credits that close a paragraph (`（记者 …）`, `(责任编辑：…)`) are that paragraph's. */
const CLOSING_CREDIT = /^(?:closing|bracketed)/;

export function extractArticle(page: Page, ruleList: readonly Rule[] = rules): Article {
  forgetLines();
  const texts = page.blocks.map((block) => block.text);
  const state: State = {
    roles: page.blocks.map((): Role => 'body'),
    texts,
    views: texts.map(neutral),
    beforeRewrite: new Map(),
    repairs: new Map(),
    fields: { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null },
    evidence: {},
    readFrom: {},
    rejected: [],
    later: [],
    removed: new Map(),
    warnings: [],
  };
  const context = fieldContext(page, state);
  // Every rule reads the same state, which the decisions before it have updated in place.
  const input: RuleInput = {
    page,
    roles: state.roles,
    texts: state.texts,
    views: state.views,
    fields: state.fields,
    accepts: (claim) => checkField(claim.field, claim.value, claim.evidence, context).ok,
  };
  for (const rule of ruleList) apply(state, rule, rule.apply(input), context);
  recheckFields(page, state, context);
  const paragraphs: Paragraph[] = [];
  state.roles.forEach((role, block) => {
    const text = state.texts[block]!.trim();
    if (role !== 'body' || text === '') return;
    const repairs = state.repairs.get(block);
    paragraphs.push(repairs?.length ? { text, block, repairs } : { text, block });
  });
  // Garbled text in blocks that left the article (navigation, footers) is no concern of the reader's.
  const warnings = state.warnings.filter(
    (w) => w.kind !== 'garbled' || w.block === undefined || ['body', 'title'].includes(state.roles[w.block]!),
  );
  if (paragraphs.length === 0) warnings.push({ kind: 'no-article', message: 'no article text was found on this page' });
  const script = detectScript([state.fields.title ?? '', ...paragraphs.map((p) => p.text)]);
  const subtitleAt = state.fields.title === null ? -1 : state.roles.indexOf('subtitle');
  return {
    ...state.fields,
    subtitle: subtitleAt < 0 ? null : state.texts[subtitleAt]!.trim(),
    url: page.meta.url ?? null,
    script,
    paragraphs,
    roles: state.roles,
    removed: [...state.removed.values()].sort((a, b) => a.block - b.block),
    warnings,
    evidence: state.evidence,
    rejected: state.rejected,
  };
}

/** A site's name, and each Han word of it: `中央社 CNA` is also 中央社. */
function addSiteName(names: Set<string>, name: string): void {
  const view = neutral(name).trim();
  names.add(view);
  for (const word of view.split(SITE_NAME_PARTS)) if (word.length >= 2 && HAN.test(word)) names.add(word);
}

/** The context fields are checked in; the site's names grow when the site rule finds the site. */
type PipelineContext = FieldContext & { siteNames: Set<string> };

function fieldContext(page: Page, state: State): PipelineContext {
  const siteNames = new Set<string>();
  for (const key of SITE_NAME_KEYS) {
    const name = page.meta.meta[key]?.trim();
    if (name) addSiteName(siteNames, name);
  }
  return {
    siteNames,
    tags: declaredTags(page.meta.meta),
    lines: state.views,
    fields: state.fields,
  };
}

function apply(state: State, rule: Rule, decisions: Decisions, context: PipelineContext): void {
  for (const { block, text, repairs } of decisions.texts ?? []) {
    state.beforeRewrite.set(block, state.texts[block]!);
    state.texts[block] = text;
    state.views[block] = neutral(text);
    if (repairs) state.repairs.set(block, repairs);
  }
  for (const { block, role } of decisions.roles ?? []) {
    state.roles[block] = role;
    if (role === 'body') state.removed.delete(block);
    else state.removed.set(block, { block, role, rule: rule.name });
  }
  for (const { field, value, evidence } of decisions.claims ?? []) {
    const shown = state.fields[field];
    if (shown !== null && !refines(field, shown, value)) {
      const readFrom = evidence.block === undefined ? undefined : state.roles[evidence.block];
      state.later.push({ field, value, evidence: { ...evidence, rule: rule.name }, readFrom });
      continue;
    }
    const checked = checkField(field, value, evidence, context);
    if (checked.ok) {
      state.fields[field] = checked.value;
      state.evidence[field] = { ...evidence, rule: rule.name };
      if (evidence.block !== undefined) state.readFrom[field] = state.roles[evidence.block];
      if (field === 'site') addSiteName(context.siteNames, checked.value);
    } else state.rejected.push({ field, value, reason: checked.reason, evidence: { ...evidence, rule: rule.name } });
  }
  state.warnings.push(...(decisions.warnings ?? []));
}

/** A time of day for a date shown without one (`2020-02-01` → `2020-02-01T07:55+08:00`) adds to it, changing nothing. */
function refines(field: FieldName, shown: string, value: string): boolean {
  return field === 'date' && !shown.includes('T') && value.includes('T') && value.startsWith(shown);
}

/**
 * Checks that need the whole page: a name read before the site's name was known may turn out to be the site; a
 * credit read from a paragraph the content rules then left out of the article, far below its end (another post on a
 * blog page, a related story), or below its end under another article's linked headline (a sidebar's one item), is
 * that text's credit, not the article's; a 来源 amid the article's paragraphs credits a chart, a table or a quotation.
 * A refused value gives way to the next claim for its field that passes.
 */
function recheckFields(page: Page, state: State, context: FieldContext): void {
  const lastOfArticle = state.roles.lastIndexOf('body');
  // The headline and the lines the article's date and people were read from: where its byline stands.
  const bylineBlocks = new Set<number>();
  state.roles.forEach((role, block) => {
    if (role === 'title' || role === 'subtitle') bylineBlocks.add(block);
  });
  for (const field of ['date', 'editor', 'author', 'reviewer'] as const) {
    const block = state.evidence[field]?.block;
    if (block !== undefined) bylineBlocks.add(block);
  }
  const refusal = (field: FieldName, evidence: Evidence, readFrom: Role | undefined): string | null => {
    const block = evidence.block;
    if (block === undefined) return null;
    const leftOut = CLOSING_CREDIT.test(evidence.how) && readFrom === 'body' && state.roles[block] === 'boilerplate';
    const farBelow = lastOfArticle >= 0 && block > lastOfArticle + FAR_BELOW;
    const underOtherHeadline =
      (field === 'author' || field === 'source') &&
      lastOfArticle >= 0 &&
      block > lastOfArticle &&
      linkedHeadlineAbove(page, state.roles, state.views, block) >= 0;
    if (leftOut || farBelow || underOtherHeadline) return 'read from text that is not the article';
    if (field === 'source' && isLabelledSource(evidence) && amidArticle(state, bylineBlocks, block))
      return AMID_ARTICLE;
    return null;
  };
  for (const field of ['source', 'editor', 'author', 'reviewer'] as const) {
    const value = state.fields[field];
    const evidence = state.evidence[field];
    if (value === null || !evidence) continue;
    const shown = { field, value, evidence, readFrom: state.readFrom[field] };
    const candidates = [shown, ...state.later.filter((claim) => claim.field === field)];
    for (const candidate of candidates) {
      const reason = refusal(field, candidate.evidence, candidate.readFrom);
      const checked = reason
        ? ({ ok: false, reason } as const)
        : checkField(field, candidate.value, candidate.evidence, context);
      if (checked.ok) {
        if (candidate === shown) break;
        state.fields[field] = checked.value;
        state.evidence[field] = candidate.evidence;
        break;
      }
      if (candidate === shown) {
        state.fields[field] = null;
        delete state.evidence[field];
      }
      if (reason === AMID_ARTICLE) keepClosingCredit(state, candidate.evidence);
      state.rejected.push({ field, value: candidate.value, reason: checked.reason, evidence: candidate.evidence });
    }
  }
}

const AMID_ARTICLE = 'a 来源 amid the article’s paragraphs credits a chart, a table or a quotation';

/** A credit in brackets closing a paragraph amid the article credits what the paragraph says, and stays in it. */
function keepClosingCredit(state: State, evidence: Evidence): void {
  const block = evidence.block!;
  const paragraph = state.beforeRewrite.get(block);
  if (!evidence.how.startsWith('bracketed ') || state.roles[block] !== 'body' || paragraph === undefined) return;
  state.texts[block] = paragraph;
  state.views[block] = neutral(paragraph);
}

/** A 来源 read from its label (`来源：X`, `（来源：X）`), not a dateline's or a repost's outlet. */
function isLabelledSource(evidence: Evidence): boolean {
  return evidence.rule === bylineRule.name && fieldOfLabel(evidence.how.replace(/^bracketed /u, '')) === 'source';
}

/** A lead the page labels as one (`【摘要】`, `导语：`, `编者按：`), which may stand above the byline. */
const LEAD = /^\s*[【[]?\s*(?:摘要|导语|导读|核心提示|内容提要|编者按)\s*[】\]:]/u;

/**
 * Whether a credit read from `block` stands amid the article: a paragraph of it lies between the credit and the
 * headline or the article's credits above (the paragraph a bracketed credit closes counts, a labelled lead does not),
 * and another between the credit and the credits below or the end. The article's own byline row stands with its
 * headline, date and people's credits, or after its last paragraph.
 */
function amidArticle(state: State, bylineBlocks: ReadonlySet<number>, block: number): boolean {
  if (bylineBlocks.has(block)) return false;
  const isParagraph = (at: number) =>
    state.roles[at] === 'body' && isSentence(state.texts[at]!) && !LEAD.test(state.views[at]!);
  let above = false;
  for (let at = block; at >= 0 && !above && (at === block || !bylineBlocks.has(at)); at--) above = isParagraph(at);
  if (!above) return false;
  for (let at = block + 1; at < state.roles.length && !bylineBlocks.has(at); at++) if (isParagraph(at)) return true;
  return false;
}
