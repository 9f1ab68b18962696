/**
 * GB/T 7714—2015 信息与文献 参考文献著录规则, for a page read online:
 *   newspaper article (4.4, 8.8): 主要责任者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
 *   other electronic resource (4.8): 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 */
import { isNewspaper, type CslItem, type CslName } from './csl';
import { closeWith, initials, isChinese, isInvertible, isoDate, nameAsWritten, titleOf, ymd, type Run } from './format';

/** 8.1.1: family name first; a Latin family name in capitals, given names as initials without periods. */
function gbtName(name: CslName): string {
  if (isInvertible(name))
    return [name.family.toUpperCase(), initials(name.given ?? '', false)].filter(Boolean).join(' ');
  return nameAsWritten(name);
}

/** 8.1.2: up to three names in full; more are cut to three followed by “, 等” (“, et al” in Latin script). */
function gbtNames(names: CslName[], chinese: boolean): string {
  const shown = names.slice(0, 3).map(gbtName).join(', ');
  return names.length > 3 ? `${shown}, ${chinese ? '等' : 'et al'}` : shown;
}

export function isNewspaperItem(item: CslItem): boolean {
  return item.type === 'article-newspaper' || isNewspaper(item['container-title']);
}

/**
 * The responsible body when no person is named. 8.1.4: an organisation responsible for the work is cited by
 * name, so a web page without a byline is cited under the body it names as its source (or the site). 8.1.3: with
 * no responsible party the field may be left out in the numeric system, so an unsigned newspaper article starts
 * with its title (the paper's name already follows as the container).
 */
function responsible(item: CslItem, newspaper: boolean): string | undefined {
  if (item.author?.length) return gbtNames(item.author, isChinese(item));
  if (newspaper) return undefined;
  return item['container-title'] || item.publisher || undefined;
}

export function gbt7714(item: CslItem): Run[] {
  const newspaper = isNewspaperItem(item) && !!item['container-title'];
  const who = responsible(item, newspaper);
  const issued = ymd(item.issued);
  const accessed = ymd(item.accessed);
  const runs: Run[] = [];
  if (who) runs.push(`${closeWith(who, '.')} `);
  runs.push(`${titleOf(item, '[无题名]')}[${newspaper ? 'N/OL' : 'EB/OL'}]. `);
  if (newspaper) {
    runs.push(`${item['container-title']}`);
    if (issued) runs.push(`, ${isoDate(issued)}${item.page ? `(${item.page})` : ''}`);
  } else if (issued) {
    runs.push(`(${isoDate(issued)})`);
  }
  if (accessed) runs.push(`[${isoDate(accessed)}]`);
  runs.push('. ', { link: item.URL }, '.');
  return runs;
}
