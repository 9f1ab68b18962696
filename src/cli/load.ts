/** Saved file → Page: plain text through the text adapter, HTML decoded and parsed as a browser would. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Page } from '../core/article';
import { domToPage } from '../adapters/dom';
import { textToPage } from '../adapters/text';
import { decodeHtmlBytes, decodeTextBytes, plausibility, type Decoded } from './decode';
import { CliError } from './io';
import { applyPageStyles } from './page-styles';
import { parseHtmlDocument } from './parse-html';

export interface LoadedPage {
  page: Page;
  elements: Element[] | null;
  encoding: string;
  kind: 'text' | 'html';
}

/** Larger than any saved news page by far: refuse rather than spend minutes and memory on it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Below this share of common Chinese characters a guessed legacy decoding is mojibake, not Chinese text. */
const MIN_GUESSED_PLAUSIBILITY = 0.05;

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
/** Markup a page opens with, within its first kilobyte. */
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<text\s+id=|<meta[\s>]|<!--)/i;

export async function loadFile(path: string, url?: string): Promise<LoadedPage> {
  const bytes = await readBytes(path);
  const extension = extname(path).toLowerCase();
  const html = HTML_EXTENSIONS.has(extension) || (!TEXT_EXTENSIONS.has(extension) && looksLikeHtml(bytes));
  if (!html) {
    const { text, encoding } = readable(path, decodeTextBytes(bytes));
    return { page: textToPage(text, url), elements: null, encoding, kind: 'text' };
  }
  const { text, encoding } = readable(path, decodeHtmlBytes(bytes));
  const document = parseHtmlDocument(text);
  applyPageStyles(document);
  const { page, elements } = domToPage(document, url);
  return { page, elements, encoding, kind: 'html' };
}

/** A saved file's text, line for line (no HTML parsing), with the same checks as loadFile. */
export async function loadText(path: string): Promise<Decoded> {
  return readable(path, decodeTextBytes(await readBytes(path)));
}

async function readBytes(path: string): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CliError(describe(path, error));
  }
  if (info.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  if (!info.isFile()) throw new CliError(`${path} is not a regular file`);
  if (info.size > MAX_FILE_BYTES) {
    throw new CliError(
      `${path} is too large (${Math.round(info.size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    );
  }
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

/** A guessed decoding that yields no Chinese text means the encoding is unknown: say so rather than print mojibake. */
function readable(path: string, decoded: Decoded): Decoded {
  if (
    decoded.by === 'detected' &&
    decoded.encoding !== 'utf-8' &&
    plausibility(decoded.text) < MIN_GUESSED_PLAUSIBILITY
  ) {
    throw new CliError(`${path}: unknown text encoding (not UTF-8, and not Chinese text in GBK/GB18030 or Big5)`);
  }
  return decoded;
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
