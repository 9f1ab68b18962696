/** Which files hold pages: in a folder, by name; an archive by its extension. Nothing here reads a page. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const PAGE_EXTENSIONS = /\.(?:html?|xhtml|shtml|txt|text)$/i;
const ARCHIVE = /\.warc(?:\.gz)?$/i;
/** A file without an extension (archives name pages by number or hash) is taken as a page. */
const NO_EXTENSION = /^[^.]+$/;

export const isArchive = (path: string): boolean => ARCHIVE.test(path);

/** Files a folder holds that are pages or archives of pages; images and scripts saved beside a page are not. */
function isPageName(name: string): boolean {
  return PAGE_EXTENSIONS.test(name) || ARCHIVE.test(name) || NO_EXTENSION.test(name);
}

/** The page files a folder holds, in name order, subfolders included (symbolic links to folders are not followed). */
export async function* pageFilesUnder(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pageFilesUnder(path);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isPageName(entry.name)) yield path;
  }
}
