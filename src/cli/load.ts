/**
 * Saved page → Page: plain text through the text adapter, HTML decoded and parsed as a browser would. A page comes
 * from a file (`loadFile`) or from bytes already in hand, such as a WARC record (`loadBytes`).
 */
import type { Article, Page, Warning } from '../core/article';
import { extractArticle } from '../core/pipeline';
import { domToPage } from '../adapters/dom';
import { textToPage } from '../adapters/text';
import { decodeHtmlBytes, decodeTextBytes, plausibility, type Decoded } from './decode';
import { CliError } from './io';
import { kindOfPath, MAX_FILE_BYTES, readPageFile, tooLarge } from './page-files';
import { applyPageStyles } from './page-styles';
import { parseHtmlDocument } from './parse-html';

export interface LoadedPage {
  page: Page;
  elements: Element[] | null;
  encoding: string;
  kind: 'text' | 'html';
  /** What loading found wrong with the page itself (a charset it declares but is not written in). */
  warnings: Warning[];
}

export interface LoadOptions {
  url?: string;
  /** Read as HTML or as text whatever the bytes look like (a WARC record's Content-Type says which). */
  kind?: 'text' | 'html';
  /** The charset the server sent with the page, which a browser takes before the page's own declaration. */
  charset?: string;
}

/** Below this share of common Chinese characters a guessed legacy decoding is mojibake, not Chinese text. */
const MIN_GUESSED_PLAUSIBILITY = 0.05;

/** A file that opens with a tag, a doctype, a comment or an XML declaration (after any BOM or whitespace). */
const LOOKS_LIKE_HTML = /^\s*<[a-z!?]/i;

export async function loadFile(path: string, url?: string): Promise<LoadedPage> {
  return loadBytes(await readPageFile(path), path, { url, kind: kindOfPath(path) });
}

/** A page from its bytes; `name` says where they came from in messages (a path, an archive's record). */
export function loadBytes(raw: Uint8Array, name: string, { url, kind, charset }: LoadOptions = {}): LoadedPage {
  const bytes = checkedBytes(raw, name);
  if ((kind ?? (looksLikeHtml(bytes) ? 'html' : 'text')) === 'text') {
    const decoded = readable(name, decodeTextBytes(bytes));
    return {
      page: textToPage(decoded.text, url),
      elements: null,
      encoding: decoded.encoding,
      kind: 'text',
      warnings: [],
    };
  }
  const decoded = readable(name, decodeHtmlBytes(bytes, charset));
  const document = parseHtmlDocument(decoded.text);
  applyPageStyles(document);
  const { page, elements } = domToPage(document, url);
  return { page, elements, encoding: decoded.encoding, kind: 'html', warnings: charsetWarnings(decoded) };
}

/** The page's Article, with the warnings loading it gave before those of the rules. */
export function articleOf(loaded: LoadedPage): Article {
  const article = extractArticle(loaded.page);
  return loaded.warnings.length ? { ...article, warnings: [...loaded.warnings, ...article.warnings] } : article;
}

/** A saved file's text, line for line (no HTML parsing), with the same checks as loadFile. */
export async function loadText(path: string): Promise<Decoded> {
  return textOf(await readPageFile(path), path);
}

/** Bytes as text, line for line, with the same checks as loadBytes. */
export function textOf(bytes: Uint8Array, name: string): Decoded {
  return readable(name, decodeTextBytes(checkedBytes(bytes, name)));
}

function charsetWarnings(decoded: Decoded): Warning[] {
  if (!decoded.declared) return [];
  return [
    {
      kind: 'charset',
      message: `the page declares ${decoded.declared} but is written in ${decoded.encoding}: read as ${decoded.encoding} (a browser would show it garbled)`,
    },
  ];
}

/** The bytes of a page, without the NUL bytes some tools pad a saved file with; refused when they hold no page. */
function checkedBytes(bytes: Uint8Array, name: string): Uint8Array {
  if (bytes.length > MAX_FILE_BYTES) throw new CliError(tooLarge(name, bytes.length));
  if (bytes.length === 0) throw new CliError(`${name} is empty`);
  let end = bytes.length;
  // UTF-16 ends its last ASCII character with a NUL byte: no padding to strip there.
  if (!isUtf16WithBom(bytes)) while (end > 0 && bytes[end - 1] === 0) end--;
  const page = bytes.subarray(0, end);
  if (page.length === 0 || isBinary(page))
    throw new CliError(`${name} is not a text or HTML file (it holds binary data)`);
  return page;
}

/** A guessed decoding that yields no Chinese text means the encoding is unknown: say so rather than print mojibake. */
function readable(name: string, decoded: Decoded): Decoded {
  if (
    decoded.by === 'detected' &&
    decoded.encoding !== 'utf-8' &&
    plausibility(decoded.text) < MIN_GUESSED_PLAUSIBILITY
  ) {
    throw new CliError(`${name}: unknown text encoding (not UTF-8, and not Chinese text in GBK/GB18030 or Big5)`);
  }
  return decoded;
}

/** NUL bytes never occur in text pages (UTF-16 with a BOM aside); they mark images, archives, executables. */
function isBinary(bytes: Uint8Array): boolean {
  if (isUtf16WithBom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control > sample.length * 0.1;
}

function isUtf16WithBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  return LOOKS_LIKE_HTML.test(head);
}
