import type { Decisions, Rule, Warning } from '../article';
import { repairGarbled } from '../garbled';
import { mayBeGarbled, showsGarbling } from '../garbled/detect';

function quote(text: string): string {
  const chars = [...text];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
}

export const garbledText: Rule = {
  name: 'garbled-text',
  why: 'text whose GBK bytes were read one byte out of step reads as nonsense; re-read it, or at least say so',
  motivatedBy:
    'seed 002 (a proxy broke GBK byte alignment: `當?shù)匾黄鹕钊胧崂砉ぷ…`), seed 001, corpus ia-33a95b71; a clean page: corpus-modern cnhubei-nonnews-homepage (`长江之畔呦呦鹿鸣` re-read as `□线线下□`)',
  apply({ texts }): Decisions {
    const decisions: Required<Pick<Decisions, 'texts' | 'warnings'>> = { texts: [], warnings: [] };
    // Bytes read out of step leave marks (a `?` or junk where a byte could not be placed) somewhere on the page; on a
    // page without any, a run of rare characters that a shifted reading makes plausible is a name or a literary phrase.
    if (!texts.some(showsGarbling)) return decisions;
    let whole: string | undefined;
    texts.forEach((text, block) => {
      if (!mayBeGarbled(text)) return;
      const result = repairGarbled(text, () => (whole ??= texts.join('\n')));
      if (result.spans.length === 0) return;
      if (result.text !== text) decisions.texts.push({ block, text: result.text, repairs: result.repairs });
      for (const span of result.spans) {
        const warning: Warning = {
          kind: 'garbled',
          block,
          message: span.repaired
            ? `garbled text repaired: “${quote(span.original)}” → “${quote(span.text)}”${span.inferred ? ' (partly inferred)' : ''}`
            : `garbled text, not repaired: “${quote(span.original)}”`,
        };
        decisions.warnings.push(warning);
      }
    });
    return decisions;
  },
};
