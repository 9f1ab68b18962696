/**
 * The vocabulary the whole pipeline speaks: page → blocks → rules → article.
 * Adapters make blocks (from a seed text line or a DOM element); rules read blocks and decide;
 * the pipeline assembles an Article. Nothing here touches the DOM.
 */
import type { DeclaredVariable } from './declared';

export type Script = 'hans' | 'hant';

/**
 * What a rule decided a block is. Blocks nobody claims stay `body` candidates. A `subtitle` hangs under the headline
 * (`——热烈祝贺市政协五届一次会议开幕`): part of the headline, shown with it, not with the text.
 */
export type Role = 'body' | 'title' | 'subtitle' | 'meta' | 'caption' | 'boilerplate' | 'duplicate';

/** A run of text with a little structure: one seed line, or one DOM element's own text. */
export interface Block {
  /** Position in page order; also the index into the adapter's element list. */
  index: number;
  /** The text as shown, whitespace collapsed and trimmed. */
  text: string;
  /** Lower-case tag name for DOM blocks (`p`, `li`, `h1`, `td`, `div`…); `line` for text lines. */
  tag: string;
  /** Heading level 1–6, or 0. */
  heading: number;
  /** Share of the text that sits inside links, 0–1 (0 for text lines). */
  linkDensity: number;
  /** Lower-case class/id/role tokens of the element and its ancestors (`footer`, `share`, `comment`…). */
  hints: string[];
  /** Index of the container block group this block belongs to (same DOM parent ⇒ same group). */
  group: number;
  /**
   * Offsets in `text` where two elements meet with text on both sides (`<span>来源：中国新闻网</span><span>王帆</span>`
   * breaks at 5), or where a text line leaves a wide gap: a value read from the line ends there.
   */
  breaks?: number[];
  /** Images inside the block, for the reader view. */
  images?: BlockImage[];
  /** Every visible character of the text is set in bold (`<p><strong>…</strong></p>`): how pages mark a subhead. */
  bold?: true;
}

export interface BlockImage {
  src: string;
  alt: string;
  caption?: string;
  /** Size in CSS pixels, from the element's width/height attributes or, on a live page, the loaded picture. */
  width?: number;
  height?: number;
  /** Lower-case class, id and role tokens of the image element and its containers (`qrcode`, `icon-play`, `share`). */
  hints?: string[];
}

/** Metadata a page carries outside its visible text: <meta>, JSON-LD, <title>. */
export interface PageMeta {
  url?: string;
  /** document.title, or the first line of a text page when it has none. */
  documentTitle?: string;
  /** name/property → content, lower-cased keys (`pubdate`, `contentsource`, `article:published_time`…). */
  meta: Record<string, string>;
  /** Parsed JSON-LD objects found on the page. */
  jsonLd: unknown[];
  /** lang attribute of the root element, if any. */
  lang?: string;
  /**
   * Values the page's inline scripts declare as string or number literals (`var nickname = "人民日报"`,
   * `var ct = "1704067200"`), for the variables and sites in src/core/declared.ts, first declaration wins. WeChat
   * articles keep their account, publication time and title there.
   */
  declared?: Partial<Record<DeclaredVariable, string>>;
}

/** A page ready for the rules: blocks in order plus what the page says about itself. */
export interface Page {
  blocks: Block[];
  meta: PageMeta;
}

/** Why a block left the article: the rule's name and a short reason. */
export interface Removal {
  block: number;
  role: Role;
  rule: string;
}

export type WarningKind = 'garbled' | 'no-article' | 'conflict' | 'charset';

export interface Warning {
  kind: WarningKind;
  message: string;
  /** Block the warning is about, when there is one. */
  block?: number;
}

export type SloganKind = 'quoted' | 'numbered' | 'parallel' | 'repeated' | 'lexicon';

export interface Slogan {
  text: string;
  /** The script-neutral form the slogan is compared and remembered by (simplified, separators and quotes dropped). */
  key: string;
  count: number;
  kind: SloganKind;
  /** Paragraph index and character offset of the first occurrence in `paragraphs`. */
  first?: { paragraph: number; offset: number };
  gloss?: { zh: string; en: string };
}

/** One paragraph of the clean article, with the block it came from. */
export interface Paragraph {
  text: string;
  block: number;
  /**
   * Repaired spans (garbled text fixed), offsets into `text`. `inferred`: some characters in the span were not in
   * the bytes but made certain by the text elsewhere; `inferredAt` gives their offsets.
   */
  repairs?: { start: number; end: number; original: string; inferred?: boolean; inferredAt?: number[] }[];
}

/** Where a field's value was read, so a reader (and a test) can see why it is shown. */
export interface Evidence {
  /** `text`: a block of the page's visible text; `declared`: a <meta> tag, JSON-LD or the document title. */
  from: 'text' | 'declared';
  /** The block the value was read from. */
  block?: number;
  /** The label, pattern or declaration that gave it: `责任编辑`, `dateline`, `og:site_name`. */
  how: string;
  /** The value sat under an explicit label (作者：, 记者), so a name without a common surname or a handle may stand. */
  labelled?: boolean;
  /** The rule that read it. */
  rule: string;
}

export type FieldName = keyof ArticleFields;

/** A value a rule read for a field, with its evidence; the pipeline shows it only once it passes validation. */
export interface FieldClaim {
  field: FieldName;
  value: string;
  evidence: Omit<Evidence, 'rule'>;
}

/** A value a rule read that did not pass validation, and why: the field stays empty (or takes a later claim). */
export interface RejectedClaim {
  field: FieldName;
  value: string;
  reason: string;
  evidence: Evidence;
}

export interface Article {
  title: string | null;
  /** The headline's subtitle, shown under it. */
  subtitle: string | null;
  /** ISO 8601: `2020-02-01T07:55+08:00` when a time is shown, `2020-02-01` otherwise. */
  date: string | null;
  /** 来源 */
  source: string | null;
  /** 责任编辑 / 编辑 */
  editor: string | null;
  /** 记者 / 作者 */
  author: string | null;
  /** 编审 / 审核 */
  reviewer: string | null;
  /** The site's own name (footer, og:site_name). */
  site: string | null;
  url: string | null;
  script: Script;
  paragraphs: Paragraph[];
  /** Role of every block, by block index. */
  roles: Role[];
  removed: Removal[];
  warnings: Warning[];
  /** Where each shown field was read. */
  evidence: Partial<Record<FieldName, Evidence>>;
  /** Values read and not shown, with the reason. */
  rejected: RejectedClaim[];
}

/** The article as the popup and the CLI show it: with its key slogans, found on request (cleaning never needs them). */
export interface ArticleWithSlogans extends Article {
  slogans: Slogan[];
}

/**
 * A rule reads the page and the decisions so far and returns new decisions. Pure: no DOM, no storage.
 * `motivatedBy` names the seed or corpus page whose kind of page made the rule necessary.
 */
export interface Rule {
  name: string;
  why: string;
  motivatedBy: string;
  apply(input: RuleInput): Decisions;
}

/** The metadata fields rules may fill. */
export type ArticleFields = Pick<Article, 'title' | 'date' | 'source' | 'editor' | 'author' | 'reviewer' | 'site'>;

/** What a rule sees: the page, and everything decided before it (read-only). */
export interface RuleInput {
  page: Page;
  /** Current role of every block (all `body` at the start). */
  roles: readonly Role[];
  /** Current text of every block (rules such as pinyin stripping rewrite it). */
  texts: readonly string[];
  /**
   * The script-neutral view of every text (src/core/text/neutral.ts): simplified characters, ASCII punctuation, the
   * same offsets. Rules match their patterns here and read values from `texts`.
   */
  views: readonly string[];
  /** Fields filled so far; `null` where nothing was found yet. */
  fields: Readonly<ArticleFields>;
  /**
   * Whether the pipeline would show a claim (src/core/fields.ts): a rule with many candidates stops at the first that
   * passes instead of offering them all. Absent, every claim counts as shown.
   */
  accepts?: (claim: FieldClaim) => boolean;
}

/** What a rule decides. The pipeline applies it and records the rule's name with every removal. */
export interface Decisions {
  /** New role for a block; anything but `body` takes it out of the paragraphs. */
  roles?: { block: number; role: Role }[];
  /** Rewritten block text, with the spans repaired (offsets into the new text). */
  texts?: { block: number; text: string; repairs?: Paragraph['repairs'] }[];
  /**
   * Values read for fields, in order of preference; the first valid claim for a field still empty is shown (a rule
   * that only fills gaps checks `input.fields` first).
   */
  claims?: FieldClaim[];
  warnings?: Warning[];
}
