/**
 * Batch mode: files, folders, paths on stdin and WARC archives (built here) give one JSON line a page; pages that
 * fail give `{path, error}` lines and the run goes on; worker threads give the same lines as one thread; the bin
 * entry runs from a clone.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch';
import { pageInputs } from '../../src/cli/inputs';
import { Progress } from '../../src/cli/progress';
import { REPO_ROOT } from '../paths';
import { buildWarc } from './warc-fixture';

const ARTICLE =
  '<html><head><meta charset="utf-8"><title>市政府召开常务会议</title></head><body><h1>市政府召开常务会议</h1>' +
  '<p>3月3日，市政府召开第十次常务会议，研究部署春季农业生产和安全生产工作，会议听取了有关部门的工作汇报。</p>' +
  '<p>会议强调，各级各部门要压实责任，抓好落实，确保各项工作取得实效，为全年目标任务打下坚实基础。</p></body></html>';
const TEXT_PAGE = `第二个页面\n\n${'这是一段纯文本的正文内容，讲述了会议的经过和结果。'.repeat(4)}\n`;
/** 国务院总理今天会见了来访的代表团。 in GBK, for a record whose charset only its HTTP header gives. */
const GBK_SENTENCE = Buffer.from('b9facef1d4bad7dcc0edbdf1ccecbbe1bcfbc1cbc0b4b7c3b5c4b4fab1edcdc5a1a3', 'hex');

let dir: string;
let archive: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdu-batch-'));
  mkdirSync(join(dir, 'pages', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'pages', 'a.html'), ARTICLE);
  writeFileSync(join(dir, 'pages', 'nested', 'b.txt'), TEXT_PAGE);
  writeFileSync(join(dir, 'pages', 'empty.html'), '');
  writeFileSync(join(dir, 'pages', 'nested', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(dir, 'pages', 'junk.html'), '<p>扫一扫</p>');
  const gbkPage = Buffer.concat([
    Buffer.from('<html><body><h1>会见</h1><p>'),
    Buffer.concat(Array.from({ length: 4 }, () => GBK_SENTENCE)),
    Buffer.from('</p></body></html>'),
  ]);
  const records = [
    { type: 'warcinfo', url: '' },
    { type: 'request', url: 'https://a.cn/1.html' },
    { type: 'response', url: 'https://a.cn/logo.png', contentType: 'image/png', body: new Uint8Array(5000).fill(7) },
    { type: 'response', url: 'https://a.cn/1.html', contentType: 'text/html; charset=utf-8', body: ARTICLE },
    { type: 'response', url: 'https://a.cn/gone.html', status: 'HTTP/1.1 404 Not Found', contentType: 'text/html' },
    { type: 'response', url: 'https://a.cn/gbk.html', contentType: 'text/html; charset=gbk', body: gbkPage },
    { type: 'resource', url: 'https://a.cn/2.txt', contentType: 'text/plain', body: TEXT_PAGE },
  ] as const;
  archive = join(dir, 'crawl.warc.gz');
  writeFileSync(archive, await buildWarc([...records], { gzip: true }));
  writeFileSync(join(dir, 'crawl.warc'), await buildWarc([...records], { gzip: false }));
  // An archive cut off halfway: its first records are read, then one error line.
  const whole = await buildWarc([...records], { gzip: true });
  writeFileSync(join(dir, 'cut.warc.gz'), whole.subarray(0, Math.floor(whole.length * 0.8)));
});

async function batchLines(args: string[], jobs = 1, stdin = ''): Promise<Record<string, unknown>[]> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  await runBatch({ command: 'extract' }, pageInputs(args, Readable.from([stdin])), { jobs, output });
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('runBatch over files, folders and stdin', () => {
  it('gives one line a page, in name order, and error lines for what cannot be read', async () => {
    const lines = await batchLines([join(dir, 'pages'), join(dir, 'missing.html')]);
    expect(lines.map((l) => [l.path, 'error' in l])).toEqual([
      [join(dir, 'pages', 'a.html'), false],
      [join(dir, 'pages', 'empty.html'), true],
      [join(dir, 'pages', 'junk.html'), true],
      [join(dir, 'pages', 'nested', 'b.txt'), false],
      [join(dir, 'missing.html'), true],
    ]);
    const [article, empty, junk, text, missing] = lines;
    expect(article).toMatchObject({ title: '市政府召开常务会议', script: 'hans' });
    expect(article!.text).toContain('第十次常务会议');
    expect(Object.keys(article!).slice(0, 2)).toEqual(['path', 'title']);
    expect(empty!.error).toMatch(/is empty/);
    expect(junk!.error).toBe('no article text found on this page');
    expect(text).toMatchObject({ title: '第二个页面' });
    expect(missing!.error).toMatch(/no such file/);
  });

  it('reads paths from stdin with -, skipping blank lines', async () => {
    const stdin = `${join(dir, 'pages', 'a.html')}\n\n${join(dir, 'pages', 'nested')}\n`;
    const lines = await batchLines(['-'], 1, stdin);
    expect(lines.map((l) => l.path)).toEqual([join(dir, 'pages', 'a.html'), join(dir, 'pages', 'nested', 'b.txt')]);
  });

  it('gives the same lines from worker threads as from one thread', async () => {
    const args = [join(dir, 'pages'), archive];
    const byPath = (lines: Record<string, unknown>[]) =>
      lines.map((l) => JSON.stringify(l)).sort((a, b) => (a < b ? -1 : 1));
    const one = await batchLines(args, 1);
    const three = await batchLines(args, 3);
    expect(three).toHaveLength(one.length);
    expect(byPath(three)).toEqual(byPath(one));
  });
});

describe('WARC archives', () => {
  it.each(['crawl.warc.gz', 'crawl.warc'])('%s: each successful HTML or text response is a page', async (name) => {
    const lines = await batchLines([join(dir, name)]);
    expect(lines.map((l) => l.url)).toEqual(['https://a.cn/1.html', 'https://a.cn/gbk.html', 'https://a.cn/2.txt']);
    for (const line of lines) {
      expect(line.path).toBe(join(dir, name));
      expect(line.record).toMatch(/^<urn:uuid:[0-9a-f-]+>$/);
      expect(line.error).toBeUndefined();
    }
    expect(lines[0]).toMatchObject({ title: '市政府召开常务会议' });
    // The charset came from the archived HTTP header only, as a browser would take it.
    expect(lines[1]!.text).toContain('国务院总理今天会见了来访的代表团。');
    expect(lines[2]).toMatchObject({ title: '第二个页面' });
  });

  it('reports an archive cut off midway as an error line after the pages it could read, and goes on', async () => {
    const lines = await batchLines([join(dir, 'cut.warc.gz'), join(dir, 'pages', 'a.html')]);
    const last = lines.at(-1)!;
    expect(last.path).toBe(join(dir, 'pages', 'a.html'));
    const cut = lines.slice(0, -1);
    expect(cut.at(-1)!.error).toMatch(
      /the WARC file is cut off or damaged; the pages before the damage were read \(unexpected end of file\)/,
    );
    expect(cut.filter((l) => !('error' in l)).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the progress line', () => {
  it('shows counts and rate, and a bar with the time left once the total is known', () => {
    const written: string[] = [];
    const progress = new Progress({ write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream);
    const started = Date.now();
    expect(progress.line({ pages: 10, errors: 1 }, started + 2000)).toMatch(/^10 pages, 1 errors, 5\.\d pages\/s$/);
    progress.total = 40;
    expect(progress.line({ pages: 10, errors: 1 }, started + 2000)).toMatch(
      /^\[#{7,8}\.{22,23}\] 25% 10\/40 pages, 1 errors, 5\.\d pages\/s, 6s left$/,
    );
    progress.finish({ pages: 40, errors: 1 });
    const last = written.at(-1)!;
    expect(last.startsWith('\r\u001b[K')).toBe(true);
    expect(last.slice(4)).toMatch(/^\[#{30}\] 100% 40\/40 pages.*\n$/);
  });
});

/** The bin entry, as `npx qingdu` runs it from a clone. */
function qingdu(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'qingdu.mjs'), ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('qingdu … --json on many pages (as a process, through the bin entry)', { timeout: 120_000 }, () => {
  it('extract streams JSON Lines from a folder and an archive with worker threads, quiet on stderr', async () => {
    const { code, stdout, stderr } = await qingdu(['extract', '--json', '--jobs', '2', 'pages', 'crawl.warc.gz']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(7);
    expect(
      lines
        .filter((l) => 'error' in l)
        .map((l) => l.path)
        .sort(),
    ).toEqual(['pages/empty.html', 'pages/junk.html']);
  });

  it('cite and convert take the same inputs', async () => {
    const cite = await qingdu(['cite', '--style', 'gbt7714', '--json', '--accessed', '2024-05-06', 'crawl.warc'], '');
    expect(cite.code).toBe(0);
    const citations = cite.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(citations[0]).toMatchObject({ url: 'https://a.cn/1.html' });
    expect(citations[0].citation).toContain('市政府召开常务会议');
    expect(citations[0].citation).toContain('[2024-05-06]');
    copyFileSync(join(REPO_ROOT, 'seeds', '001_f44656cb4efbb886.txt'), join(dir, 'trad.txt'));
    const convert = await qingdu(['convert', '--to', 'hans', '--json', '-'], 'trad.txt\npages/nested/b.txt\n');
    expect(convert.code).toBe(0);
    const [traditional, simplified] = convert.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(traditional.path).toBe('trad.txt');
    expect(traditional.text).not.toBe('');
    expect(simplified).toEqual({ path: 'pages/nested/b.txt', text: TEXT_PAGE });
  });

  it('puts what loading found wrong with a page in its warnings, one page or many', async () => {
    const fixture = join(REPO_ROOT, 'tests', 'fixtures', 'malformed', 'utf8-declared-gb2312.html');
    const charset = { kind: 'charset', message: expect.stringMatching(/declares gb18030 but is written in utf-8/) };
    const single = await qingdu(['extract', '--json', fixture]);
    expect(single.code).toBe(0);
    expect(JSON.parse(single.stdout).warnings).toEqual([charset]);
    const many = await qingdu(['extract', '--json', fixture, 'pages/a.html']);
    const [first, second] = many.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first.warnings).toEqual([charset]);
    expect(second.warnings).toEqual([]);
  });

  it('asks for --json before reading many pages, and refuses --url for them', async () => {
    const noJson = await qingdu(['extract', 'pages']);
    expect(noJson.code).toBe(1);
    expect(noJson.stdout).toBe('');
    expect(noJson.stderr).toMatch(/pages is a directory: add --json/);
    const url = await qingdu(['extract', '--json', '--url', 'https://a.cn/', 'pages']);
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/--url names one page/);
    const jobs = await qingdu(['extract', '--json', '--jobs', 'many', 'pages']);
    expect(jobs.stderr).toMatch(/--jobs must be a whole number/);
  });
});
