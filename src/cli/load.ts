/** Saved file → Page: plain text through the text adapter, HTML decoded as a browser would and parsed by linkedom. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from '../article';
import { domToPage } from '../adapters/dom';
import { textToPage } from '../adapters/text';
import { decodeHtmlBytes, decodeTextBytes } from '../decode';
import { CliError } from './io';

export interface LoadedPage {
  page: Page;
  elements: Element[] | null;
  encoding: string;
  kind: 'text' | 'html';
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
/** Markup a page opens with, within its first kilobyte. */
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<text\s+id=|<meta[\s>]|<!--)/i;

export async function loadFile(path: string, url?: string): Promise<LoadedPage> {
  const bytes = await readBytes(path);
  const extension = extname(path).toLowerCase();
  const html = HTML_EXTENSIONS.has(extension) || (!TEXT_EXTENSIONS.has(extension) && looksLikeHtml(bytes));
  if (!html) {
    const { text, encoding } = decodeTextBytes(bytes);
    return { page: textToPage(text, url), elements: null, encoding, kind: 'text' };
  }
  const { text, encoding } = decodeHtmlBytes(bytes);
  const { document } = parseHTML(text);
  const { page, elements } = domToPage(document as unknown as Document, url);
  return { page, elements, encoding, kind: 'html' };
}

async function readBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CliError(describe(path, error));
  }
  if (info.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  if (!info.isFile()) throw new CliError(`${path} is not a regular file`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(describe(path, error));
  }
  if (bytes.length === 0) throw new CliError(`${path} is empty`);
  if (isBinary(bytes)) throw new CliError(`${path} is not a text or HTML file (it holds binary data)`);
  return bytes;
}

function describe(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path} is a directory, not a file`;
  return `${path}: cannot read (${(error as Error)?.message ?? String(error)})`;
}

/** NUL bytes never occur in text pages (UTF-16 with a BOM aside); they mark images, archives, executables. */
function isBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control > sample.length * 0.1;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  return LOOKS_LIKE_HTML.test(head);
}
