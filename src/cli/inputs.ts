/**
 * The pages a batch command reads, from its arguments: files, folders (walked in name order, into subfolders), `-`
 * (paths on stdin, one a line, each a file, folder or archive), and WARC archives (`.warc`, `.warc.gz`), whose
 * successful HTML and text responses are a page each. Pages stream one at a time, so an archive of any size is
 * read in flat memory; what cannot be read becomes an error item and the run goes on.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { CliError } from './io';
import { isArchive, kindOfPath, MAX_FILE_BYTES, pageFilesUnder, readPageFile } from './page-files';

export interface PageSource {
  /** The file, or the archive the page is a record of. */
  path: string;
  /** The WARC-Record-ID of an archived page. */
  record?: string;
  /** The address the page was fetched from, when the archive says. */
  url?: string;
  kind?: 'html' | 'text';
  /** The charset the server sent in Content-Type, when the archive kept it. */
  charset?: string;
}

export interface PageInput extends PageSource {
  bytes: Uint8Array;
}

export interface InputError extends PageSource {
  error: string;
}

export type InputItem = PageInput | InputError;

/** The fields that say which page a line is about: its path, and for an archived page its record and URL. */
export function sourceFields({ path, record, url }: PageSource): Record<string, string> {
  return { path, ...(record ? { record } : {}), ...(url ? { url } : {}) };
}

export async function* pageInputs(args: readonly string[], stdin: Readable): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') {
      for await (const line of createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
        const path = line.trim();
        if (path) yield* pagesAt(path);
      }
    } else yield* pagesAt(arg);
  }
}

async function* pagesAt(path: string): AsyncGenerator<InputItem> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    // readPageFile says why (no such file, permission denied) in the same words as for a single file.
    isDirectory = false;
  }
  if (isDirectory) {
    try {
      for await (const file of pageFilesUnder(path)) yield* pagesAt(file);
    } catch (error) {
      yield { path, error: `cannot read the folder: ${(error as Error).message}` };
    }
  } else if (isArchive(path)) yield* archivedPages(path);
  else {
    try {
      yield { path, kind: kindOfPath(path), bytes: await readPageFile(path) };
    } catch (error) {
      yield { path, error: messageOf(error) };
    }
  }
}

/** Content types whose responses are pages. */
function pageKind(contentType: string | null | undefined): 'html' | 'text' | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return null;
}

function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

async function* archivedPages(path: string): AsyncGenerator<InputItem> {
  const { WARCParser } = await import('warcio');
  const stream = createReadStream(path);
  try {
    for await (const record of new WARCParser(stream)) {
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      let contentType = record.warcContentType;
      if (record.warcType === 'response') {
        const status = Number(record.httpHeaders?.statusCode);
        if (!(status >= 200 && status < 300)) continue;
        contentType = record.httpHeaders?.headers.get('content-type');
      }
      const kind = pageKind(contentType);
      if (!kind) continue;
      const source: PageSource = {
        path,
        record: record.warcHeader('WARC-Record-ID') ?? undefined,
        url: record.warcTargetURI ?? undefined,
        kind,
        charset: charsetOf(contentType),
      };
      if (record.warcContentLength > MAX_FILE_BYTES) {
        yield { ...source, error: `the record is too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB)` };
        continue;
      }
      try {
        yield { ...source, bytes: await record.readFully(true) };
      } catch (error) {
        yield { ...source, error: `cannot read the record: ${messageOf(error)}` };
      }
    }
  } catch (error) {
    yield { path, error: `cannot read the WARC file: ${messageOf(error)}` };
    return;
  } finally {
    stream.destroy();
  }
  // The WARC reader stops quietly at a gzip member cut short: read the compression through to say so.
  if (/\.gz$/i.test(path)) {
    const damage = await gzipDamage(path);
    if (damage)
      yield { path, error: `the WARC file is cut off or damaged; the pages before the damage were read (${damage})` };
  }
}

async function gzipDamage(path: string): Promise<string | null> {
  try {
    await pipeline(
      createReadStream(path),
      createGunzip(),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof CliError ? error.message : ((error as Error)?.message ?? String(error));
}
