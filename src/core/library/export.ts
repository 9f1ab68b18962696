/**
 * Saved articles out of the library: a bibliography (GB/T 7714 list, BibTeX, RIS, CSL-JSON, from each article's CSL
 * record through src/core/cite), Markdown files with front matter in a zip, or JSON Lines in the shape
 * `qingdu extract --json` prints.
 */
import { strToU8, zipSync } from 'fflate';
import { articleLine } from '../article-json';
import { type CslItem, formatCitation, formatCslJsonList } from '../cite/index';
import type { SavedVersion } from './saved';

export const BIBLIOGRAPHY_FORMATS = ['gbt7714', 'bibtex', 'ris', 'csl-json'] as const;
export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];

/** The items as one bibliography, in the order given (GB/T 7714 numbers them in that order). */
export function bibliography(items: readonly CslItem[], format: BibliographyFormat): string {
  if (format === 'csl-json') return `${formatCslJsonList(items)}\n`;
  if (format === 'gbt7714') return items.map((item, i) => `[${i + 1}] ${formatCitation(item, 'gbt7714')}\n`).join('');
  const entries = items.map((item) => formatCitation(item, format));
  return `${(format === 'bibtex' ? withUniqueKeys(entries) : entries).join('\n\n')}\n`;
}

/** Two entries with the same BibTeX key (one author, one title, one year) get a, b, c… after the key. */
function withUniqueKeys(entries: string[]): string[] {
  const keyOf = (entry: string) => /^@\w+\{([^,]+),/.exec(entry)?.[1] ?? '';
  const total = new Map<string, number>();
  for (const entry of entries) total.set(keyOf(entry), (total.get(keyOf(entry)) ?? 0) + 1);
  const used = new Map<string, number>();
  return entries.map((entry) => {
    const key = keyOf(entry);
    if ((total.get(key) ?? 0) < 2) return entry;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return entry.replace(
      `{${key},`,
      `{${key}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''},`,
    );
  });
}

/** JSON Lines: one `{"url": …, <the fields of extract --json>}` a line, as the CLI writes a page of an archive. */
export function jsonLines(versions: readonly SavedVersion[]): string {
  return versions.map((v) => `${articleLine(v.url, v.article)}\n`).join('');
}

function isoDay(epoch: number): string {
  const d = new Date(epoch);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const yamlString = (value: string) => JSON.stringify(value);

/** Page text as Markdown text: characters Markdown would read as markup are escaped, line starts included. */
function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(
      /^(\s*)([#>+-]|\d+[.)])/,
      (_, space: string, mark: string) => `${space}${mark.replace(/^(\d*)(.)$/, '$1\\$2')}`,
    );
}

/**
 * One saved article as Markdown with YAML front matter (fields, address, access date, slogans), then its title and
 * paragraphs. The one function the Markdown export calls for each article.
 */
export function markdownWithFrontMatter(version: SavedVersion): string {
  const { article } = version;
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['date', article.date],
    ['source', article.source],
    ['editor', article.editor],
    ['author', article.author],
    ['reviewer', article.reviewer],
    ['site', article.site],
    ['url', version.url],
    ['accessed', isoDay(version.savedAt)],
    ['script', article.script],
  ];
  const front = fields.filter(([, value]) => value).map(([name, value]) => `${name}: ${yamlString(value!)}`);
  if (article.slogans.length > 0) front.push('slogans:', ...article.slogans.map((s) => `  - ${yamlString(s.text)}`));
  const body = article.paragraphs.map((p) => markdownText(p.text));
  const heading = article.title ? [`# ${markdownText(article.title)}`, ''] : [];
  return ['---', ...front, '---', '', ...heading, body.join('\n\n'), ''].join('\n');
}

/** A file name for the article: its publish day (or access day) and title, without characters file systems refuse. */
function fileNameOf(version: SavedVersion): string {
  const day = version.article.date?.slice(0, 10) ?? isoDay(version.savedAt);
  const title = (version.article.title ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\\/:*?"<>|#%]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .replace(/[. ]+$/, '');
  return title ? `${day} ${title}` : day;
}

/** One Markdown file per article, names made unique with -2, -3… */
export function markdownFiles(
  versions: readonly SavedVersion[],
  write: (version: SavedVersion) => string = markdownWithFrontMatter,
): { name: string; text: string; savedAt: number }[] {
  const used = new Set<string>();
  return versions.map((version) => {
    const base = fileNameOf(version);
    let name = `${base}.md`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.md`;
    used.add(name);
    return { name, text: write(version), savedAt: version.savedAt };
  });
}

/** The files in one zip, in a folder of their own, each dated by when its article was saved. */
export function zipFolder(
  folder: string,
  files: readonly { name: string; text: string; savedAt: number }[],
): Uint8Array {
  return zipSync(
    Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, [strToU8(f.text), { mtime: new Date(f.savedAt) }]])),
    { level: 6 },
  );
}
