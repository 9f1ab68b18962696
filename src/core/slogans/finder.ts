/**
 * Finds the key formulations (提法) of a piece: quoted set phrases, numbered formulations, parallel chains, the
 * campaign phrase a piece repeats, and well-known formulations from the lexicon. All matching runs on a
 * simplified form of the text with the same offsets, so traditional pages are matched the same way and every
 * slogan is shown as the page writes it.
 */
import type { Script, Slogan, SloganKind } from '../article';
import type { LexiconEntry } from './lexicon';
import { sloganKey, toSimplifiedSameLength } from './simplify';

export interface SloganInput {
  title: string | null;
  paragraphs: { text: string }[];
  script: Script;
}

/** Slogans shown at most; the rest are noise on any page. */
const MAX_SLOGANS = 20;
/**
 * Characters of article read at most (a long report is about 20,000): a piece states its formulations early, and
 * the finder runs on every popup open, so a page of endless repeated text must not stall it.
 */
const MAX_CHARS = 60_000;

const HAN = /\p{Script=Han}/u;
const NUMERAL = '一二两三四五六七八九十百千';
/** Numerals that head a numbered formulation (六稳, 两个维护); 一 and 百/千 head idioms far more often. */
const HEAD_NUMERAL = '二两三四五六七八九十';
/** Measure words after a numeral: a count or a session (五届二次), not a formulation. */
const MEASURE = /^[届次年月日号名位批期岁天件]/;

/** Page furniture that is never a formulation, whatever its shape. */
const BOILERPLATE =
  /责任编辑|编辑|扫一扫|版权|来源|记者|编审|审核|ICP|备案|客户端|手机|电脑版|点击|下载|阅读|打开|分享|微信|微博|转载|评论|登录|注册|免责|联系我们|网站地图|主办|承办|APP|首页/i;

/**
 * Everyday words of this kind of page. A candidate made only of these (plus a character or two of glue) is the
 * page's topic, not a formulation.
 */
const PLAIN_WORDS = [
  '疫情防控',
  '疫情',
  '防控',
  '防疫',
  '抗疫',
  '工作',
  '人民群众',
  '群众',
  '人民',
  '党员干部',
  '党员',
  '干部',
  '经济社会发展',
  '经济',
  '社会',
  '发展',
  '基层',
  '一线',
  '第一线',
  '各级',
  '党组织',
  '部门',
  '地区',
  '全省',
  '全市',
  '全国',
  '我省',
  '我市',
  '我区',
  '当前',
  '进一步',
  '加强',
  '重要',
  '要求',
  '措施',
  '落实',
  '开展',
  '组织',
  '领导',
  '同志',
  '时间',
  '问题',
  '情况',
  '能力',
  '管理',
  '服务',
  '保障',
  '建设',
  '推进',
  '推动',
  '实施',
  '做好',
  '抓好',
  '加快',
  '新冠肺炎',
  '新冠病毒',
  '新型冠状病毒',
  '感染',
  '肺炎',
  '患者',
  '医院',
  '病例',
  '中国',
  '我国',
  '国家',
  '政府',
  '企业',
  '市场',
  '相关',
  '有关',
  '方面',
  '力量',
  '生活',
  '生产',
  '安全',
  '健康',
  '生命',
  '作用',
  '机制',
  '体系',
  '水平',
  '任务',
  '习近平',
  '总书记',
  '党中央',
  '国务院',
  '省委',
  '市委',
  '县委',
  '省政府',
  '市政府',
  '决策部署',
  '部署',
  '会议',
];

const PLAIN_WORD = new RegExp([...PLAIN_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');
const PLAIN_END = new RegExp(`(?:${PLAIN_WORDS.join('|')})$`);

/** Heads that turn a quoted phrase into a named formulation: “…”总方针, “…”的要求. */
const FORMULATION_HEAD =
  /^的?(?:总方针|总策略|总要求|方针|策略|重要要求|要求|原则|精神|理念|战略|思想|政策|责任|意识|作风|目标|机制|格局|布局|行动|工程|举措|工作)/;

/** Speech verbs: an n-gram ending in one is a byline of who spoke (李某某强调), not a formulation. */
const SPEECH_END = /(?:强调|指出|要求|表示|认为|介绍|说|称|提出|主持)$/;

/** Characters that do not start or end a formulation (particles, prepositions, conjunctions). */
const EDGE_STOP_START = new Set('的了和与及或在是对把被将为从等也都而并就还又所之其这那每各以于向让使由');
const EDGE_STOP_END = new Set('的了和与及或在是对把被将为从等也都而并就还又所之其这那着地得以于向让使由要');

/** Campaign verbs and war-metaphor heads that mark a repeated phrase as a campaign slogan. */
const CAMPAIGN_START = /^(?:坚决打赢|打赢|打好|夺取|筑牢|统筹|巩固|压实|守住|扛起|凝聚)/;
const CAMPAIGN_END = /(?:战|仗|役|总方针|总策略|攻坚|屏障|防线|底线)$/;

/**
 * Markers of party/state register. Structural finds (quoted, parallel, repeated, numbered) are only reported on
 * pages that speak this register; a blog or a market report gets lexicon matches only.
 */
const REGISTER_MARKERS =
  /党中央|总书记|习近平|党委|党组织|党员干部|中共|政治局|国务院|省委|市委|县委|区委|决策部署|贯彻落实|坚决|防控|新时代/g;
/** At least this many markers, and this many per thousand characters: a long essay that names the Party once is not it. */
const REGISTER_MIN_MARKERS = 3;
const REGISTER_MIN_DENSITY = 1.5 / 1000;
/** Structural finds scoring below this are too weak to show; lexicon matches always pass. */
const MIN_SCORE = 6;

interface Source {
  original: string;
  simplified: string;
  /** -1 for the title. */
  paragraph: number;
}

interface Candidate {
  /** Simplified text, separators as the page wrote them at the first find. */
  key: string;
  kind: SloganKind;
  score: number;
  gloss?: { zh: string; en: string };
  /** Pattern counting the formulation anywhere, quoted or not. */
  pattern: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 、 ， , are interchangeable (or absent) between the items of a formulation. */
function flexiblePattern(forms: string[]): RegExp {
  const alternatives = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      form
        .split(/[、，,]\s*/)
        .map(escapeRegExp)
        .join('[、，,]?\\s*'),
    );
  return new RegExp(alternatives.join('|'), 'g');
}

function separatorFree(text: string): string {
  return text.replace(/[、，,\s]/g, '');
}

function hanShare(text: string): number {
  let han = 0;
  for (const char of text) if (HAN.test(char)) han++;
  return han / [...text].length;
}

/** Whether `text` is just everyday words of the page (with at most one character of glue). */
function isPlain(text: string): boolean {
  return [...separatorFree(text).replace(PLAIN_WORD, '')].length <= 1;
}

function acceptable(key: string): boolean {
  return !BOILERPLATE.test(key) && !isPlain(key) && hanShare(separatorFree(key)) >= 0.8;
}

/** Positions shared by all items: 守土有责/守土尽责 → 3. */
function sharedPositions(items: string[]): number {
  const length = items[0]!.length;
  let shared = 0;
  for (let i = 0; i < length; i++) if (items.every((item) => item[i] === items[0]![i])) shared++;
  return shared;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon

/** An entry's pattern, and the items of each of its forms: a page matching the pattern holds all items of one form. */
interface LexiconMatcher {
  pattern: RegExp;
  forms: string[][];
}

const lexiconMatchers = new WeakMap<readonly LexiconEntry[], LexiconMatcher[]>();

/** Bits of the bigram filter: with a long page's 20,000 bigrams, about one absent bigram in fourteen looks present. */
const BIGRAM_BITS = 1 << 18;

function bigramBit(text: string, at: number): number {
  return (Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ text.charCodeAt(at + 1)) & (BIGRAM_BITS - 1);
}

/** Which bigrams (two UTF-16 units) `text` may hold: never a false no, sometimes a false yes. */
function bigramFilter(text: string): Uint32Array {
  const bits = new Uint32Array(BIGRAM_BITS / 32);
  for (let at = 0; at + 1 < text.length; at++) {
    const bit = bigramBit(text, at);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

function mayHold(bits: Uint32Array, item: string): boolean {
  for (let at = 0; at + 1 < item.length; at++) {
    const bit = bigramBit(item, at);
    if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

function lexiconCandidates(all: string, lexicon: readonly LexiconEntry[]): Candidate[] {
  let matchers = lexiconMatchers.get(lexicon);
  if (!matchers) {
    matchers = lexicon.map((entry) => {
      const forms = [entry.text, ...(entry.aliases ?? [])];
      return { pattern: flexiblePattern(forms), forms: forms.map((form) => form.split(/[、，,]\s*/)) };
    });
    lexiconMatchers.set(lexicon, matchers);
  }
  // One pass over the page rules out most entries, instead of one search of the page per entry.
  const bigrams = bigramFilter(all);
  const found: Candidate[] = [];
  for (const [index, entry] of lexicon.entries()) {
    const { pattern, forms } = matchers[index]!;
    if (!forms.some((items) => items.every((item) => mayHold(bigrams, item))) || all.search(pattern) === -1) continue;
    found.push({ key: entry.text, kind: 'lexicon', score: 10, gloss: { zh: entry.zh, en: entry.en }, pattern });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Quoted

const QUOTED = /“([^“”\n]{2,30})”|「([^「」\n]{2,30})」|『([^『』\n]{2,30})』|‘([^‘’\n]{2,30})’|"([^"\n]{2,30})"/g;
const ADJACENT_QUOTES = /^(?:“[^“”]{1,30}”|「[^「」]{1,30}」|『[^『』]{1,30}』|"[^"]{1,30}")+/;
/** One numeral (or 十 plus one), an optional measure word, then the head: 六稳, 四个意识, 十个指头弹钢琴. */
const NUMBERED_START = new RegExp(
  `^(?:[${HEAD_NUMERAL}]|十[一二三四五六七八九])[个项条大种位方]?[^${NUMERAL}\\P{Script=Han}]`,
  'u',
);
const NUMBER_PAIR = new RegExp(`^[${NUMERAL}][^${NUMERAL}]{1,2}[${NUMERAL}][^${NUMERAL}]{1,2}$`);

function quotedCandidates(sources: Source[]): Candidate[] {
  const found: Candidate[] = [];
  for (const source of sources) {
    for (const match of source.simplified.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5])!.trim();
      // A quoted sentence of speech is not a formulation: it ends a sentence or runs long.
      if (/[。！？!?：:；;…]/.test(inner) || /[，,、]$/.test(inner)) continue;
      const plainLength = separatorFree(inner).length;
      if (plainLength < 2 || plainLength > 20 || !acceptable(inner)) continue;
      const items = inner.split(/[、，,]/).filter(Boolean);
      // The head may follow a run of quoted items: “六稳”“六保”工作.
      const after = source.simplified
        .slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40)
        .replace(ADJACENT_QUOTES, '');
      let kind: SloganKind = 'quoted';
      let score: number;
      if (NUMBERED_START.test(inner) || NUMBER_PAIR.test(inner)) {
        kind = 'numbered';
        score = 8;
      } else if (items.length >= 2 && items.every((item) => item.length >= 2)) {
        score = 7 + Math.min(items.length, 4) * 0.5;
      } else if (plainLength <= 2) {
        continue;
      } else {
        // A short quoted word (“隔离墙”) is often a metaphor the writer marks, weaker than a set phrase.
        score = plainLength === 3 ? 3 : 4;
      }
      if (FORMULATION_HEAD.test(after)) score += 3;
      found.push({ key: inner, kind, score, pattern: flexiblePattern([inner]) });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbered, unquoted: 四个意识, 两学一做 — only when the page repeats them.

/** 四个意识 (two-character head), and N+X+N+Y with one- or two-character X and Y: 两学一做, 两不愁三保障. */
const NUMBERED_UNQUOTED: RegExp[] = [
  new RegExp(`[${HEAD_NUMERAL}]个\\p{Script=Han}{2}`, 'gu'),
  ...[1, 2].flatMap((x) =>
    [1, 2].map(
      (y) =>
        new RegExp(
          `[${NUMERAL}][^${NUMERAL}\\P{Script=Han}]{${x}}[${NUMERAL}][^${NUMERAL}\\P{Script=Han}]{${y}}`,
          'gu',
        ),
    ),
  ),
];
const NUMERAL_CHAR = new RegExp(`[${NUMERAL}]`);
/** Heads after 两个/三个 that make a count, not a formulation (三个月, 两个小时, 四个方面). */
const COUNT_HEAD =
  /^[个]?(?:月|小时|星期|礼拜|方面|地方|地区|部门|人|孩子|多|以上|左右|阶段|环节|问题|项目|城市|国家|省份|单位|小组|批次|年|季度)/;

function numberedCandidates(sources: Source[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const source of sources) {
    for (const match of NUMBERED_UNQUOTED.flatMap((pattern) => [...source.simplified.matchAll(pattern)])) {
      const text = match[0];
      if (text.includes('个') && COUNT_HEAD.test(text.slice(text.indexOf('个') + 1))) continue;
      // 一X一Y is mostly idiom (一心一意, 一点一滴); the famous ones (一带一路) are in the lexicon.
      if (text[0] === '一' && text[2] === '一') continue;
      const second = text.slice(1).search(NUMERAL_CHAR) + 1;
      if (MEASURE.test(text.slice(1)) || MEASURE.test(text.slice(second + 1))) continue;
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  const found: Candidate[] = [];
  for (const [text, count] of counts) {
    if (count >= 2 && acceptable(text))
      found.push({ key: text, kind: 'numbered', score: 6, pattern: flexiblePattern([text]) });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Parallel chains: equal-length items in rhythm, joined by 、 (trimmed to the chain) or by ， (whole clauses).

const CLAUSE_BREAK = /[，。；！？：,;!?:“”「」『』（）()《》[\]【】\s]+/;
const SENTENCE_BREAK = /[。；！？;!?“”「」『』（）()\s]+/;

/** Characters that may follow a list's last item besides particles: 到位|三项举措, 科学防控|中. */
const AFTER_ITEM = new Set('有中上下里内外后前时一二两三四五六七八九十');

/** Cutting the last item after `length` characters ends it at a particle (科学防控|的), not inside a word (政协各参|加). */
function cutsCleanly(item: string, length: number): boolean {
  return item.length === length || EDGE_STOP_START.has(item[length]!) || AFTER_ITEM.has(item[length]!);
}

function trimChain(parts: string[]): string[] | null {
  if (parts.length >= 3) {
    const inner = parts.slice(1, -1);
    const length = inner[0]!.length;
    if (!inner.every((part) => part.length === length)) return null;
    const items = [...inner];
    if (parts[0]!.length >= length) items.unshift(parts[0]!.slice(-length));
    const last = parts.at(-1)!;
    // The last item may run on into a shared object (全面动员、全面部署、全面加强|疫情防控): keep it when it ends at a
    // particle or follows the others' template.
    if (last.length >= length) {
      const item = last.slice(0, length);
      const template = sharedPositions(items);
      if (cutsCleanly(last, length) || (template > 0 && sharedPositions([...items, item]) === template))
        items.push(item);
    }
    return items;
  }
  // Two items: the length at which the end of the first and the start of the second share the most positions.
  const [first, second] = parts as [string, string];
  let best: string[] | null = null;
  let bestShared = 1;
  for (let length = Math.min(first.length, second.length, 8); length >= 2; length--) {
    const items = [first.slice(-length), second.slice(0, length)];
    const shared = sharedPositions(items);
    if (!cutsCleanly(second, length) && shared < 3) continue;
    if (shared > bestShared && shared / length >= 0.4) {
      best = items;
      bestShared = shared;
    }
  }
  return best;
}

/** Items ending in an institution or place are a list of names (北京大学、南开大学), not a formula. */
const NAME_HEAD =
  /(?:大学|学院|学校|银行|公司|集团|医院|中心|省|市|县|区|镇|乡|村|局|厅|部|委|会|所|院|站|馆|报|社|台|网|国)$/;

function chainScore(items: string[]): number | null {
  const length = items[0]!.length;
  if (length < 2 || length > 8) return null;
  if (items.every((item) => NAME_HEAD.test(item))) return null;
  const shared = sharedPositions(items);
  if (items.length === 2 && shared < 2) return null;
  // Two-character items line up by chance unless the chain is long and shares a character (收诊、分诊、确诊、诊疗).
  if (length === 2 && (shared === 0 || items.length < 4)) return null;
  // Template sharing (联防联控/群防群控) is what makes a chain a formula rather than a list of nouns.
  // Longer items in rhythm (疫情就是命令，防控就是责任) rarely line up by chance.
  return 4 + Math.min(items.length, 5) * 0.4 + (shared / length) * 3 + (length === 4 ? 0.5 : 0) + (length >= 5 ? 1 : 0);
}

function parallelCandidates(sources: Source[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (items: string[], separator: string) => {
    const score = chainScore(items);
    const key = items.join(separator);
    if (score !== null && items.every((item) => !EDGE_STOP_START.has(item[0]!)) && acceptable(key)) {
      found.push({ key, kind: 'parallel', score, pattern: flexiblePattern([key]) });
    }
  };
  for (const source of sources) {
    for (const clause of source.simplified.split(CLAUSE_BREAK)) {
      const parts = clause.split('、');
      if (parts.length < 2 || parts.some((part) => part.length === 0)) continue;
      const items = trimChain(parts);
      if (items) add(items, '、');
    }
    for (const sentence of source.simplified.split(SENTENCE_BREAK)) {
      const parts = sentence.split(/[，,]/);
      for (let i = 0; i + 1 < parts.length; i++) {
        const pair = [parts[i]!, parts[i + 1]!];
        if (pair[0]!.length !== pair[1]!.length || pair[0]!.length < 3 || pair[0]!.includes('、')) continue;
        const shared = sharedPositions(pair);
        if (shared >= 2 && shared / pair[0]!.length >= 0.3) add(pair, '，');
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Repeated n-grams: the campaign phrase a piece keeps coming back to, in its title and body.

const MIN_GRAM = 4;
const MAX_GRAM = 16;
/** Body characters searched for repeats: the campaign phrase of a piece shows early and often. */
const REPEATED_CHARS = 20_000;
/** Longer repeated stretches are titles of documents or whole clauses, not phrases. */
const MAX_REPEATED = 12;
/** Organisations and outlets (省委办公厅, 四川日报): names, not formulations. */
const ORGANISATION_END = /(?:厅|局|委|部|办|院|会|处|室|中心|公司|集团|日报|晚报|报社|新闻|网)$/;
const ORGANISATION_PART = /办公厅|人民政府|省政府|市政府|委员会|日报|新闻网/;
/** Office titles: a repeated stretch holding one is a person's name and post (中央军委主席习近平). */
const OFFICE_TITLE = /主席|书记|总理|部长|省长|市长|县长|区长|主任|局长|厅长|委员|代表/;
/** A stretch cut from a number (48小时内…, 3个月…) starts with its unit. */
const UNIT_START = /^(?:小时|个|年|月|日|天|时|分|岁|万|亿|元|名|人次|例)/;

function hanRuns(text: string): string[] {
  return text.split(/[^\p{Script=Han}]+/u).filter((run) => run.length >= MIN_GRAM);
}

/** Numbers pairs of 32-bit integers in order of first sight (open addressing, sized once: no string keys). */
class PairNumbers {
  private readonly keys: Int32Array;
  /** Number + 1 per slot; 0 marks an empty slot. */
  private readonly numbers: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots * 2);
    this.numbers = new Int32Array(slots);
  }

  /** The pair's number, or -1 when it is absent and `add` is false. */
  number(a: number, b: number, add: boolean): number {
    let slot = (Math.imul(a ^ (a >>> 16), 0x45d9f3b) ^ Math.imul(b ^ (b >>> 16), 0x119de1f3)) & this.mask;
    for (;;) {
      const stored = this.numbers[slot]!;
      if (stored === 0) {
        if (!add) return -1;
        this.keys[slot * 2] = a;
        this.keys[slot * 2 + 1] = b;
        this.numbers[slot] = ++this.size;
        return this.size - 1;
      }
      if (this.keys[slot * 2] === a && this.keys[slot * 2 + 1] === b) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Each n-gram (MIN_GRAM..MAX_GRAM) of the runs seen at least `minCount` times, or at all when `seed` holds it, with
 * its count, in order of first occurrence per length. Apriori: an n-gram can only repeat if its (n-1)-prefix did, so
 * only the positions still alive are extended. Grams are numbered (the shortest by its four UTF-16 units, a longer one
 * by its prefix's number and its last unit), so a gram is sliced out of its run only when it is kept.
 */
function countGrams(runs: string[], minCount: number, seed?: Set<string>): Map<string, number> {
  const result = new Map<string, number>();
  const seedShort = new PairNumbers(seed?.size ?? 0);
  for (const gram of seed ?? []) {
    if (gram.length === MIN_GRAM)
      seedShort.number(
        (gram.charCodeAt(0) << 16) | gram.charCodeAt(1),
        (gram.charCodeAt(2) << 16) | gram.charCodeAt(3),
        true,
      );
  }
  let alive = 0;
  for (const run of runs) alive += Math.max(0, run.length - MIN_GRAM + 1);
  const aliveRun = new Int32Array(alive);
  const aliveStart = new Int32Array(alive);
  /** Number of each alive position's gram at the previous length. */
  const aliveId = new Int32Array(alive);
  /** Whether the gram of each number at the previous length is in `seed`: a seed gram's prefix is one too. */
  let inSeed: boolean[] = [];
  alive = 0;
  runs.forEach((run, r) => {
    for (let start = 0; start + MIN_GRAM <= run.length; start++, alive++) {
      aliveRun[alive] = r;
      aliveStart[alive] = start;
    }
  });
  for (let n = MIN_GRAM; n <= MAX_GRAM && alive > 0; n++) {
    const numbers = new PairNumbers(alive);
    const counts: number[] = [];
    const firstRun: number[] = [];
    const firstStart: number[] = [];
    const seeded: boolean[] = [];
    const positionId = new Int32Array(alive).fill(-1);
    for (let i = 0; i < alive; i++) {
      const run = runs[aliveRun[i]!]!;
      const start = aliveStart[i]!;
      if (start + n > run.length) continue;
      const short = n === MIN_GRAM;
      const a = short ? (run.charCodeAt(start) << 16) | run.charCodeAt(start + 1) : aliveId[i]!;
      const b = short ? (run.charCodeAt(start + 2) << 16) | run.charCodeAt(start + 3) : run.charCodeAt(start + n - 1);
      const id = numbers.number(a, b, true);
      if (id === counts.length) {
        counts.push(0);
        firstRun.push(aliveRun[i]!);
        firstStart.push(start);
        seeded.push(
          seed !== undefined &&
            (short ? seedShort.number(a, b, false) !== -1 : inSeed[a]! && seed.has(run.slice(start, start + n))),
        );
      }
      counts[id]!++;
      positionId[i] = id;
    }
    let kept = 0;
    for (let i = 0; i < alive; i++) {
      const id = positionId[i]!;
      if (id === -1 || !(counts[id]! >= minCount || seeded[id])) continue;
      aliveRun[kept] = aliveRun[i]!;
      aliveStart[kept] = aliveStart[i]!;
      aliveId[kept] = id;
      kept++;
    }
    for (let id = 0; id < counts.length; id++) {
      if (counts[id]! >= minCount || seeded[id])
        result.set(runs[firstRun[id]!]!.slice(firstStart[id]!, firstStart[id]! + n), counts[id]!);
    }
    alive = kept;
    inSeed = seeded;
  }
  return result;
}

function titleGrams(title: string): Set<string> {
  const grams = new Set<string>();
  for (const run of hanRuns(title)) {
    for (let n = MIN_GRAM; n <= Math.min(MAX_GRAM, run.length); n++) {
      for (let start = 0; start + n <= run.length; start++) grams.add(run.slice(start, start + n));
    }
  }
  return grams;
}

function repeatedCandidates(sources: Source[]): Candidate[] {
  const title = sources.find((s) => s.paragraph === -1)?.simplified ?? '';
  const bodyRuns: string[] = [];
  let budget = REPEATED_CHARS;
  for (const source of sources) {
    if (source.paragraph === -1 || budget <= 0) continue;
    budget -= source.simplified.length;
    bodyRuns.push(...hanRuns(source.simplified));
  }
  const inTitle = titleGrams(title);
  const counts = countGrams(bodyRuns, 3, inTitle);
  // Maximal only: a gram that a one-longer gram extends without losing occurrences is part of that gram.
  const extendedCount = new Map<string, number>();
  for (const [gram, count] of counts) {
    for (const part of [gram.slice(1), gram.slice(0, -1)])
      extendedCount.set(part, Math.max(extendedCount.get(part) ?? 0, count));
  }
  const found: Candidate[] = [];
  for (const [gram, count] of counts) {
    const titled = inTitle.has(gram);
    if (!(titled ? count >= 1 && gram.length >= 5 : count >= 3 && gram.length >= 6)) continue;
    if ((extendedCount.get(gram) ?? 0) >= count) continue;
    if (gram.length > MAX_REPEATED || ORGANISATION_END.test(gram) || ORGANISATION_PART.test(gram)) continue;
    if (OFFICE_TITLE.test(gram) || UNIT_START.test(gram)) continue;
    // A stretch with 的 inside is a noun phrase of the report (省外旅居史的师生员工), not a slogan.
    if (gram.includes('的') && !CAMPAIGN_END.test(gram)) continue;
    if (EDGE_STOP_START.has(gram[0]!) || EDGE_STOP_END.has(gram.at(-1)!) || SPEECH_END.test(gram) || !acceptable(gram))
      continue;
    const campaignEnd = CAMPAIGN_END.test(gram);
    // Cut off at an everyday word (…继续加强, …防控工作): a stretch of prose, not a phrase.
    if (!campaignEnd && !titled && PLAIN_END.test(gram)) continue;
    const total = count + (titled ? 1 : 0);
    const score =
      2 + Math.min(total, 8) * 0.5 + (titled ? 2 : 0) + (campaignEnd ? 5 : 0) + (CAMPAIGN_START.test(gram) ? 1 : 0);
    found.push({ key: gram, kind: 'repeated', score, pattern: flexiblePattern([gram]) });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------

interface Located extends Candidate {
  count: number;
  first: { source: number; offset: number; length: number } | null;
}

/** All sources joined by newlines (no pattern crosses one), with each source's start offset. */
interface Joined {
  text: string;
  starts: number[];
}

function joinSources(sources: Source[]): Joined {
  const starts: number[] = [];
  let offset = 0;
  for (const source of sources) {
    starts.push(offset);
    offset += source.simplified.length + 1;
  }
  return { text: sources.map((source) => source.simplified).join('\n'), starts };
}

function sourceAt(joined: Joined, offset: number): number {
  let low = 0;
  let high = joined.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (joined.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function locate(candidate: Candidate, sources: Source[], joined: Joined): Located {
  let count = 0;
  let first: Located['first'] = null;
  for (const match of joined.text.matchAll(candidate.pattern)) {
    count++;
    const index = sourceAt(joined, match.index ?? 0);
    // The first occurrence in the body; the title's only when the body has none.
    const better = first === null || (sources[first.source]!.paragraph === -1 && sources[index]!.paragraph !== -1);
    if (better) first = { source: index, offset: (match.index ?? 0) - joined.starts[index]!, length: match[0].length };
  }
  return { ...candidate, count, first };
}

const KIND_RANK: Record<SloganKind, number> = { lexicon: 5, numbered: 4, quoted: 3, parallel: 2, repeated: 1 };

/** One candidate per text (separators aside), found several ways: the lexicon's reading wins, the best score stays. */
function sameText(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = separatorFree(candidate.key);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, candidate);
      continue;
    }
    if (existing.kind === candidate.kind) {
      existing.score = Math.max(existing.score, candidate.score);
      continue;
    }
    const [keep, other] =
      KIND_RANK[candidate.kind] > KIND_RANK[existing.kind] ? [candidate, existing] : [existing, candidate];
    // Found two ways: both readings agree that this is a formulation.
    byKey.set(key, { ...keep, score: Math.max(keep.score, other.score) + 1, gloss: keep.gloss ?? other.gloss });
  }
  return [...byKey.values()];
}

/**
 * Merge candidates where one formulation sits inside another (打赢疫情防控阻击战 ⊃ 疫情防控阻击战): the longer form
 * stays when it accounts for most occurrences.
 */
function merge(candidates: Located[]): Located[] {
  const list = [...candidates].sort((a, b) => separatorFree(b.key).length - separatorFree(a.key).length);
  const dropped = new Set<Located>();
  for (let i = 0; i < list.length; i++) {
    const longer = list[i]!;
    if (dropped.has(longer)) continue;
    const longKey = separatorFree(longer.key);
    for (let j = i + 1; j < list.length; j++) {
      const shorter = list[j]!;
      if (dropped.has(shorter) || !longKey.includes(separatorFree(shorter.key))) continue;
      if (longer.count >= 0.6 * shorter.count) {
        dropped.add(shorter);
        longer.score = Math.max(longer.score, shorter.score) + 0.5;
        // The gloss travels only when the shorter formulation is most of the longer one.
        if (!longer.gloss && shorter.gloss && separatorFree(shorter.key).length >= 0.6 * longKey.length)
          longer.gloss = shorter.gloss;
      } else if ((longer.kind === 'repeated' || longer.kind === 'parallel') && longer.count < 2) {
        dropped.add(longer);
        shorter.score = Math.max(shorter.score, longer.score);
        break;
      }
    }
  }
  const kept = list.filter((candidate) => !dropped.has(candidate));
  // A repeated stretch that mostly overlaps a stronger find (坚持人民至上 beside 人民至上、生命至上) is its echo.
  const strong = kept.filter((candidate) => candidate.kind !== 'repeated');
  return kept.filter(
    (candidate) =>
      candidate.kind !== 'repeated' ||
      !strong.some((other) => {
        const overlap = commonSubstringLength(separatorFree(candidate.key), separatorFree(other.key));
        return overlap >= 4 && overlap >= 0.5 * candidate.key.length;
      }),
  );
}

function commonSubstringLength(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * Word boundaries from Intl.Segmenter, where the runtime has one: a repeated stretch or a trimmed chain must not
 * start or end inside a word (社|区要继续加强, 政协各参|加). Characters the segmenter does not know come out one
 * by one, so it only vetoes cuts through words it knows. Only a few characters around each edge are segmented:
 * segmenting whole paragraphs costs far more than the rest of the finder.
 */
const EDGE_WINDOW = 6;
let segmenter: Intl.Segmenter | null | undefined;

function onWordEdge(text: string, edge: number): boolean {
  if (edge <= 0 || edge >= text.length) return true;
  segmenter ??=
    typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('zh', { granularity: 'word' })
      : null;
  if (!segmenter) return true;
  const start = Math.max(0, edge - EDGE_WINDOW);
  for (const segment of segmenter.segment(text.slice(start, edge + EDGE_WINDOW))) {
    const from = start + segment.index;
    if (from < edge && edge < from + segment.segment.length) return false;
  }
  return true;
}

function onWordEdges(sources: Source[], at: { source: number; offset: number; length: number }): boolean {
  const text = sources[at.source]!.simplified;
  return onWordEdge(text, at.offset) && onWordEdge(text, at.offset + at.length);
}

/** Candidates of one kind worth locating; on an ordinary page there are far fewer. */
const MAX_PER_KIND = 80;

function strongest(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = byKey.get(candidate.key);
    if (!seen || candidate.score > seen.score) byKey.set(candidate.key, candidate);
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PER_KIND);
}

function speaksPartyRegister(sources: Source[]): boolean {
  let markers = 0;
  let length = 0;
  for (const source of sources) {
    markers += source.simplified.match(REGISTER_MARKERS)?.length ?? 0;
    length += source.simplified.length;
  }
  return markers >= REGISTER_MIN_MARKERS && markers >= length * REGISTER_MIN_DENSITY;
}

export function findSlogansWith(input: SloganInput, lexicon: readonly LexiconEntry[]): Slogan[] {
  // Simplified pages are matched as they are; the converter is only built for a traditional page.
  const simplify = input.script === 'hant' ? toSimplifiedSameLength : (text: string) => text;
  const sources: Source[] = [];
  if (input.title?.trim()) sources.push({ original: input.title, simplified: simplify(input.title), paragraph: -1 });
  let budget = MAX_CHARS;
  for (const [index, paragraph] of input.paragraphs.entries()) {
    if (budget <= 0) break;
    budget -= paragraph.text.length;
    sources.push({ original: paragraph.text, simplified: simplify(paragraph.text), paragraph: index });
  }
  if (sources.length === 0) return [];

  const joined = joinSources(sources);
  const candidates = lexiconCandidates(joined.text, lexicon);
  if (speaksPartyRegister(sources)) {
    candidates.push(
      ...strongest(quotedCandidates(sources)),
      ...strongest(numberedCandidates(sources)),
      ...strongest(parallelCandidates(sources)),
      ...strongest(repeatedCandidates(sources)),
    );
  }

  const located = sameText(candidates)
    .map((candidate) => locate(candidate, sources, joined))
    .filter((c) => c.count > 0 && c.first);
  for (const candidate of located) {
    // Repetition strengthens every kind, with diminishing returns.
    candidate.score += Math.log2(candidate.count);
  }
  const ranked = merge(located)
    .filter((candidate) => candidate.gloss || candidate.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.first!.source - b.first!.source || a.first!.offset - b.first!.offset);
  const chosen: Located[] = [];
  for (const candidate of ranked) {
    if (chosen.length === MAX_SLOGANS) break;
    // Word edges are checked last, on the few that would be shown: segmenting is the costly step.
    if ((candidate.kind === 'repeated' || candidate.kind === 'parallel') && !onWordEdges(sources, candidate.first!))
      continue;
    chosen.push(candidate);
  }
  return chosen.map((candidate) => toSlogan(candidate, sources));
}

function toSlogan(candidate: Located, sources: Source[]): Slogan {
  const at = candidate.first!;
  const source = sources[at.source]!;
  const text = source.original.slice(at.offset, at.offset + at.length);
  const slogan: Slogan = {
    text,
    key: sloganKey(text),
    count: candidate.count,
    kind: candidate.kind,
  };
  const firstInBody = source.paragraph !== -1 ? { paragraph: source.paragraph, offset: at.offset } : undefined;
  if (firstInBody) slogan.first = firstInBody;
  if (candidate.gloss) slogan.gloss = candidate.gloss;
  return slogan;
}
