import type { Rule } from '../article';

/**
 * A pinyin reading flattened into the text after the character it annotates: `責(zé)任`, `手機(jī)`.
 * Pages that render <ruby> annotations as plain text leave these; the syllable must carry a tone mark
 * (or ü) so that ordinary bracketed Latin after Chinese — `(CEO)`, `(app)` — is left alone.
 */
const PINYIN_RUBY = /(\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6})\)/gu;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]/u;

export function stripPinyinRuby(text: string): string {
  // Only a syllable with a tone mark is stripped: text without one is left as it is.
  if (!text.includes('(') || !TONE_MARK.test(text)) return text;
  return text.replace(PINYIN_RUBY, (whole, han: string, syllable: string) => (TONE_MARK.test(syllable) ? han : whole));
}

export const pinyinRuby: Rule = {
  name: 'pinyin-ruby',
  why: 'ruby readings flattened into the text (`責(zé)任`) break words, search and conversion',
  motivatedBy: 'seed 001 and 002 (traditional-script party-media pages rendered with flattened pinyin)',
  apply({ texts }) {
    const changed: { block: number; text: string }[] = [];
    texts.forEach((text, block) => {
      const stripped = stripPinyinRuby(text);
      if (stripped !== text) changed.push({ block, text: stripped });
    });
    return { texts: changed };
  },
};
