/**
 * The Chinese word dictionary that browsers and Node ship with ICU, read through `Intl.Segmenter`: it knows common
 * words (`熊猫`, `黄河`, `全国`) and no one's given name (`胡平` is `胡` then `平`). Chromium, Firefox and Node split the
 * same words the same way.
 */
let segmenter: Intl.Segmenter | null | undefined;

/** ICU's word segmenter for Chinese, made on first use (10–30 ms on a fresh page); null in an engine without one. */
export function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-Hans', { granularity: 'word' }) : null;
  return segmenter;
}

/** The dictionary word a text opens with (its first character where no word starts), or null without a dictionary. */
export function firstWord(text: string): string | null {
  for (const { segment } of wordSegmenter()?.segment(text) ?? []) return segment;
  return null;
}
