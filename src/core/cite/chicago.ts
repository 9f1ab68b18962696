/**
 * Chicago Manual of Style, 17th ed., notes and bibliography: newspaper articles (14.191, 14.206 unsigned) and
 * websites (14.206–14.207). Chinese names are never inverted (14.83); an access date is given only for an
 * undated page (14.12).
 */
import type { CslItem, CslName } from './csl';
import { closeWith, isInvertible, monthDayYear, nameAsWritten, ymd, type Run } from './format';
import { isNewspaperItem } from './gbt7714';

function bibliographyNames(names: CslName[]): string {
  const written = names.map((name, i) =>
    i === 0 && isInvertible(name) && name.given ? `${name.family}, ${name.given}` : nameAsWritten(name),
  );
  if (written.length > 10) return `${written.slice(0, 7).join(', ')}, et al`;
  if (written.length === 1) return written[0]!;
  return `${written.slice(0, -1).join(', ')}, and ${written[written.length - 1]}`;
}

function noteNames(names: CslName[]): string {
  const written = names.map(nameAsWritten);
  if (written.length > 3) return `${written[0]} et al.`;
  if (written.length === 1) return written[0]!;
  if (written.length === 2) return `${written[0]} and ${written[1]}`;
  return `${written[0]}, ${written[1]}, and ${written[2]}`;
}

/** `January 12, 2013`, or `accessed March 20, 2013` when the page has no date. */
function dateElement(item: CslItem): string | undefined {
  const issued = ymd(item.issued);
  if (issued) return monthDayYear(issued);
  const accessed = ymd(item.accessed);
  return accessed ? `accessed ${monthDayYear(accessed)}` : undefined;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The bibliography entry. */
export function chicago(item: CslItem): Run[] {
  const newspaper = isNewspaperItem(item) && !!item['container-title'];
  const container = item['container-title'];
  const date = dateElement(item);
  const title = item.title.trim() ? `“${closeWith(item.title.trim(), '.')}”` : 'Untitled.';
  const runs: Run[] = [];
  if (newspaper) {
    if (item.author?.length) {
      runs.push(`${closeWith(bibliographyNames(item.author), '.')} ${title} `, { italic: container! });
      runs.push(date ? `, ${date}. ` : '. ');
    } else {
      // Unsigned: the paper's name stands in the author position.
      runs.push({ italic: container! }, `. ${title}`, date ? ` ${capitalised(date)}. ` : ' ');
    }
  } else {
    // A website's owner stands in for a missing author; the site's name is set in roman.
    const author = item.author?.length ? bibliographyNames(item.author) : item.publisher || container;
    if (author) runs.push(`${closeWith(author, '.')} `);
    runs.push(title);
    if (container && container !== author) runs.push(` ${closeWith(container, '.')}`);
    runs.push(date ? ` ${capitalised(date)}. ` : ' ');
  }
  runs.push({ link: item.URL }, '.');
  return runs;
}

/** The full note (first citation): Author, “Title,” Container, date, URL. */
export function chicagoNote(item: CslItem): Run[] {
  const newspaper = isNewspaperItem(item) && !!item['container-title'];
  const container = item['container-title'];
  const runs: Run[] = [];
  if (item.author?.length) runs.push(`${noteNames(item.author)}, `);
  const title = item.title.trim();
  runs.push(title ? `“${title}${/[?!？！]$/u.test(title) ? '' : ','}” ` : 'untitled, ');
  const rest: Run[][] = [];
  if (container) rest.push([newspaper ? { italic: container } : container]);
  const date = dateElement(item);
  if (date) rest.push([date]);
  rest.push([{ link: item.URL }]);
  rest.forEach((element, i) => {
    runs.push(...(i ? [', '] : []), ...element);
  });
  runs.push('.');
  return runs;
}
