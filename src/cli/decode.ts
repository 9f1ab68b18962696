/**
 * Bytes → text the way a browser picks the encoding of a saved page: a byte-order mark first, then a charset
 * declared near the top (<meta charset>, <meta http-equiv="Content-Type">, a CleanEval `<text encoding=…>` wrapper;
 * declarations inside comments do not count), then detection. Chinese pages of the gb2312 era often declare nothing,
 * or declare wrongly; detection tells UTF-8 from GB18030 and Big5 by which decoding reads as plausible Chinese.
 *
 * One trap is particular to saved pages: a page re-saved as UTF-8 keeps its old `charset=gb2312`. A browser shows
 * such a file as mojibake; when the bytes are valid UTF-8 and read as more plausible Chinese that way, they are
 * read as UTF-8, and `declared` tells the caller the page says otherwise.
 */

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used (`utf-8`, `gb18030`, `big5`, `windows-1252`, `utf-16le`…). */
  encoding: string;
  /** Where the choice came from. */
  by: 'bom' | 'declared' | 'detected';
  /** The encoding the page declares, when its bytes were read in another one. */
  declared?: string;
}

/** How far into the file a charset declaration is looked for (browsers use 1024 bytes; old pages put it later). */
const PRESCAN_BYTES = 4096;

/** WHATWG labels of the encodings Chinese pages use, mapped to the decoder a browser would run. */
const LABELS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // The WHATWG GBK decoder is the gb18030 decoder: gb2312 and gbk pages decode as gb18030.
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  gb_2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  'x-euc-cn': 'gb18030',
  'euc-cn': 'gb18030',
  hz: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'cn-big5': 'big5',
  'x-x-big5': 'big5',
  csbig5: 'big5',
  // A page cannot declare itself UTF-16 from inside; browsers read such a declaration as UTF-8.
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  unicode: 'utf-8',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
  shift_jis: 'shift_jis',
  'euc-jp': 'euc-jp',
  'euc-kr': 'euc-kr',
};

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const DECLARATION =
  /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<text\b[^>]*?\bencoding\s*=\s*["']?([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/gi;

/** Characters that make up a large share of any Chinese text, in both scripts. */
const COMMON_HAN = new Set(
  Array.from(
    '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出也得里裡后後自会會着著能年生对對发發成部民可经經主下于於行作工方日事过過同用么麼所新当當面前去还還学學进進种種将將市公都业業会',
  ),
);

/** `transportCharset`: the charset a server sent in Content-Type, which a browser takes before the page's own. */
export function decodeHtmlBytes(bytes: Uint8Array, transportCharset?: string): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom, { ignoreBOM: false }).decode(bytes), encoding: bom, by: 'bom' };

  const declared = (transportCharset && encodingForLabel(transportCharset)) || declaredEncoding(bytes);
  if (declared) {
    const strict = tryDecode(bytes, declared);
    if (strict !== null && declared !== 'utf-8' && !isAscii(bytes)) {
      const utf8 = tryDecode(bytes, 'utf-8');
      if (utf8 !== null && plausibility(utf8) >= plausibility(strict))
        return { text: utf8, encoding: 'utf-8', by: 'detected', declared };
    }
    if (strict !== null) return { text: strict, encoding: declared, by: 'declared' };
    // The declaration is wrong for these bytes: a browser would show mojibake; recover when another decoding is clean.
    const detected = detect(bytes);
    if (detected.clean && detected.encoding !== declared)
      return { text: detected.text, encoding: detected.encoding, by: 'detected', declared };
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared, by: 'declared' };
  }
  const detected = detect(bytes);
  return { text: detected.text, encoding: detected.encoding, by: 'detected' };
}

/** Plain text files: BOM, else UTF-8 when valid, else the more plausible Chinese legacy encoding. */
export function decodeTextBytes(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, by: 'bom' };
  const detected = detect(bytes);
  return { text: detected.text, encoding: detected.encoding, by: 'detected' };
}

/** Normalise an encoding label the way a browser does; null for labels we do not decode. */
export function encodingForLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (LABELS[key]) return LABELS[key]!;
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT, '');
  DECLARATION.lastIndex = 0;
  for (let match = DECLARATION.exec(head); match; match = DECLARATION.exec(head)) {
    const label = match[1] ?? match[2] ?? match[3];
    const encoding = label ? encodingForLabel(label) : null;
    if (encoding) return encoding;
  }
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function detect(bytes: Uint8Array): { text: string; encoding: string; clean: boolean } {
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', clean: true };
  let best: { text: string; encoding: string; clean: boolean; score: number } | null = null;
  for (const encoding of ['gb18030', 'big5']) {
    const strict = tryDecode(bytes, encoding);
    const text = strict ?? new TextDecoder(encoding).decode(bytes);
    const score = plausibility(text);
    if (!best || score > best.score) best = { text, encoding, clean: strict !== null, score };
  }
  return best!;
}

/** Share of common Chinese characters among all non-ASCII characters, less a penalty for undecodable bytes. */
export function plausibility(text: string): number {
  let common = 0;
  let nonAscii = 0;
  let broken = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) broken++;
    else if (COMMON_HAN.has(char)) common++;
  }
  return nonAscii ? (common - 2 * broken) / nonAscii : 0;
}
