/**
 * The article as it reads: its paragraphs in page order, the subheads among them, and the pictures that belong to it,
 * each with its caption once. Built from the Article and the blocks it was read from; the reader view shows it and the
 * Markdown export writes it. Pictures that are page furniture — icons, QR codes, advertisements, the play button of a
 * player that cannot play here — are left out.
 */
import type { Article, Block, BlockImage, Paragraph, Role } from './article';

export type OutlineItem =
  | { kind: 'heading'; text: string; block: number }
  | { kind: 'paragraph'; text: string; block: number; repairs?: Paragraph['repairs'] }
  | { kind: 'caption'; text: string; block: number }
  | { kind: 'image'; image: BlockImage; block: number };

/** Roles of the blocks whose pictures belong to the article. */
const PICTURE_ROLES: ReadonlySet<Role> = new Set(['body', 'caption']);

export function articleOutline(article: Article, blocks: readonly Block[]): OutlineItem[] {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.block, p]));
  const first = article.paragraphs[0]?.block ?? 0;
  const last = article.paragraphs.at(-1)?.block ?? -1;
  const items: OutlineItem[] = [];
  const captions = new Set<string>();
  const sources = new Set<string>();
  for (const block of blocks) {
    const role = article.roles[block.index];
    const inArticle = block.index >= first && block.index <= last;
    let dropped: BlockImage | null = null;
    if (inArticle && role && PICTURE_ROLES.has(role)) {
      for (const image of block.images ?? []) {
        if (isDecorative(image)) dropped = image;
        else if (!sources.has(image.src)) {
          sources.add(image.src);
          if (image.caption) captions.add(image.caption);
          items.push({ kind: 'image', image, block: block.index });
        }
      }
    }
    const paragraph = paragraphs.get(block.index);
    // A figure's caption is read as a block of its own too: it is shown once, under its picture.
    const text = paragraph?.text ?? (inArticle && role === 'caption' ? block.text : '');
    if (!text || captions.has(text) || (dropped && (dropped.caption === text || role === 'caption'))) continue;
    if (!paragraph) {
      const previous = items.at(-1);
      if (previous?.kind === 'image' && !previous.image.caption) {
        previous.image = { ...previous.image, caption: text };
        captions.add(text);
      } else items.push({ kind: 'caption', text, block: block.index });
    } else if (isSubhead(block, text)) items.push({ kind: 'heading', text, block: block.index });
    else
      items.push(
        paragraph.repairs?.length
          ? { kind: 'paragraph', text, block: block.index, repairs: paragraph.repairs }
          : { kind: 'paragraph', text, block: block.index },
      );
  }
  return items;
}

/** Longest text read as a heading: a longer one is a paragraph, however it is set. */
const MAX_HEADING = 40;
/** A line that ends a sentence is a paragraph, even when it is set in bold. */
const SENTENCE_END = /[。！？!?；;…，,、]$/;
/** 一、… （二）… 第三部分…: how documents and long reports number their sections. */
const SECTION_NUMBER =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部章节篇])/;
/** A dateline or credit in bold (新华社北京3月5日电, 记者 张三 摄) is not a subhead. */
const CREDIT_LINE = /^(?:新华社|中新社|中新网|本报|人民日报)|电$|讯$|记者|摄$|来源|编辑/;

/** A subhead: a heading element inside the article, a short line all in bold, or a short numbered section title. */
function isSubhead(block: Block, text: string): boolean {
  if (text.length > MAX_HEADING || SENTENCE_END.test(text) || CREDIT_LINE.test(text)) return false;
  return block.heading > 0 || block.bold === true || (SECTION_NUMBER.test(text) && text.length <= 24);
}

/** File-name and class tokens of furniture pictures: QR codes, icons, logos, advertisements, buttons, spacers. */
const FURNITURE_TOKEN =
  /^(?:qr|qrcode|erweima|ewm|icon|icons|ico|logo|ad|ads|advert|banner|guanggao|play|playbtn|btn|button|share|weixin|wechat|weibo|spacer|blank|pixel|loading|arrow)\d*$/;
/** Containers of players and share or QR boxes: a picture there is the player's poster or a button. */
const FURNITURE_CONTAINER = /qrcode|erweima|ewm|share|player|video|advert|guanggao/;
const FURNITURE_ALT = /二维码|扫码|扫一扫|图标|广告|播放|分享|logo|icon/i;
/** Pictures this small in either dimension are icons or tracking pixels. */
const ICON_SIZE = 64;

function tokens(src: string): string[] {
  const path = src.replace(/[?#].*$/, '').toLowerCase();
  return path
    .split('/')
    .slice(-2)
    .join('/')
    .split(/[/._-]+/);
}

/** Whether a picture is page furniture rather than part of the article. */
export function isDecorative(image: BlockImage): boolean {
  if (
    (image.width !== undefined && image.width <= ICON_SIZE) ||
    (image.height !== undefined && image.height <= ICON_SIZE)
  )
    return true;
  if (FURNITURE_ALT.test(image.alt)) return true;
  const hints = image.hints ?? [];
  if (
    [...tokens(image.src), ...hints.flatMap((hint) => hint.split(/[-_]+/))].some((token) => FURNITURE_TOKEN.test(token))
  )
    return true;
  return hints.some((hint) => FURNITURE_CONTAINER.test(hint));
}
