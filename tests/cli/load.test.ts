import { chmod, mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/cli/load';
import { CliError } from '../../src/cli/io';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingdu-load-'));
});

describe('loadFile', () => {
  it('loads a seed text page through the text adapter', async () => {
    const loaded = await loadFile('seeds/000_128e2749746ac842.txt', 'https://www.sc.gov.cn/x.html');
    expect(loaded.kind).toBe('text');
    expect(loaded.elements).toBeNull();
    expect(loaded.encoding).toBe('utf-8');
    expect(loaded.page.meta.url).toBe('https://www.sc.gov.cn/x.html');
    expect(loaded.page.blocks.some((b) => b.text === '依靠群众打赢疫情防控阻击战')).toBe(true);
  });

  it('decodes a gb2312 corpus page and parses it into blocks with their elements, leaving the file as it was', async () => {
    const path = 'tests/corpus/ia-05e98007/page.html';
    const before = await readFile(path);
    const loaded = await loadFile(path);
    expect(loaded).toMatchObject({ kind: 'html', encoding: 'gb18030' });
    expect(loaded.elements).toHaveLength(loaded.page.blocks.length);
    expect(loaded.page.meta.url).toBe('http://cdp1998.org/details.asp?detailsid=2359');
    expect(loaded.page.meta.documentTitle).toBe('谢谢您访问〖关注中国中心〗');
    expect(loaded.page.blocks.map((b) => b.text).join('')).toContain(
      '一九八九年四月，我在湖南张家界开一个全省教学研究',
    );
    expect(await readFile(path)).toEqual(before);
  });

  it('treats content that looks like HTML as HTML whatever its extension', async () => {
    const path = join(dir, 'page.dat');
    await writeFile(path, '<!DOCTYPE html><html><body><p>正文。</p></body></html>');
    const loaded = await loadFile(path);
    expect(loaded.kind).toBe('html');
    expect(loaded.page.blocks.map((b) => b.text)).toEqual(['正文。']);
    const txt = join(dir, 'page.txt');
    await writeFile(txt, '<p>写在文本文件里的标记</p>');
    expect((await loadFile(txt)).kind).toBe('text');
  });

  it('reports bad input as a clear CliError', async () => {
    const empty = join(dir, 'empty.html');
    await writeFile(empty, '');
    const binary = join(dir, 'image.html');
    await writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const sub = join(dir, 'folder.html');
    await mkdir(sub);
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.html'), /no such file/],
      [sub, /is a directory/],
      [empty, /is empty/],
      [binary, /binary/],
    ];
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.html');
      await writeFile(locked, '<p>x</p>');
      await chmod(locked, 0o000);
      cases.push([locked, /permission denied/]);
    }
    for (const [path, message] of cases) {
      const error = await loadFile(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toMatch(message);
    }
  });
});
