/**
 * The one pipeline: page → blocks → rules → Article. Rules run in order; each sees the decisions made before it.
 * Text rewriting runs first (so every later rule reads clean text), then removal of page furniture, then the
 * title and metadata, then the checks that need the whole picture.
 */
import type { Article, ArticleFields, Decisions, Page, Paragraph, Removal, Role, Rule, Warning } from './article';
import { pinyinRuby } from './rules/pinyin';
import { garbledText } from './rules/garbled';
import { boilerplateRules } from './rules/boilerplate';
import { titleRule } from './rules/title';
import { duplicateBody } from './rules/duplicate-body';
import { bylineRule } from './rules/metadata/byline';
import { creditRule } from './rules/metadata/credit';
import { postDateRule } from './rules/metadata/post-date';
import { dateRule } from './rules/metadata/date';
import { siteRule } from './rules/metadata/site';
import { metaTagsRule } from './rules/metadata/meta-tags';
import { contentRules } from './rules/content';
import { detectScript } from './script';

export const rules: Rule[] = [
  // 1. text repair
  pinyinRuby,
  garbledText,
  // 2. page furniture
  ...boilerplateRules,
  // 3. title, repeated body, metadata read from the page, then from <meta>/JSON-LD
  titleRule,
  duplicateBody,
  bylineRule,
  creditRule,
  postDateRule,
  dateRule,
  siteRule,
  metaTagsRule,
  // 4. content scoring: which remaining blocks make up the article
  ...contentRules,
];

export function extractArticle(page: Page, ruleList: readonly Rule[] = rules): Article {
  const state = {
    roles: page.blocks.map((): Role => 'body'),
    texts: page.blocks.map((block) => block.text),
    repairs: new Map<number, NonNullable<Paragraph['repairs']>>(),
    fields: {
      title: null,
      date: null,
      source: null,
      editor: null,
      author: null,
      reviewer: null,
      site: null,
    } as ArticleFields,
    removed: new Map<number, Removal>(),
    warnings: [] as Warning[],
  };
  for (const rule of ruleList) {
    const decisions: Decisions = rule.apply({ page, roles: state.roles, texts: state.texts, fields: state.fields });
    apply(state, rule, decisions);
  }
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
  return {
    ...state.fields,
    url: page.meta.url ?? null,
    script,
    paragraphs,
    roles: state.roles,
    removed: [...state.removed.values()].sort((a, b) => a.block - b.block),
    warnings,
  };
}

function apply(
  state: {
    roles: Role[];
    texts: string[];
    repairs: Map<number, NonNullable<Paragraph['repairs']>>;
    fields: ArticleFields;
    removed: Map<number, Removal>;
    warnings: Warning[];
  },
  rule: Rule,
  decisions: Decisions,
): void {
  for (const { block, text, repairs } of decisions.texts ?? []) {
    state.texts[block] = text;
    if (repairs) state.repairs.set(block, repairs);
  }
  for (const { block, role } of decisions.roles ?? []) {
    state.roles[block] = role;
    if (role === 'body') state.removed.delete(block);
    else state.removed.set(block, { block, role, rule: rule.name });
  }
  for (const [key, value] of Object.entries(decisions.fields ?? {}) as [keyof ArticleFields, string | null][]) {
    if (value !== undefined) state.fields[key] = value;
  }
  state.warnings.push(...(decisions.warnings ?? []));
}
