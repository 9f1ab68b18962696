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
import { contentRules, endOfArticleRules } from './rules/content';
import { detectScript } from './script';
import { forgetLines } from './text/per-line';
import { linkedHeadlineAbove } from './rules/teasers';

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
  // 4. content scoring: which remaining blocks make up the article, then its first line if nothing marked a headline
  ...contentRules,
  leadingTitleRule,
];

interface State {
  roles: Role[];
  texts: string[];
  views: string[];
  repairs: Map<number, NonNullable<Paragraph['repairs']>>;
  fields: ArticleFields;
  evidence: Partial<Record<FieldName, Evidence>>;
  /** The role of the block each shown field was read from, when it was read. */
  readFrom: Partial<Record<FieldName, Role>>;
  rejected: RejectedClaim[];
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
    repairs: new Map(),
    fields: { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null },
    evidence: {},
    readFrom: {},
    rejected: [],
    removed: new Map(),
    warnings: [],
  };
  const context = fieldContext(page, state);
  for (const rule of ruleList) {
    const decisions: Decisions = rule.apply({
      page,
      roles: state.roles,
      texts: state.texts,
      views: state.views,
      fields: state.fields,
      accepts: (claim) => checkField(claim.field, claim.value, claim.evidence, context).ok,
    });
    apply(state, rule, decisions, context);
  }
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
    if (shown !== null && !refines(field, shown, value)) continue;
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
 * Checks that need the whole page: a name read before the site's name was known may turn out to be the site, and a
 * credit read from a paragraph the content rules then left out of the article, far below its end (another post on a
 * blog page, a related story), or below its end under another article's linked headline (a sidebar's one item), is
 * that text's credit, not the article's.
 */
function recheckFields(page: Page, state: State, context: FieldContext): void {
  const lastOfArticle = state.roles.lastIndexOf('body');
  for (const field of ['source', 'editor', 'author', 'reviewer'] as const) {
    const value = state.fields[field];
    const evidence = state.evidence[field];
    if (value === null || !evidence) continue;
    const block = evidence.block;
    const leftOut =
      block !== undefined &&
      CLOSING_CREDIT.test(evidence.how) &&
      state.readFrom[field] === 'body' &&
      state.roles[block] === 'boilerplate';
    const farBelow = block !== undefined && lastOfArticle >= 0 && block > lastOfArticle + FAR_BELOW;
    const underOtherHeadline =
      (field === 'author' || field === 'source') &&
      block !== undefined &&
      lastOfArticle >= 0 &&
      block > lastOfArticle &&
      linkedHeadlineAbove(page, state.roles, state.views, block) >= 0;
    const checked =
      leftOut || farBelow || underOtherHeadline
        ? ({ ok: false, reason: 'read from text that is not the article' } as const)
        : checkField(field, value, evidence, context);
    if (checked.ok) continue;
    state.fields[field] = null;
    delete state.evidence[field];
    state.rejected.push({ field, value, reason: checked.reason, evidence });
  }
}
