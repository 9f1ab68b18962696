/**
 * RIS (the Research Information Systems tagged format read by Zotero, EndNote, Mendeley):
 * TY NEWS for a newspaper article, BLOG for a post, ELEC for other web pages. One tag per line; a value
 * cannot span lines, so line breaks in page text become spaces.
 */
import type { CslItem, CslName } from './csl';
import { isoDate, nameAsWritten, ymd } from './format';
import { isNewspaperItem } from './gbt7714';

function risValue(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function risName(name: CslName): string {
  if (name.family && !name.literal && !/\p{Script=Han}/u.test(name.family)) {
    return name.given ? `${name.family}, ${name.given}` : name.family;
  }
  return nameAsWritten(name);
}

export function ris(item: CslItem): string {
  const issued = ymd(item.issued);
  const accessed = ymd(item.accessed);
  const type = isNewspaperItem(item) ? 'NEWS' : item.type === 'post-weblog' ? 'BLOG' : 'ELEC';
  const lines: [string, string | undefined][] = [
    ['TY', type],
    ...(item.author ?? []).map((name): [string, string] => ['AU', risName(name)]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ...(item.editor ?? []).map((name): [string, string] => ['ED', risName(name)]),
    ['PB', item.publisher],
    ['PY', issued && String(issued.year)],
    ['DA', issued && isoDate(issued, '/')],
    ['SP', item.page],
    ['UR', item.URL],
    ['Y2', accessed && isoDate(accessed, '/')],
    ['LA', item.language],
  ];
  const tagged = lines
    .map(([tag, value]): [string, string] => [tag, value ? risValue(value) : ''])
    .filter(([, value]) => value)
    .map(([tag, value]) => `${tag}  - ${value}`);
  return [...tagged, 'ER  - '].join('\n');
}
