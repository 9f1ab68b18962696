/**
 * Files that hold pages: which ones a folder holds, whether a file is HTML or text by its name, an archive by its
 * extension, and reading one with a clear message when it cannot be read. Nothing here parses a page, so a batch's
 * reading thread does not load the pipeline.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CliError } from './io';

/** Larger than any saved news page by far: refuse rather than spend minutes and memory on it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

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

/** HTML or text as the file's extension says; undefined when it does not, and the content decides. */
export function kindOfPath(path: string): 'html' | 'text' | undefined {
  const extension = extname(path).toLowerCase();
  return HTML_EXTENSIONS.has(extension) ? 'html' : TEXT_EXTENSIONS.has(extension) ? 'text' : undefined;
}

/** A file's bytes, refused with a clear message when it is missing, unreadable, a folder or too large. */
export async function readPageFile(path: string): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CliError(describe(path, error));
  }
  if (info.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  if (!info.isFile()) throw new CliError(`${path} is not a regular file`);
  if (info.size > MAX_FILE_BYTES) throw new CliError(tooLarge(path, info.size));
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(describe(path, error));
  }
}

export function tooLarge(name: string, size: number): string {
  return `${name} is too large (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`;
}

function describe(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path} is a directory, not a file`;
  return `${path}: cannot read (${(error as Error)?.message ?? String(error)})`;
}
