/**
 * Page furniture that is never part of an article: navigation, share bars, font widgets, QR and app prompts,
 * comment widgets, footers, disclaimers and the clutter of document-sharing mirrors.
 * Every pattern is named and says why; patterns only fire on short blocks unless they are anchored on a
 * marker no article sentence carries.
 */
import type { Block, Decisions, Role, Rule, RuleInput } from '../article';
import { BREADCRUMB } from '../text/breadcrumbs';
import { ACCOUNT_ID, firstLabel, isBylineText } from '../text/bylines';
import { CALENDAR_LINE } from '../text/dates';
import { RELATED_LISTS, WIDGET_ROW } from '../text/widgets';
import { OTHER_ARTICLE } from './teasers';
import { HEADLINE_HINT, NO_TITLE } from './title';

/** Longest block a furniture pattern may remove: furniture is short, article paragraphs are not. */
export const SHORT_BLOCK = 60;

/**
 * The heading of a list of other articles: related reading, recommendations, rankings (neutral view), perhaps after
 * the bullet or the bar (`▍`, `|`) a template sets before its headings.
 */
export const RELATED_HEADING = new RegExp(
  String.raw`^[■□●◆▲►▶▌▍▎┃│|]?\s*[[【『「]?\s*(?:${RELATED_LISTS})\s*[\]】』」]?\s*(?::|>>|»|》)?$`,
  'u',
);

/**
 * One step of a pager (`首页`, `第 2 页`, a page number, a separator). Each line reads as steps one way only: a number
 * is all its digits, and spaces only follow a step, so a line that is no pager is refused without trying others.
 */
const PAGER_STEP = String.raw`(?:首页|上一页|下一页|尾页|末页|(?:第|共)\s*\d+\s*页|\d+(?!\d)|[|<>«»·…/])`;

interface FurniturePattern {
  name: string;
  why: string;
  pattern: RegExp;
  /** Longest block the pattern applies to. */
  maxLength: number;
}

/** Patterns are matched on the script-neutral view (simplified characters, ASCII punctuation): written once. */
export const FURNITURE: FurniturePattern[] = [
  {
    name: 'share-targets',
    why: 'share bars list the networks and app versions, one per item or all on one line',
    pattern:
      /^(?:(?:分享到|分享至|分享):?|微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|朋友圈|客户端|头条号|抖音|快手|手机版|电脑版|人人网|豆瓣|[|/\s])+$/u,
    maxLength: SHORT_BLOCK,
  },
  {
    name: 'font-widget',
    why: 'font-size switches (`【字体:大 中 小】`) print as a line of their own',
    pattern:
      /^[【[]?\s*(?:字体|字号)\s*(?::|[大中小](?:\s*[大中小]){1,2}\s*[】\]]?$)|^[【[]\s*(?:大|中|小)\s*(?:中|小)?\s*[】\]]?$/u,
    maxLength: 30,
  },
  {
    name: 'qr-prompt',
    why: '“scan to open on your phone” prompts sit under every government article',
    pattern: /扫一扫|扫描二维码|手机(?:扫码|打开)/u,
    maxLength: 40,
  },
  {
    name: 'app-prompt',
    why: 'mobile pages push their app or browser instructions above the article',
    pattern:
      /(?:打开|下载|安装)\s*(?:\S{0,6}\s*)?(?:APP|客户端|应用程序)|尽在\S{0,12}(?:APP|客户端)$|^\s*小贴士\s*$|点击右上角|浏览器\s*\/\s*Safari|欢迎使用手机/iu,
    maxLength: 40,
  },
  {
    name: 'widget-row',
    why: 'a row of widget links (`【纠错】【打印】【关闭】`, `点击查看更多 展开全文`) is no text',
    pattern: WIDGET_ROW,
    maxLength: 40,
  },
  {
    name: 'follow-prompt',
    why: 'pages ask the reader to follow, subscribe or add them on LINE between and after paragraphs',
    pattern:
      /加入\s*LINE|LINE\s*好友|^(?:欢迎|请|点击)?(?:关注|追踪)(?:我们|本号|本站|\S{0,20}(?:微信)?(?:公众号|视频号|抖音号|微博))|^订阅(?:电子报|我们|频道)?$|^更多(?:新闻|内容|资讯)?请订阅|^(?:点我|点此|立即)?订阅电子报|^(?:请|欢迎)?扫码关注|^欢迎(?:分享|转发){1,2}(?:给\S{0,6})?$/iu,
    maxLength: 40,
  },
  {
    name: 'prev-next',
    why: 'templates link the previous and next article under the text, and say so when there is none (`上一篇：没有了`)',
    pattern: new RegExp(String.raw`${OTHER_ARTICLE.source}\s*:`, 'u'),
    maxLength: 60,
  },
  {
    name: 'pager',
    why: 'a list page’s pager (`首页 | 上一页 1 下一页 | 尾页`) is left under some articles by their template',
    pattern: new RegExp(String.raw`^\s*(?:${PAGER_STEP}\s*)*(?:上一页|下一页)\s*(?:${PAGER_STEP}\s*)*$`, 'u'),
    maxLength: 60,
  },
  {
    name: 'calendar',
    why: "a portal's header shows today's date with the lunar date or the weather: the day of the visit, not of the text",
    pattern: CALENDAR_LINE,
    maxLength: 60,
  },
  {
    name: 'site-banner',
    why: 'a portal heads its pages with its name and web address alone on a line (`某某市政府门户网站 www.example.gov.cn`)',
    pattern: /^\p{Script=Han}{2,24}(?:网站|网|门户)\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/u,
    maxLength: 60,
  },
  {
    name: 'reading-aids',
    why: 'templates print the reading time and word count, and a read-aloud player’s buttons, above the text',
    pattern:
      /^本文(?:约|共)?\s*\d+\s*字|(?:阅读|读完)(?:需要|时间|时长|约需)\s*:?\s*(?:约)?\s*\d+\s*分钟|预计阅读\s*\d+|^\d{1,3}\s*分钟$|^字数\s*:\s*\d+|^(?:语音播报|播报暂停|暂停播报|开始播报|听全文|朗读全文)$|点击上方\S{0,12}关注/u,
    maxLength: 40,
  },
  {
    name: 'account-closing',
    why: 'account articles close with an END mark and asks to scan, follow or tap 在看, or to go back to the portal for more',
    pattern:
      /^[-—–\s]*END[-—–\s]*$|长按(?:识别)?(?:二维码|图片)|点(?:个|一下)\s*[“"]?在看|点[“"]在看|(?:点赞|分享|转发)[、,，\s]*在看|更多(?:精彩)?(?:内容|资讯)?[,，]?\s*(?:请)?(?:继续)?关注|^返回\S{1,6},\s*查看更多$/iu,
    maxLength: 40,
  },
  {
    name: 'ad-marker',
    why: 'an advertisement inside the text is labelled as one and tells the reader the article goes on below it',
    pattern:
      /^(?:[[【(]|[-—–]+)?\s*广告\s*(?:[\]】)]|[-—–]+)?(?:\s*(?:请)?(?:继续)?(?:往下|向下)?(?:阅读|看)\s*(?:\.{2,}|…+)?)?$|^\(?文(?:章)?未完\)?[,，]?\s*(?:请)?(?:继续)?(?:往下|向下)?(?:阅读|看)?$/u,
    maxLength: 30,
  },
  {
    name: 'reprint-notice',
    why: 'portals close reprinted and user-posted articles with a one-paragraph disclaimer (转载目的在于传递更多信息, 不代表本网观点, 本平台仅提供信息存储服务)',
    pattern:
      /传递更多信息之?目的|转载目的在于传递更多信息|不代表本(?:网|站|平台|报)(?:赞同其|的)?(?:观点|立场)|并不意味着赞同其观点|(?:仅代表|纯属)(?:该)?作者(?:或机构)?(?:本人|个人)?观点|观点仅代表作者|如(?:有|涉及)(?:侵权|版权问题)|如遇(?:作品)?(?:内容|版权)[^。]{0,12}问题|^声明\s*:\s*(?:个人原创|取材网络)|仅提供信息(?:存储|发布)(?:空间)?(?:服务|平台)|版权归原作者所有/u,
    maxLength: 160,
  },
  {
    name: 'teaser-summary',
    why: 'a summary cut short with a link to read on (`…【详细】`, `...[全文]`) is another article’s teaser; an article’s own paragraphs do not trail off into a link',
    pattern:
      /(?:\.{2,}|…+)\s*[[【(]?\s*(?:详细|详情|全文|阅读全文|查看全文|阅读更多|查看详情|更多)\s*[\]】)]?\s*(?:>>|»)?$/u,
    maxLength: 200,
  },
  {
    name: 'platform-notice',
    why: 'a platform’s notice that it only stores what its users post stands under their articles in English too',
    pattern: /^Notice:\s.*\bprovides? information storage services?\b/u,
    maxLength: 400,
  },
  {
    name: 'copyright-notice',
    why: 'a site’s own articles close with its reprint terms (`未经授权，禁止转载`, `转载请注明出处`)',
    pattern:
      /(?:未经(?:授权|许可|允许|同意)|严禁|禁止|不得)[^。]{0,16}(?:转载|转摘|复制)|转载(?:请|须|需|务必)注明|^版权声明\s*:/u,
    maxLength: 60,
  },
  {
    name: 'menu-and-account',
    why: 'navigation and login boxes head their link lists with a word of their own (登录, on Taiwan sites 登入)',
    pattern: /^(?:导航|网站导航|栏目导航|菜单|(?:隐身|退出|用户|快速)?(?:登录|登入)|注册|找回密码|忘记密码)$/u,
    maxLength: 8,
  },
  {
    name: 'related-heading',
    why: 'the heading of a related-links or recommendation list ends the article',
    pattern: RELATED_HEADING,
    maxLength: 12,
  },
  {
    name: 'article-furniture',
    why: 'the original title a reprint keeps, a sticky header’s 正在阅读, a link to the special topic, the tag line, a media player’s clock and a view counter are not text',
    pattern:
      /^\(?\s*原标题\s*:|^(?:您)?正在(?:阅读|浏览)\s*:|^(?:点击)?进入专题|^相关专题\s*:|^(?:关键词|关键字|标签|tags)\s*:|^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$|^(?:音频|视频)\s*\d{1,2}:\d{2}(?::\d{2})?$|^(?:阅读|浏览|点击|人气)(?:量|数|次数)?\s*:?\s*\d+(?:\.\d+)?\s*[万千]?\+?$/iu,
    maxLength: 120,
  },
  {
    name: 'no-title',
    why: 'a forum or a CMS writes `无标题` where a post has no subject, and a cleaned text `(无标题)` where it had no title',
    pattern: NO_TITLE,
    maxLength: 12,
  },
  {
    name: 'template-leak',
    why: 'unrendered server templates leak their directives into the page text',
    pattern: /^template\s+['"][^'"]+['"]$|\{\{[^}]*\}\}|<%[^%]*%>|\$\{[^}]*\}/u,
    maxLength: 120,
  },
  {
    name: 'player-message',
    why: 'a media player and an outdated-browser banner print their messages where the player stands',
    pattern:
      /^(?:视频|音频)?(?:加载|播放)失败(?:[,!.。]|$)|请刷新(?:页面)?(?:后)?(?:再|重)试|^点击(?:播放|观看视频)$|请升级(?:您的)?浏览器|浏览器(?:版本)?(?:过低|太旧)/u,
    maxLength: 40,
  },
  {
    name: 'account-id',
    why: 'an account article prints its account id (`ID：jrtt`, `微信号：rmrbwx`) as a line of its own',
    pattern: new RegExp(`^${ACCOUNT_ID}$`, 'u'),
    maxLength: 40,
  },
  {
    name: 'comment-widget',
    why: 'comment boxes print their counters, prompts and loading states',
    pattern:
      /^\d+\s*条评论$|来说两句|文明上网|理性发言|^(?:最热|最新|热门|网友)(?:评论|留言)$|已有\s*\d+\s*人参与|^(?:视频|音频|图片|评论)?(?:加载中|载入中)[。.…]*$|^表情$|^评论$/u,
    maxLength: 40,
  },
  {
    name: 'footer',
    why: 'site footers name the sponsor, copyright holder and licence numbers',
    pattern:
      /主办单位|承办单位|运行维护单位|版权所有|ICP\s*备|备案号|公网安备|网站标识码|^(?:新闻|报料|投诉)热线\s*:|^举报邮箱\s*:\s*\S+@\S+$|(?:关于我们|联系我们|网站地图|用户调查)(?=\s|$|[|·])|^©|^Copyright\b/iu,
    maxLength: 80,
  },
  {
    name: 'licence',
    why: 'a portal footer prints its licence numbers and the regulator’s report line, often on one long line',
    pattern:
      /ICP\s*备|ICP证|互联网新闻信息服务许可|(?:经营|视听节目|网络文化经营)许可证|违法和不良信息举报|All Rights Reserved/iu,
    maxLength: 160,
  },
  {
    name: 'breadcrumb',
    why: 'breadcrumbs (`首页 > 栏目 > 正文`) and page-type labels head the page, not the article',
    pattern: new RegExp(`${BREADCRUMB.source}|^.{0,16}(?:正文|正文页)$`, 'u'),
    maxLength: 60,
  },
  {
    name: 'document-site',
    why: 'document-sharing mirrors wrap the text in tip jars, download buttons, pagers and service contacts',
    pattern:
      /赏杯茶|打赏|免费阅读已结束|阅读已结束|点击下载|^资源描述$|^\d+\s*\/\s*\d+$|下载文档|客服(?:联系|热线|QQ|电话)|在线客服|QQ\s*:\s*\d{5,}|^[×✕✖]$|^保存成功$|^(?:收藏|举报)$/u,
    maxLength: 60,
  },
];

const MAX_PATTERN_LENGTH = Math.max(...FURNITURE.map((f) => f.maxLength));
/**
 * The patterns of one maxLength, joined into one regex per flag set, built when first needed. A text is tested with
 * the bands at or above its length: each pattern is compiled once, where a joined regex per length would compile most
 * of them again for every band below theirs — on every page, which starts with nothing compiled.
 */
const bands = new Map<number, RegExp[]>();
/** Per text length, the band regexes that apply to it. */
const byLength: RegExp[][] = [];

function band(maxLength: number): RegExp[] {
  let tests = bands.get(maxLength);
  if (!tests) {
    const sources = new Map<string, string[]>();
    for (const { pattern } of FURNITURE.filter((f) => f.maxLength === maxLength))
      sources.set(pattern.flags, [...(sources.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
    tests = [...sources].map(([flags, alternatives]) => new RegExp(alternatives.join('|'), flags));
    bands.set(maxLength, tests);
  }
  return tests;
}

const BAND_LENGTHS = [...new Set(FURNITURE.map((f) => f.maxLength))].sort((a, b) => b - a);

/** Whether a furniture pattern matches the neutral view: the same as testing each in turn, in one pass per band. */
export function isFurnitureText(view: string): boolean {
  if (view.length > MAX_PATTERN_LENGTH) return false;
  const tests = (byLength[view.length] ??= BAND_LENGTHS.filter((max) => view.length <= max).flatMap(band));
  return tests.some((test) => test.test(view));
}

export const furnitureLines: Rule = {
  name: 'furniture',
  why: 'share bars, prompts, widgets, footers and mirror clutter are short blocks with tell-tale wording',
  motivatedBy: 'seeds 000, 001, 003, 004 (government portal, party media, provincial app, document mirror)',
  apply({ views, roles }) {
    const decided: Decisions['roles'] = [];
    views.forEach((view, block) => {
      if (roles[block] === 'body' && isFurnitureText(view)) decided.push({ block, role: 'boilerplate' });
    });
    return { roles: decided };
  },
};

/**
 * The heading of a copyright/disclaimer notice (声明, on Taiwan sites also 宣告; a paper's 反侵权公告); its clauses
 * follow it.
 */
const DISCLAIMER_HEADING =
  /版权(?:与|和|及)?免责(?:声明|宣告)|^免责(?:声明|宣告)|版权(?:声明|宣告):?$|^(?:反侵权|侵权|版权)(?:公告|声明|宣告):?$/u;
/**
 * A clause of such a notice: numbered (circled, bracketed, Chinese numerals), speaking of copyright and reprints, or
 * giving the telephone number to report an infringement to.
 */
const DISCLAIMER_CLAUSE =
  /^(?:[①②③④⑤⑥⑦⑧⑨⑩]|\(?\d{1,2}[)、.]|[一二三四五六七八九十]{1,3}、)|(?:本网|本站)[^。]{0,40}(?:转载|版权|授权|免责)|著作权|版权|侵权|转载|\d{3,4}-\d{7,8}/u;

export const disclaimerSection: Rule = {
  name: 'disclaimer',
  why: 'a copyright-and-disclaimer notice and all its numbered clauses follow the article, however long',
  motivatedBy: 'seed 002 (news-agency provincial branch page with 版权与免责声明)',
  apply({ views, roles }) {
    const decided: Decisions['roles'] = [];
    let inNotice = false;
    views.forEach((view, block) => {
      if (roles[block] !== 'body' && roles[block] !== 'boilerplate') return;
      if (view.length <= 80 && DISCLAIMER_HEADING.test(view)) inNotice = true;
      else if (!(inNotice && DISCLAIMER_CLAUSE.test(view))) inNotice = false;
      if (inNotice && roles[block] === 'body') decided.push({ block, role: 'boilerplate' });
    });
    return { roles: decided };
  },
};

/** Class/id/role tokens of page furniture in DOM pages: unambiguous words anywhere in a token, short ones whole. */
const FURNITURE_HINT =
  /share|comment|breadcrumb|crumb|footer|copyright|qrcode|sidebar|menu|sidenav|subnav|topnav|related|recommend|subscri|pagination|toolbox|toolbar|errormsg|^(?:nav|navbar|menu|foot|login|ad|ads|advert|banner|position|location|aside|aboutlinks?|nextpage|prevpage|pager)$|(?:^|[-_])(?:nav|menu|player|controls)(?:[-_]|$)/;
/** State modifiers (`has-footer`, `with-sidebar`, `is-share`) say what a wrapper holds or how it shows, not what it is. */
const STATE_MODIFIER = /^(?:has|with|no|is|show|hide|enable|disable)[-_]/;
/** Share widgets also mark the content they may share (`bshare_pop`): long prose under such a mark is still article. */
const SHARE_ONLY = /share/;
const SPACES = /\s+/g;
/** A paragraph of text, not a widget's label: long, with few links. */
function isProse(block: Block): boolean {
  return block.text.length >= PROSE_MIN && block.linkDensity < 0.2;
}
const PROSE_MIN = 80;
/** Link-heavy short blocks are menus and link lists. */
const LINK_LIST_DENSITY = 0.6;

/** What a class/id token says of its container: no furniture, furniture, or a share mark (furniture unless over prose). */
type HintKind = 0 | 1 | 2;
const NOT_FURNITURE = 0;
const FURNITURE_MARK = 1;
const SHARE_MARK = 2;

function hintKind(hint: string): HintKind {
  if (!FURNITURE_HINT.test(hint) || STATE_MODIFIER.test(hint)) return NOT_FURNITURE;
  return SHARE_ONLY.test(hint) ? SHARE_MARK : FURNITURE_MARK;
}

/** hintKind, remembering its answers: the blocks of a page share their ancestors' hints. */
function rememberedHintKind(): (hint: string) => HintKind {
  const answers = new Map<string, HintKind>();
  return (hint) => {
    let answer = answers.get(hint);
    if (answer === undefined) answers.set(hint, (answer = hintKind(hint)));
    return answer;
  };
}

/**
 * `declaredTitles`: the page's own titles, whitespace removed. A linked heading that names the page
 * (a post title linking to its permalink) is the headline; any other linked heading is a menu or a logo.
 * `kindOf`: hintKind, remembered across the blocks of one page.
 */
export function isFurnitureBlock(
  block: Block,
  view: string,
  declaredTitles: string[] = [],
  kindOf: (hint: string) => HintKind = hintKind,
): boolean {
  if (block.tag === 'nav' || block.tag === 'footer' || block.tag === 'aside') return true;
  let shareMark = false;
  for (const hint of block.hints) {
    const kind = kindOf(hint);
    if (kind === FURNITURE_MARK) return true;
    if (kind === SHARE_MARK) shareMark = true;
  }
  // A share widget's mark over long prose is the content it may share.
  if (shareMark && !isProse(block)) return true;
  if (block.linkDensity < LINK_LIST_DENSITY || block.text.length > 2 * SHORT_BLOCK) return false;
  if (block.hints.some((hint) => HEADLINE_HINT.test(hint))) return false;
  // A credit line with a widget's link after it (`编辑： 杜寅<a>纠错：…</a>`) is no list of links.
  if (startsWithCredit(view)) return false;
  if (block.heading === 0) return true;
  const squashed = block.text.replace(SPACES, '');
  return !declaredTitles.some((title) => squashed.length >= 2 && title.includes(squashed));
}

/** Whether a line (neutral view) opens with a labelled credit (`编辑：`, `来源：`) that reads as a byline. */
function startsWithCredit(view: string): boolean {
  return firstLabel(view)?.index === 0 && isBylineText(view);
}

export const hintedFurniture: Rule = {
  name: 'furniture-markup',
  why: 'DOM pages mark their navigation, footers, share and comment boxes in tags, classes and link density',
  motivatedBy: 'corpus pages (portal templates with nav/footer/share containers)',
  apply({ page, roles, views }: RuleInput) {
    const decided: { block: number; role: Role }[] = [];
    const declaredTitles = [page.meta.documentTitle, page.meta.meta['og:title'], page.meta.meta.articletitle]
      .filter((t): t is string => Boolean(t))
      .map((t) => t.replace(SPACES, ''));
    const kindOf = rememberedHintKind();
    for (const block of page.blocks) {
      if (roles[block.index] === 'body' && isFurnitureBlock(block, views[block.index]!, declaredTitles, kindOf))
        decided.push({ block: block.index, role: 'boilerplate' });
    }
    return { roles: decided };
  },
};

export const boilerplateRules: Rule[] = [furnitureLines, disclaimerSection, hintedFurniture];
