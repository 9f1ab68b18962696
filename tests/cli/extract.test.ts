import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../paths';

const root = REPO_ROOT;
const seed = (id: string) => join(root, 'seeds', id);

function cli(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'extract', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('qingdu extract (as a process)', () => {
  it('prints title, a metadata line and paragraphs separated by blank lines', () => {
    const { code, stdout, stderr } = cli(seed('000_128e2749746ac842.txt'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('依靠群众打赢疫情防控阻击战');
    expect(lines[1]).toContain('2020-02-01T07:55+08:00');
    expect(lines[1]).toContain('四川日报');
    expect(lines[1]).toContain('雷晓琦');
    expect(lines[2]).toBe('');
    const paragraphs = stdout.split('\n\n').slice(1);
    expect(paragraphs).toHaveLength(5);
    expect(stdout).not.toContain('扫一扫');
  });

  it('--json prints exactly one object with exactly the agreed keys', () => {
    const { code, stdout } = cli(seed('003_c4c1a0ded7319f91.txt'), '--json', '--url', 'https://example.cn/a.html');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'title',
      'subtitle',
      'date',
      'source',
      'editor',
      'author',
      'reviewer',
      'site',
      'script',
      'text',
      'slogans',
      'warnings',
      'evidence',
    ]);
    expect(json.evidence.reviewer).toMatchObject({ from: 'text', how: '编审', rule: 'byline' });
    expect(json.reviewer).toBe('陈渊');
    expect(json.text.split('\n\n')).toHaveLength(9);
    expect(Array.isArray(json.slogans)).toBe(true);
    expect(json.warnings).toEqual([]);
  });

  it('reads HTML pages too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-extract-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<!doctype html><html><head><meta charset="utf-8"><title>市政府召开常务会议_某某市人民政府</title>' +
        '<meta name="PubDate" content="2021-03-04 10:20"><meta name="ContentSource" content="某某日报"></head><body>' +
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div><h1>市政府召开常务会议</h1>' +
        '<p>3月3日，市政府召开第十次常务会议，研究部署春季农业生产和安全生产工作，会议听取了有关部门的工作汇报。</p>' +
        '<p>会议强调，各级各部门要压实责任，抓好落实，确保各项工作取得实效，为全年目标任务打下坚实基础。</p>' +
        '<div class="footer">某某市人民政府 版权所有</div></body></html>',
    );
    const { code, stdout } = cli(file, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.title).toBe('市政府召开常务会议');
    expect(json.date).toBe('2021-03-04T10:20+08:00');
    expect(json.source).toBe('某某日报');
    expect(json.site).toBe('某某市人民政府');
    expect(json.text.split('\n\n')).toHaveLength(2);
    expect(json.text).not.toContain('首页');
  });

  it('--format markdown prints YAML front matter a YAML reader reads back, then the article in Markdown', () => {
    const url = 'https://www.example.gov.cn/a.html?id=1#top';
    const { code, stdout, stderr } = cli(
      join(root, 'tests/fixtures/seeds/003.html'),
      '--format',
      'markdown',
      '--url',
      url,
      '--accessed',
      '2026-11-29',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(stdout) ?? [];
    const front = parse(yaml ?? '');
    expect(Object.keys(front)).toEqual(['title', 'date', 'source', 'editor', 'url', 'accessed', 'slogans']);
    expect(front).toMatchObject({
      title: '李乐成强调:凝聚人民群众精气神 打赢疫情防控主动仗',
      date: '2020-02-02T09:05+08:00',
      source: '襄阳日报',
      editor: '邓植元',
      url,
      accessed: '2026-11-29',
    });
    expect(front.slogans).toContain('非必要不出门');
    expect(body!.split('\n\n')[0]).toBe('# 李乐成强调:凝聚人民群众精气神 打赢疫情防控主动仗');
    expect(body).toContain('\n\n2月1日上午,市委书记李乐成主持');
  });

  const errors: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(root, 'seeds', 'missing.txt')], /no such file/],
    ['a directory', () => [join(root, 'seeds')], /directory/],
    ['an empty file', () => [write('empty.txt', '')], /empty/],
    [
      'a page with no article',
      () => [write('junk.txt', '扫一扫在手机打开当前页\n微信\n微博\n版权所有 ICP备12345号\n')],
      /no article/,
    ],
    ['no file at all', () => [], /usage/],
    ['an unknown format', () => [seed('000_128e2749746ac842.txt'), '--format', 'md'], /--format must be one of/],
    [
      'an impossible access date',
      () => [seed('000_128e2749746ac842.txt'), '--format', 'markdown', '--accessed', '2023-02-30'],
      /YYYY-MM-DD/,
    ],
  ];
  for (const [what, args, message] of errors) {
    it(`reports ${what} on one stderr line with a non-zero exit`, () => {
      const { code, stdout, stderr } = cli(...args());
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }
});

function write(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qingdu-extract-')), name);
  writeFileSync(file, text);
  return file;
}
