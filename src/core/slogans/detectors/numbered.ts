/** Numbered formulations left unquoted (四个意识, 两学一做): only when the page repeats them. */
import { acceptable, type Candidate, flexiblePattern } from '../candidate';
import type { Source } from '../sources';
import { HEAD_NUMERAL, MEASURE, NUMERAL, NUMERAL_IDIOMS, PLACE_TALLY } from '../words';

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

export function numberedCandidates(sources: Source[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const source of sources) {
    for (const match of NUMBERED_UNQUOTED.flatMap((pattern) => [...source.simplified.matchAll(pattern)])) {
      const text = match[0];
      if (text.includes('个') && COUNT_HEAD.test(text.slice(text.indexOf('个') + 1))) continue;
      // 一X一Y is mostly idiom (一心一意, 一点一滴); the famous ones (一带一路) are in the lexicon.
      if (text[0] === '一' && text[2] === '一') continue;
      const second = text.slice(1).search(NUMERAL_CHAR) + 1;
      if (MEASURE.test(text.slice(1)) || MEASURE.test(text.slice(second + 1))) continue;
      // An idiom (三心二意) or a tally of places (三省一市) is no formulation; the lexicon names those that are.
      if (NUMERAL_IDIOMS.has(text) || PLACE_TALLY.test(text)) continue;
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
