/**
 * APA 7 reference-list entries (Publication Manual §9–10): newspaper article (10.1 ex. 15), webpage on a
 * news or other website (10.16), blog post (10.1 ex. 17). Names not in Latin script are kept as written.
 */
import type { CslItem, CslName } from './csl';
import {
  closeWith,
  initials,
  isInvertible,
  monthDayYear,
  monthNames,
  nameAsWritten,
  titleOf,
  ymd,
  type Run,
} from './format';
import { isNewspaperItem } from './gbt7714';

function apaName(name: CslName): string {
  if (!isInvertible(name)) return nameAsWritten(name);
  return name.given ? `${name.family}, ${initials(name.given, true)}` : name.family;
}

/** 9.8: up to 20 names, “&” before the last; 21 or more: first 19, an ellipsis, then the last. */
function apaNames(names: CslName[]): string {
  const written = names.map(apaName);
  if (written.length === 1) return written[0]!;
  if (written.length > 20) return `${written.slice(0, 19).join(', ')}, . . . ${written[written.length - 1]}`;
  return `${written.slice(0, -1).join(', ')}, & ${written[written.length - 1]}`;
}

function apaDate(item: CslItem): string {
  const date = ymd(item.issued);
  if (!date) return '(n.d.)';
  if (!date.month) return `(${date.year})`;
  return `(${date.year}, ${monthNames[date.month - 1]}${date.day ? ` ${date.day}` : ''})`;
}

export function apa(item: CslItem): Run[] {
  const dated = !!ymd(item.issued);
  const container = item['container-title'];
  // A webpage's title is italic and its site follows in roman; an article's title is roman in an italic periodical.
  const standalone = !isNewspaperItem(item) && item.type !== 'post-weblog';
  const titleText = titleOf(item, '[Untitled]');
  const title: Run[] =
    standalone && item.title.trim()
      ? [{ italic: titleText }, closeWith(titleText, '.') === titleText ? '' : '.']
      : [closeWith(titleText, '.')];
  const runs: Run[] = [];
  const author = item.author?.length ? apaNames(item.author) : undefined;
  // 9.12: with no author, the title moves to the author position, before the date.
  if (author) runs.push(`${closeWith(author, '.')} ${apaDate(item)}. `, ...title);
  else runs.push(...title, ` ${apaDate(item)}.`);
  if (container && container !== author) {
    if (standalone) runs.push(` ${closeWith(container, '.')}`);
    else runs.push(' ', { italic: container }, '.');
  }
  // 9.16: a retrieval date only for an undated page, which may change without notice.
  const accessed = ymd(item.accessed);
  if (!dated && accessed) runs.push(` Retrieved ${monthDayYear(accessed)}, from `, { link: item.URL });
  else runs.push(' ', { link: item.URL });
  return runs;
}
