/**
 * Photo captions: the line under a picture that says what it shows (`<figcaption>`, a `pictext` paragraph,
 * `资料图：…`, `▲…（图／…提供）`). A caption belongs to its image, not to the running text: the reader view shows it
 * under the image, and a copied article or its word count leaves it out.
 */
import type { Block, Decisions, Rule, RuleInput } from '../article';

/**
 * Class/id tokens templates give a caption's element: the token ends in a caption word, perhaps followed by a
 * position or a number (`wp-caption-text`, `caption_right`, `picinfo`). A caption word inside a longer name is
 * something else: `page-caption-p` holds a whole page's text, `vjs-caption-settings` a video player's menu.
 */
const CAPTION_HINT =
  /(?:caption|pictext|picinfo|pic_?desc|img_?desc|imgtxt|img_?text|photo_?desc|pic_?title|img_?title|pic_?txt|illustration)(?:[-_](?:text|txt|left|right|center|\d+))*$/;
/**
 * How captions open when nothing marks them, in brackets or not: `资料图：`, `图为`, `[图片说明1：漫画/冷洁]`, `图 | 网络`,
 * `上图：` or `左上图：` where a picture stands among others, `▲`, `（图：…）`; not `图/文 张三`, a credit for both the
 * pictures and the text.
 */
const CAPTION_OPENING =
  /^[[【]?(?:资料图|图为|图片来源|图片说明|(?:[左右][上下]?|[上下中])?图片?\s*[:/|丨](?!\s*文)|\(图|▲|△)/u;
/** How a line that holds a picture closes when it is the picture's caption: who provided or took it (`受访者供图`, `蔡雪婧/摄`). */
const CAPTION_CLOSING = /(?:供图|\/\s*摄)\)?$/u;
/** Captions are a sentence or two; a long block under a picture is text. */
const CAPTION_MAX = 160;

function isCaption(block: Block, view: string): boolean {
  if (view.length > CAPTION_MAX) return false;
  if (block.tag === 'figcaption' || block.hints.some((hint) => CAPTION_HINT.test(hint))) return true;
  return CAPTION_OPENING.test(view) || (block.images !== undefined && CAPTION_CLOSING.test(view));
}

export const captionRule: Rule = {
  name: 'caption',
  why: 'a photo caption belongs under its image, not among the paragraphs of the text',
  motivatedBy: 'corpus-modern pages (Xinhua, CNA figcaptions, ETtoday ▲ captions, 资料图 lines)',
  apply({ page, views, roles }: RuleInput): Decisions {
    const decided: NonNullable<Decisions['roles']> = [];
    views.forEach((view, block) => {
      if (roles[block] === 'body' && isCaption(page.blocks[block]!, view)) decided.push({ block, role: 'caption' });
    });
    return { roles: decided };
  },
};
