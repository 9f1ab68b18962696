/** Parallel chains: equal-length items in rhythm, joined by 、 (trimmed to the chain) or by ， (whole clauses). */
import { acceptable, type Candidate, flexiblePattern } from '../candidate';
import type { Source } from '../sources';
import { EDGE_STOP_START, LIST_DETERMINER, LIST_ITEM_HEAD, SPEECH_PARTICLE } from '../words';

const CLAUSE_BREAK = /[，。；！？：,;!?:“”「」『』（）()《》[\]【】\s]+/;
const SENTENCE_BREAK = /[。；！？;!?“”「」『』（）()\s]+/;

/** Positions shared by all items: 守土有责/守土尽责 → 3. */
function sharedPositions(items: string[]): number {
  const length = items[0]!.length;
  let shared = 0;
  for (let i = 0; i < length; i++) if (items.every((item) => item[i] === items[0]![i])) shared++;
  return shared;
}

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

/**
 * An enumeration, not a formulation: offices, places or measures (有关部门、有关地方、有关企业; 投入力度、攻坚力度), or
 * pieces of speech (住得好不好、收入怎么样).
 */
function isEnumeration(items: string[]): boolean {
  if (items.every((item) => NAME_HEAD.test(item) || LIST_ITEM_HEAD.test(item))) return true;
  const determiner = LIST_DETERMINER.exec(items[0]!)?.[0];
  if (determiner && items.every((item) => item.startsWith(determiner))) return true;
  return items.some((item) => SPEECH_PARTICLE.test(item));
}

/**
 * Two items that share only their opening (不要民主，不要法治; 更加高大、更加壮丽) repeat a word of the sentence; a
 * formulation pair shares a template past the first difference (疫情就是命令，防控就是责任; 守土有责、守土尽责).
 */
function sharesOnlyOpening(items: string[]): boolean {
  const [a, b] = items as [string, string];
  let differs = 0;
  while (differs < a.length && a[differs] === b[differs]) differs++;
  for (let i = differs + 1; i < a.length; i++) if (a[i] === b[i]) return false;
  return true;
}

/** Whether the items of a chain share at least one position: a template, not a run of unrelated phrases. */
export function isTemplated(key: string): boolean {
  return sharedPositions(key.split(/[、，,]/)) > 0;
}

function chainScore(items: string[]): number | null {
  const length = items[0]!.length;
  if (items.length < 2 || length < 2 || length > 8) return null;
  if (isEnumeration(items)) return null;
  const shared = sharedPositions(items);
  if (items.length === 2 && (shared < 2 || sharesOnlyOpening(items))) return null;
  // Two-character items line up by chance unless the chain is long and shares a character (收诊、分诊、确诊、诊疗).
  if (length === 2 && (shared === 0 || items.length < 4)) return null;
  // Template sharing (联防联控/群防群控) is what makes a chain a formula rather than a list of nouns.
  // Longer items in rhythm (疫情就是命令，防控就是责任) rarely line up by chance.
  return 4 + Math.min(items.length, 5) * 0.4 + (shared / length) * 3 + (length === 4 ? 0.5 : 0) + (length >= 5 ? 1 : 0);
}

export function parallelCandidates(sources: Source[]): Candidate[] {
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
