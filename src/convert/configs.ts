/**
 * OpenCC configurations as dictionary names, mirroring opencc-js 1.4.2's preset (normalisation, optional
 * segmentation, conversion chain), plus the traditional→traditional steps the reader can ask for.
 * Pure data: which dictionaries a direction needs, so only those are loaded.
 */
import type { ScriptTarget } from './targets';

export type DictName =
  | 'CJK_Compatibility_Ideographs'
  | 'HKPhrases'
  | 'HKPhrasesRev'
  | 'HKVariants'
  | 'HKVariantsPhrases'
  | 'HKVariantsRev'
  | 'HKVariantsRevPhrases'
  | 'JPShinjitaiCharacters'
  | 'JPShinjitaiCharactersRev'
  | 'JPShinjitaiPhrases'
  | 'STCharacters'
  | 'STPhrases'
  | 'STPhrases_GeneratedFromRegionalPhrases'
  | 'TSCharacters'
  | 'TSPhrases'
  | 'TWPhrases'
  | 'TWPhrasesRev'
  | 'TWVariants'
  | 'TWVariantsPhrases'
  | 'TWVariantsRev'
  | 'TWVariantsRevPhrases';

interface OpenccConfig {
  /** Applied to the whole text first (every OpenCC configuration folds CJK compatibility ideographs). */
  normalization: DictName[];
  /** Dictionaries whose longest matches cut the text into segments that later stages never cross. */
  segmentation?: DictName[];
  /** Each inner list is one trie (earlier dictionaries win on equal keys); tries apply in order. */
  chain: DictName[][];
  /**
   * From simplified: the phrases whose choice the words of the sentence decide (in-context.ts), in place of the
   * segmentation and the chain's first trie (phrases and STCharacters).
   */
  fromSimplified?: DictName[];
}

export type ConfigName =
  | 's2t'
  | 's2tw'
  | 's2twp'
  | 's2hk'
  | 't2s'
  | 'tw2s'
  | 'tw2sp'
  | 'hk2s'
  | 't2tw'
  | 't2twp'
  | 't2hk'
  | 'tw2t'
  | 'hk2t'
  // Not offered to readers; kept so the whole OpenCC peer suite runs through the same engine.
  | 's2hkp'
  | 'hk2sp'
  | 'jp2t'
  | 't2jp';

const NORMALIZE: DictName[] = ['CJK_Compatibility_Ideographs'];
const ST: DictName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases', 'STCharacters'];
const ST_SEGMENTS: DictName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'];
const TS: DictName[] = ['TSPhrases', 'TSCharacters'];

export const CONFIGS: Record<ConfigName, OpenccConfig> = {
  s2t: { normalization: NORMALIZE, chain: [ST], fromSimplified: ST_SEGMENTS },
  s2tw: {
    normalization: NORMALIZE,
    segmentation: ST_SEGMENTS,
    chain: [ST, ['TWVariantsPhrases', 'TWVariants']],
    fromSimplified: ST_SEGMENTS,
  },
  s2twp: {
    normalization: NORMALIZE,
    segmentation: ST_SEGMENTS,
    chain: [ST, ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']],
    fromSimplified: ST_SEGMENTS,
  },
  s2hk: {
    normalization: NORMALIZE,
    segmentation: ST_SEGMENTS,
    chain: [ST, ['HKVariantsPhrases', 'HKVariants']],
    fromSimplified: ST_SEGMENTS,
  },
  t2s: { normalization: NORMALIZE, chain: [TS] },
  tw2s: {
    normalization: NORMALIZE,
    segmentation: ['TSPhrases'],
    chain: [['TWVariantsRevPhrases', 'TWVariantsRev'], TS],
  },
  tw2sp: {
    normalization: NORMALIZE,
    segmentation: ['TSPhrases'],
    chain: [['TWPhrasesRev', 'TWVariantsRevPhrases', 'TWVariantsRev'], TS],
  },
  hk2s: {
    normalization: NORMALIZE,
    segmentation: ['TSPhrases'],
    chain: [['HKVariantsRevPhrases', 'HKVariantsRev'], TS],
  },
  t2tw: { normalization: NORMALIZE, chain: [['TWVariantsPhrases', 'TWVariants']] },
  // OpenCC has no t2twp; Taiwan phrases are keyed on traditional text, so they apply before the variants.
  t2twp: { normalization: NORMALIZE, chain: [['TWPhrases'], ['TWVariantsPhrases', 'TWVariants']] },
  t2hk: { normalization: NORMALIZE, chain: [['HKVariantsPhrases', 'HKVariants']] },
  tw2t: { normalization: NORMALIZE, chain: [['TWVariantsRevPhrases', 'TWVariantsRev']] },
  hk2t: { normalization: NORMALIZE, chain: [['HKVariantsRevPhrases', 'HKVariantsRev']] },
  s2hkp: {
    normalization: NORMALIZE,
    segmentation: ST_SEGMENTS,
    chain: [ST, ['HKPhrases', 'HKVariantsPhrases', 'HKVariants']],
    fromSimplified: ST_SEGMENTS,
  },
  hk2sp: {
    normalization: NORMALIZE,
    segmentation: ['TSPhrases'],
    chain: [['HKPhrasesRev', 'HKVariantsRevPhrases', 'HKVariantsRev'], TS],
  },
  jp2t: { normalization: NORMALIZE, chain: [['JPShinjitaiPhrases', 'JPShinjitaiCharacters']] },
  t2jp: { normalization: NORMALIZE, chain: [['JPShinjitaiCharactersRev']] },
};

const TO_SIMPLIFIED: Record<Exclude<ScriptTarget, 'hans'>, ConfigName> = {
  hant: 't2s',
  tw: 'tw2s',
  twp: 'tw2sp',
  hk: 'hk2s',
};
const FROM_SIMPLIFIED: Record<Exclude<ScriptTarget, 'hans'>, ConfigName> = {
  hant: 's2t',
  tw: 's2tw',
  twp: 's2twp',
  hk: 's2hk',
};
const TO_STANDARD: Partial<Record<ScriptTarget, ConfigName>> = { tw: 'tw2t', twp: 'tw2t', hk: 'hk2t' };
const FROM_STANDARD: Partial<Record<ScriptTarget, ConfigName>> = { tw: 't2tw', twp: 't2twp', hk: 't2hk' };

/** The OpenCC configurations that take text written in `from` to `to`, in order (none when they are the same). */
export function conversionSteps(from: ScriptTarget, to: ScriptTarget): ConfigName[] {
  if (from === to) return [];
  if (to === 'hans') return [TO_SIMPLIFIED[from as Exclude<ScriptTarget, 'hans'>]];
  if (from === 'hans') return [FROM_SIMPLIFIED[to]];
  return [TO_STANDARD[from], FROM_STANDARD[to]].filter((step): step is ConfigName => step !== undefined);
}
