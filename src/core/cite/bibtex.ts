/**
 * BibTeX for biblatex/biber (which read UTF-8, as Chinese titles need): @article for a newspaper article,
 * @online for other pages. Every value is escaped for TeX; names that must not be split are braced.
 */
import type { CslItem, CslName } from './csl';
import { isoDate, ymd } from './format';
import { isNewspaperItem } from './gbt7714';

const texSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

function escapeTex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_^~]/g, (char) => texSpecials[char]!);
}

/** url is a verbatim field: only characters that would unbalance the braces or end the value are encoded. */
function escapeUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `Family, Given` for Latin names; anything else braced so it is taken as one whole name. */
function bibName(name: CslName): string {
  if (name.family && !name.literal) {
    return name.given ? `${escapeTex(name.family)}, ${escapeTex(name.given)}` : `{${escapeTex(name.family)}}`;
  }
  return `{${escapeTex(name.literal ?? '')}}`;
}

/** FNV-1a: the same record always gets the same key. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

function asciiWord(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()
    .slice(0, 20);
}

function hostWord(url: string): string {
  try {
    const labels = new URL(url).hostname
      .split('.')
      .filter((label) => !/^(?:www|com|cn|net|org|gov|edu|hk|tw)$/.test(label));
    return asciiWord(labels[labels.length - 1]);
  } catch {
    return '';
  }
}

/**
 * A stable ASCII key: author family name (or the site's host word when the name is not in Latin script),
 * year, and a short hash of author and title so two pieces of one day stay apart: `people2013_1a2b3c`.
 */
function bibtexKey(item: CslItem): string {
  const first = item.author?.[0];
  const prefix = asciiWord(first?.family ?? first?.literal?.split(/\s+/)[0]) || hostWord(item.URL) || 'ref';
  const year = ymd(item.issued)?.year ?? 'nd';
  const authors = (item.author ?? [])
    .map((name) => name.literal ?? `${name.family ?? ''} ${name.given ?? ''}`)
    .join(';');
  return `${prefix}${year}_${hash(`${authors}|${item.title}`)}`;
}

export function bibtex(item: CslItem): string {
  const newspaper = isNewspaperItem(item);
  const issued = ymd(item.issued);
  const accessed = ymd(item.accessed);
  const fields: [string, string | undefined][] = [
    ['author', item.author?.length ? item.author.map(bibName).join(' and ') : undefined],
    // Double braces keep the title's own capitalisation.
    ['title', item.title ? `{${escapeTex(item.title)}}` : undefined],
    [newspaper ? 'journal' : 'organization', item['container-title'] && escapeTex(item['container-title'])],
    [
      'publisher',
      !newspaper && item.publisher && item.publisher !== item['container-title']
        ? escapeTex(item.publisher)
        : undefined,
    ],
    ['date', issued && isoDate(issued)],
    ['year', issued && String(issued.year)],
    ['pages', newspaper && item.page ? escapeTex(item.page) : undefined],
    ['url', escapeUrl(item.URL)],
    ['urldate', accessed && isoDate(accessed)],
    ['langid', item.language?.toLowerCase().startsWith('zh') ? 'chinese' : undefined],
  ];
  const body = fields
    .filter((field): field is [string, string] => !!field[1])
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${newspaper ? 'article' : 'online'}{${bibtexKey(item)},\n${body}\n}`;
}
