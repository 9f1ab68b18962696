/**
 * Builds src/core/text/neutral-table.json, the character pairs of the script-neutral view
 * (src/core/text/neutral.ts), from opencc-js's dictionaries: each traditional character to its simplified form
 * (TSCharacters), Taiwan and Hong Kong variants through their standard form (TWVariantsRev, HKVariantsRev); a character
 * that is some other's simplified form stays itself. Only
 * pairs of single UTF-16 units are kept, so the view keeps every offset. `npm run build:neutral-table` writes it;
 * tests/tools/neutral-table.test.ts checks the committed file is what this builds.
 */
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TRADITIONAL from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';

export const NEUTRAL_TABLE_PATH = 'src/core/text/neutral-table.json';

function pairs(dictionary: string): [string, string][] {
  return dictionary.split('|').map((entry) => entry.split(' ') as [string, string]);
}

const single = (text: string | undefined): text is string => text !== undefined && text.length === 1;

/** Every pair as `from` + `to`, sorted by `from`, concatenated. */
export function buildNeutralPairs(): string {
  const simplified = new Map(pairs(TRADITIONAL).filter(([from, to]) => single(from) && single(to)));
  const mapped = new Map(simplified);
  for (const [variant, form] of [...pairs(TW_VARIANTS), ...pairs(HK_VARIANTS)]) {
    if (!single(variant) || !single(form) || mapped.has(variant)) continue;
    const target = simplified.get(form) ?? form;
    if (target !== variant) mapped.set(variant, target);
  }
  // A simplified character stays itself, so the view of a view is the same view: 么 is the simplified form of 麼, not
  // 幺 as a traditional character.
  const targets = new Set(mapped.values());
  return [...mapped]
    .filter(([from]) => !targets.has(from))
    .sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
    .map(([from, to]) => from + to)
    .join('');
}

export function neutralTableJson(): string {
  return `${JSON.stringify({ pairs: buildNeutralPairs() })}\n`;
}
