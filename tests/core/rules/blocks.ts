/** Small pages for rule tests: text lines, or DOM-like blocks with tags, hints and link density. */
import type { ArticleFields, Block, Decisions, Page, PageMeta, Role, RuleInput } from '../../../src/core/article';
import { neutral } from '../../../src/core/text/neutral';

export function block(index: number, text: string, extra: Partial<Block> = {}): Block {
  return {
    index,
    text,
    tag: 'p',
    heading: 0,
    linkDensity: 0,
    hints: [],
    group: 0,
    ...extra,
  };
}

export function page(items: (string | [string, Partial<Block>])[], meta: Partial<PageMeta> = {}): Page {
  const blocks = items.map((item, i) => (typeof item === 'string' ? block(i, item) : block(i, item[0], item[1])));
  return { blocks, meta: { meta: {}, jsonLd: [], ...meta } };
}

export const noFields: ArticleFields = {
  title: null,
  date: null,
  source: null,
  editor: null,
  author: null,
  reviewer: null,
  site: null,
};

export function input(p: Page, roles?: Role[], fields: Partial<ArticleFields> = {}): RuleInput {
  return {
    page: p,
    roles: roles ?? p.blocks.map(() => 'body'),
    texts: p.blocks.map((b) => b.text),
    views: p.blocks.map((b) => neutral(b.text)),
    fields: { ...noFields, ...fields },
  };
}

/** Blocks a rule's decisions move to `role`. */
export function marked(decisions: { roles?: { block: number; role: Role }[] }, role: Role): number[] {
  return (decisions.roles ?? []).filter((d) => d.role === role).map((d) => d.block);
}

/** The first value a rule's decisions claim for each field (the one the pipeline shows when it is valid). */
export function claimed(decisions: Decisions): Partial<ArticleFields> {
  const fields: Partial<ArticleFields> = {};
  for (const { field, value } of decisions.claims ?? []) fields[field] ??= value;
  return fields;
}
