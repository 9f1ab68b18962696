import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, decodeTextBytes, encodingForLabel } from '../../src/cli/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Encode with a legacy encoding by reverse lookup (Node's TextEncoder only writes UTF-8). */
function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  const out: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) out.push(char.charCodeAt(0));
    else out.push(...table.get(char)!);
  }
  return new Uint8Array(out);
}

const SIMPLIFIED = '这是一个关于疫情防控工作的新闻报道，我们要坚持人民至上、生命至上，发展经济，保障民生。';
const TRADITIONAL = '這是一個關於疫情防控工作的新聞報道，我們要堅持人民至上、生命至上，發展經濟，保障民生。';

describe('decodeHtmlBytes', () => {
  it('honours a byte-order mark before anything else', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="gbk"><p>中文</p>')]);
    expect(decodeHtmlBytes(bytes)).toEqual({ text: '<meta charset="gbk"><p>中文</p>', encoding: 'utf-8', by: 'bom' });
    const le = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(decodeHtmlBytes(le).text).toBe('中文');
  });

  it('reads <meta charset> and http-equiv declarations; gb2312 and gbk decode as gb18030', () => {
    const body = encodeLegacy(SIMPLIFIED, 'gb18030');
    for (const head of [
      '<meta charset="gb2312">',
      '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
      "<meta charset='gb2312' />",
    ]) {
      const decoded = decodeHtmlBytes(new Uint8Array([...utf8(`<html><head>${head}</head><body>`), ...body]));
      expect(decoded.encoding).toBe('gb18030');
      expect(decoded.by).toBe('declared');
      expect(decoded.text).toContain(SIMPLIFIED);
    }
    const big5 = decodeHtmlBytes(
      new Uint8Array([...utf8('<meta charset="big5">'), ...encodeLegacy(TRADITIONAL, 'big5')]),
    );
    expect(big5).toMatchObject({ encoding: 'big5', by: 'declared' });
    expect(big5.text).toContain(TRADITIONAL);
  });

  it('reads the encoding attribute of a CleanEval <text> wrapper', () => {
    const decoded = decodeHtmlBytes(
      new Uint8Array([...utf8('<text id="http://a.cn/" encoding="gb2312">'), ...encodeLegacy(SIMPLIFIED, 'gb18030')]),
    );
    expect(decoded).toMatchObject({
      encoding: 'gb18030',
      by: 'declared',
      text: `<text id="http://a.cn/" encoding="gb2312">${SIMPLIFIED}`,
    });
  });

  it('detects UTF-8, GB18030 and Big5 when nothing is declared', () => {
    expect(decodeHtmlBytes(utf8(`<p>${SIMPLIFIED}</p>`))).toMatchObject({ encoding: 'utf-8', by: 'detected' });
    const gb = decodeHtmlBytes(new Uint8Array([...utf8('<p>'), ...encodeLegacy(SIMPLIFIED, 'gb18030')]));
    expect(gb).toMatchObject({ encoding: 'gb18030', by: 'detected', text: `<p>${SIMPLIFIED}` });
    const b5 = decodeHtmlBytes(new Uint8Array([...utf8('<p>'), ...encodeLegacy(TRADITIONAL, 'big5')]));
    expect(b5).toMatchObject({ encoding: 'big5', by: 'detected', text: `<p>${TRADITIONAL}` });
    // Traditional text saved as GBK (GBK has traditional characters too) still reads as GBK.
    const gbTraditional = decodeHtmlBytes(encodeLegacy(TRADITIONAL, 'gb18030'));
    expect(gbTraditional).toMatchObject({ encoding: 'gb18030', text: TRADITIONAL });
  });

  it('recovers from a declaration the bytes contradict', () => {
    const decoded = decodeHtmlBytes(
      new Uint8Array([...utf8('<meta charset="utf-8">'), ...encodeLegacy(SIMPLIFIED, 'gb18030')]),
    );
    expect(decoded).toMatchObject({ encoding: 'gb18030', by: 'detected' });
    expect(decoded.text).toContain(SIMPLIFIED);
  });

  it('reads a page re-saved as UTF-8 under its old legacy declaration as UTF-8, and says what it declared', () => {
    // These UTF-8 bytes are also valid GB18030 (mojibake), so the declared decoding alone does not fail.
    const sentence = '疫情防控工作取得积极成效';
    const page = utf8(`<html><head><meta charset="gb2312"></head><body><p>${sentence}</p></body></html>`);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(page)).not.toContain(sentence);
    const decoded = decodeHtmlBytes(page);
    expect(decoded).toMatchObject({ encoding: 'utf-8', by: 'detected', declared: 'gb18030' });
    expect(decoded.text).toContain(sentence);
    // A GBK page that happens to be valid UTF-8 nowhere stays GBK, with nothing to say.
    const gbk = decodeHtmlBytes(
      new Uint8Array([...utf8('<meta charset="gbk">'), ...encodeLegacy(SIMPLIFIED, 'gb18030')]),
    );
    expect(gbk).toEqual({ text: `<meta charset="gbk">${SIMPLIFIED}`, encoding: 'gb18030', by: 'declared' });
  });

  it('says what a page declared when its bytes are another encoding (the reverse trap)', () => {
    const decoded = decodeHtmlBytes(
      new Uint8Array([...utf8('<meta charset="utf-8">'), ...encodeLegacy(SIMPLIFIED, 'gb18030')]),
    );
    expect(decoded).toMatchObject({ encoding: 'gb18030', by: 'detected', declared: 'utf-8' });
  });

  it('ignores a declaration inside a comment', () => {
    const bytes = new Uint8Array([
      ...utf8('<!-- <meta charset="big5"> --><meta charset="gbk">'),
      ...encodeLegacy(SIMPLIFIED, 'gb18030'),
    ]);
    expect(decodeHtmlBytes(bytes)).toMatchObject({ encoding: 'gb18030', by: 'declared' });
  });

  it('takes the charset a server sent before the page’s own declaration, after a byte-order mark', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="utf-8">'), ...encodeLegacy(TRADITIONAL, 'big5')]);
    expect(decodeHtmlBytes(bytes, 'big5')).toMatchObject({
      encoding: 'big5',
      by: 'declared',
      text: expect.stringContaining(TRADITIONAL),
    });
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SIMPLIFIED)]), 'gbk')).toMatchObject({
      encoding: 'utf-8',
      by: 'bom',
    });
    // An unknown label from the server is no declaration: the page's own counts.
    expect(decodeHtmlBytes(bytes, 'x-unknown')).toMatchObject({ encoding: 'big5', by: 'detected', declared: 'utf-8' });
  });

  it('ignores a declaration far past the top of the file', () => {
    const decoded = decodeHtmlBytes(utf8(`${' '.repeat(5000)}<meta charset="big5"><p>${SIMPLIFIED}</p>`));
    expect(decoded).toMatchObject({ encoding: 'utf-8', by: 'detected' });
  });
});

describe('decodeTextBytes / encodingForLabel', () => {
  it('decodes plain text as UTF-8 or a detected legacy encoding', () => {
    expect(decodeTextBytes(utf8(SIMPLIFIED))).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8' });
    expect(decodeTextBytes(encodeLegacy(SIMPLIFIED, 'gb18030'))).toMatchObject({
      text: SIMPLIFIED,
      encoding: 'gb18030',
    });
  });

  it('maps labels as browsers do', () => {
    expect(encodingForLabel(' GB2312 ')).toBe('gb18030');
    expect(encodingForLabel('x-gbk')).toBe('gb18030');
    expect(encodingForLabel('big5-hkscs')).toBe('big5');
    expect(encodingForLabel('utf-16')).toBe('utf-8');
    expect(encodingForLabel('iso-8859-1')).toBe('windows-1252');
    expect(encodingForLabel('no-such-encoding')).toBeNull();
  });
});
