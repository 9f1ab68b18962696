/** Every citation style and export, rendered from the one CSL-JSON record. */
import { apa } from './apa';
import { bibtex } from './bibtex';
import { chicago, chicagoNote } from './chicago';
import type { CslItem } from './csl';
import { toHtml, toPlain, type Run } from './format';
import { gbt7714 } from './gbt7714';
import { mla } from './mla';
import { ris } from './ris';

export const citationStyles = ['gbt7714', 'apa', 'mla', 'chicago', 'csl-json', 'bibtex', 'ris'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** Styles that read as prose (with italics); the rest are data exports shown verbatim. */
const proseStyles: Partial<Record<CitationStyle, (item: CslItem) => Run[]>> = { gbt7714, apa, mla, chicago };

export function isCitationStyle(style: string): style is CitationStyle {
  return (citationStyles as readonly string[]).includes(style);
}

/** Pretty CSL-JSON (an array, as citation managers import it), with each date on one line. */
export function formatCslJson(item: CslItem): string {
  return formatCslJsonList([item]);
}

/** Several records as one CSL-JSON array, formatted as `formatCslJson` formats one. */
export function formatCslJsonList(items: readonly CslItem[]): string {
  // A JSON string never holds a raw line break, so these patterns only meet the number arrays of dates.
  return JSON.stringify(items, null, 2)
    .replace(/\[\n\s*(\d+(?:,\n\s*\d+)*)\n\s*\]/g, (_, numbers: string) => `[${numbers.split(/,\s*/).join(', ')}]`)
    .replace(/\[\n\s*(\[[\d, ]+\])\n\s*\]/g, '[$1]');
}

function exportText(item: CslItem, style: CitationStyle): string {
  if (style === 'csl-json') return formatCslJson(item);
  if (style === 'bibtex') return bibtex(item);
  if (style === 'ris') return ris(item);
  throw new Error(`unknown citation style: ${style}`);
}

export function formatCitation(item: CslItem, style: CitationStyle): string {
  const prose = proseStyles[style];
  return prose ? toPlain(prose(item)) : exportText(item, style);
}

/** The citation as HTML: escaped text with italics and a link for prose styles, a <pre> block for exports. */
export function formatCitationHtml(item: CslItem, style: CitationStyle): string {
  const prose = proseStyles[style];
  return prose ? toHtml(prose(item)) : `<pre>${toHtml([exportText(item, style)])}</pre>`;
}

/** Chicago's full note form, for a footnote; `formatCitation(item, 'chicago')` gives the bibliography entry. */
export function formatChicagoNote(item: CslItem): string {
  return toPlain(chicagoNote(item));
}
