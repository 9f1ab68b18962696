/**
 * Author credits that carry no `作者：` label: `本报记者罗科苏盈发自北京`, `（记者 胡晓蓉）` closing the text,
 * `… by 眉间尺` on a forum post's dated line, `ggjjzhzz 发表于 2005-9-15`, `执笔人：…`, a lone name under the
 * headline. Runs after the labelled bylines and fills the author only when they found none. Credits are read
 * from every block, including lines furniture rules already took out (a post footer, a credit cell).
 */
import type { Decisions, Rule, RuleInput } from '../../article';
import { lastVisibleUnit } from '../../chars';
import { findDate } from './date';

/** A personal name as Chinese pages print it: 2–4 Han characters (a middle dot for transliterations). */
const NAME = String.raw`[\p{Script=Han}·]{2,4}`;
const NAMES = String.raw`${NAME}(?:[\s、，,]+${NAME})*`;

/** A block this long is prose, not a headline or a credit. */
const PROSE_LENGTH = 30;
/** Credits are short lines; a long block is a sentence that may mention a reporter in passing. */
const CREDIT_MAX = 40;

/** `新华社记者 张三`, `本报记者罗科苏盈发自北京`, `商报记者马俊峰/文`, `新京报记者 彭冲 山东冠县报道`. */
const REPORTER = new RegExp(
  String.raw`(?:记者|記者)\s*(${NAME}?(?:[\s、，,]+${NAME})*?)\s*(?:(?:发自|發自|报道|報道|\/\s*文|\/\s*摄|\/\s*攝)|\s+\S{0,8}(?:报道|報道)|\s*$)`,
  'u',
);
/** `（记者 胡晓蓉）`, `（姚峰 上海报道）`, `（常书香 马丹阳 ）` closing the last paragraph. */
const CLOSING_CREDIT = new RegExp(
  String.raw`[（(]\s*(?:(?:记者|記者)\s*)?(${NAMES})\s*(?:\S{0,8}(?:报道|報道))?\s*[）)]\s*$`,
  'u',
);
/** `上海报道` after the names in a closing credit is the dateline, not a name. */
const DATELINE_PLACE = /[\s、，,]*[\p{Script=Han}]{0,6}(?:报道|報道)$/u;
/** `发布时间 2005/05/17 22:11:42 by 眉间尺` — forum templates credit the poster after the date. */
export const BY_POSTER = /\bby\s+([^\s〓|｜]{2,20})/u;
/** `ggjjzhzz 发表于 2005-9-15 11:46:00`, `本贴由大卫于2005年8月12日…发表`, `由海姑娘张贴 @ 2005-06-14`. */
export const POSTED_BY =
  /^\s*([^\s:：]{2,20})\s+(?:发表于|發表於)|(?:本贴由|本帖由|由)\s*([^\s于於]{2,12}?)\s*(?:于|於|张贴|張貼)/u;
/** Labels that name who wrote or issued a document: drafters of a report, the issuing authority of a notice. */
const WRITER_LABEL = /^(?:执笔人|執筆人|执笔|執筆|撰稿人|发文机关|發文機關)\s*[:：]\s*(\S.{0,30})$/u;
/** `[ 黄宇 ]` on a dated line: portals bracket the reporter's name beside the date and source. */
const BRACKETED_NAME = new RegExp(String.raw`[\[【]\s*(${NAME})\s*[\]】]`, 'u');
/** Family names that start most Chinese names: a lone line under the headline starting with one is its writer. */
const SURNAMES = new Set(
  Array.from(
    '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺',
  ),
);
const LONE_NAME = /^(?:文\s*[/／]\s*)?([\p{Script=Han}]{2,4})$/u;
/** Institutions share family-name initials (`吉林大学`, `黄河日报`); their names end in these words. */
const INSTITUTION =
  /(?:大学|大學|学院|學院|中学|中學|中心|公司|集团|集團|日报|日報|晚报|晚報|新闻|新聞|网|網|社|局|厅|廳|委)$/u;

function firstMatch(
  texts: readonly string[],
  order: number[],
  read: (text: string) => string | null | undefined,
): string | null {
  for (const i of order) {
    const value = read(texts[i]!)?.trim();
    if (value) return value;
  }
  return null;
}

export const creditRule: Rule = {
  name: 'author-credit',
  why: 'many pages credit the writer without a label: a reporter line, a closing bracket, a forum post line, a name under the title',
  motivatedBy: 'corpus pages (provincial dailies, portals, forums and essay archives crediting writers without 作者：)',
  apply({ page, texts, roles, fields }: RuleInput): Decisions {
    if (fields.author !== null) return {};
    const readable = texts.map((_, i) => i).filter((i) => roles[i] !== 'duplicate');
    // Navigation links are never a credit line (`小记者训练营` is a column, not a reporter).
    const short = readable.filter((i) => texts[i]!.length <= CREDIT_MAX && page.blocks[i]!.linkDensity <= 0.5);
    const body = readable.filter((i) => roles[i] === 'body');
    const lastBody = body.at(-1) ?? -1;
    // Comment boxes and footers may still sit among the body blocks: the credit is the last one found.
    const closing = [...short.filter((i) => i > lastBody && i <= lastBody + 3), ...[...body].reverse()];
    // The headline, or else the first paragraph of prose, anchors a lone name line.
    const titleAt = roles.indexOf('title');
    const anchor = titleAt >= 0 ? titleAt : (body.find((i) => texts[i]!.length >= PROSE_LENGTH) ?? -1);
    const nearTitle = short.filter(
      (i) => anchor >= 0 && i !== anchor && (titleAt >= 0 ? Math.abs(i - anchor) <= 2 : i < anchor && i >= anchor - 3),
    );

    // Short dated lines, where forum and portal templates credit the poster; found once, when first needed.
    let dated: number[] | undefined;
    const datedLines = () => (dated ??= readable.filter((i) => texts[i]!.length <= 80 && findDate(texts[i]!)));

    const author =
      firstMatch(texts, short, (t) => WRITER_LABEL.exec(t)?.[1]) ??
      firstMatch(texts, short, (t) => REPORTER.exec(t)?.[1]) ??
      firstMatch(texts, closing, (t) => {
        // The closing credit ends in a bracket: test only text that does.
        const last = lastVisibleUnit(t);
        if (last !== '）' && last !== ')') return null;
        const names = CLOSING_CREDIT.exec(t)?.[1]?.replace(DATELINE_PLACE, '');
        const labelled = names && /(?:记者|記者)/u.test(t.slice(-names.length - 12));
        return names && (labelled || (SURNAMES.has(names[0]!) && !INSTITUTION.test(names))) ? names : null;
      }) ??
      firstMatch(texts, datedLines(), (t) => BY_POSTER.exec(t)?.[1]) ??
      firstMatch(texts, datedLines(), (t) => {
        const posted = POSTED_BY.exec(t);
        return posted ? (posted[1] ?? posted[2]) : null;
      }) ??
      firstMatch(texts, datedLines(), (t) => BRACKETED_NAME.exec(t)?.[1]) ??
      firstMatch(texts, nearTitle, (t) => {
        const name = LONE_NAME.exec(t)?.[1];
        return name && SURNAMES.has(name[0]!) && !INSTITUTION.test(name) ? name : null;
      });
    return author ? { fields: { author: author.replace(/\s+/g, ' ') } } : {};
  },
};
