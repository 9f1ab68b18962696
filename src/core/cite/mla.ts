/**
 * MLA 9 works-cited entries (MLA Handbook, 9th ed.): Author. “Title.” Container, Publisher, Date, Location.
 * The publisher is left out for newspapers and when it repeats the container (5.48); an access date is added
 * when the page gives no date (5.111).
 */
import type { CslItem, CslName } from './csl';
import { closeWith, isInvertible, nameAsWritten, ymd, type Run, type Ymd } from './format';
import { isNewspaperItem } from './gbt7714';

const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function mlaDate({ year, month, day }: Ymd): string {
  if (!month) return String(year);
  return day ? `${day} ${mlaMonths[month - 1]} ${year}` : `${mlaMonths[month - 1]} ${year}`;
}

function inverted(name: CslName): string {
  return isInvertible(name) && name.given ? `${name.family}, ${name.given}` : nameAsWritten(name);
}

/** 5.5–5.7: one author inverted; two as “A, and B”; three or more as the first followed by “et al.” */
function mlaNames(names: CslName[]): string {
  if (names.length === 1) return inverted(names[0]!);
  if (names.length === 2) return `${inverted(names[0]!)}, and ${nameAsWritten(names[1]!)}`;
  return `${inverted(names[0]!)}, et al.`;
}

export function mla(item: CslItem): Run[] {
  const runs: Run[] = [];
  if (item.author?.length) runs.push(`${closeWith(mlaNames(item.author), '.')} `);
  runs.push(item.title.trim() ? `“${closeWith(item.title.trim(), '.')}” ` : 'Untitled. ');
  const container = item['container-title'];
  const publisher =
    !isNewspaperItem(item) && item.publisher && item.publisher !== container ? item.publisher : undefined;
  const issued = ymd(item.issued);
  const elements: Run[][] = [];
  if (container) elements.push([{ italic: container }]);
  if (publisher) elements.push([publisher]);
  if (issued) elements.push([mlaDate(issued)]);
  elements.push([{ link: item.URL }]);
  elements.forEach((element, i) => {
    runs.push(...(i ? [', '] : []), ...element);
  });
  runs.push('.');
  const accessed = ymd(item.accessed);
  if (!issued && accessed) runs.push(` Accessed ${mlaDate(accessed)}.`);
  return runs;
}
