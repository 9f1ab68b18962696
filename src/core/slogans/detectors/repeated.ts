/** Repeated n-grams: the campaign phrase a piece keeps coming back to, in its title and body. */
import { acceptable, type Candidate, flexiblePattern } from '../candidate';
import { countGrams, hanRuns, titleGrams } from '../ngrams';
import type { Source } from '../sources';
import { EDGE_STOP_END, EDGE_STOP_START, PLAIN_END } from '../words';

/** Speech verbs: an n-gram ending in one is a byline of who spoke (李某某强调), not a formulation. */
const SPEECH_END = /(?:强调|指出|要求|表示|认为|介绍|说|称|提出|主持)$/;

/** Campaign verbs and war-metaphor heads that mark a repeated phrase as a campaign slogan. */
const CAMPAIGN_START = /^(?:坚决打赢|打赢|打好|夺取|筑牢|统筹|巩固|压实|守住|扛起|凝聚)/;
const CAMPAIGN_END = /(?:战|仗|役|总方针|总策略|攻坚|屏障|防线|底线)$/;

/** Heads of doctrines, lines and programmes: a repeated stretch ending in one is shaped like a formulation. */
const DOCTRINE_END = /(?:主义|理念|思想|精神|战略|格局|道路|方略|现代化|共同体|工程|革命|自信|意识|作风)$/;

/**
 * Whether a repeated stretch is shaped like a formulation (a campaign verb, a war metaphor, a doctrine's head) rather
 * than the topic of the report (中高风险地区, 不得播出偶像养成类节目), however often the page repeats that.
 */
export function isFormulationShaped(gram: string): boolean {
  return CAMPAIGN_START.test(gram) || CAMPAIGN_END.test(gram) || DOCTRINE_END.test(gram);
}

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

export function repeatedCandidates(sources: Source[]): Candidate[] {
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
