import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const seed = 'seeds/000_128e2749746ac842.txt';
const url = 'http://www.sc.gov.cn/10462/10464/10797/2020/2/1/a.shtml';

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', 'cite', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('qingdu cite', { timeout: 180_000 }, () => {
  it('prints the GB/T 7714 citation of seed 000 from the extraction pipeline', async () => {
    const { code, stdout, stderr } = await cli('--style', 'gbt7714', seed, '--url', url, '--accessed', '2026-11-29');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[2026-11-29]. ${url}.\n`);
  });

  it('prints CSL-JSON that parses back to the record', async () => {
    const { code, stdout } = await cli('--style', 'csl-json', seed, '--url', url, '--accessed', '2026-11-29');
    expect(code).toBe(0);
    const [item] = JSON.parse(stdout);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: '依靠群众打赢疫情防控阻击战',
      'container-title': '四川日报',
      editor: [{ literal: '雷晓琦' }],
      issued: { 'date-parts': [[2020, 2, 1]] },
      accessed: { 'date-parts': [[2026, 11, 29]] },
      URL: url,
    });
    expect(item.author).toBeUndefined();
  });

  it('prints BibTeX and RIS records', async () => {
    const [bibtex, ris] = await Promise.all([
      cli('--style', 'bibtex', seed, '--url', url, '--accessed', '2026-11-29'),
      cli('--style', 'ris', seed, '--url', url, '--accessed', '2026-11-29'),
    ]);
    expect(bibtex.stdout).toMatch(/^@article\{sc2020_[0-9a-f]{6},\n/);
    expect(bibtex.stdout).toContain('journal = {四川日报}');
    expect(ris.stdout.startsWith('TY  - NEWS\n')).toBe(true);
    expect(ris.stdout).toContain('Y2  - 2026/11/29\n');
  });

  it('cites a saved HTML page of a provincial daily with its hand-checked reporter and date', async () => {
    const dir = 'tests/corpus/ia-9890f458';
    const truth = JSON.parse(readFileSync(`${dir}/truth.json`, 'utf8')) as { author: string; date: string };
    const { code, stdout } = await cli(
      '--style',
      'gbt7714',
      `${dir}/page.html`,
      '--url',
      url,
      '--accessed',
      '2026-11-29',
    );
    expect(code).toBe(0);
    expect(stdout.startsWith(`${truth.author}. `)).toBe(true);
    expect(stdout).toContain(`[N/OL]. 云南日报, ${truth.date.slice(0, 10)}[2026-11-29]. ${url}.`);
  });

  it('dates the access today on the local calendar when --accessed is not given', async () => {
    const before = localDay(new Date());
    const { code, stdout } = await cli('--style', 'gbt7714', seed, '--url', url);
    const after = localDay(new Date());
    expect(code).toBe(0);
    expect([before, after].some((day) => stdout.includes(`[${day}]`))).toBe(true);
  });

  it('rejects bad arguments with one clear line and no output', async () => {
    const [noUrl, badDay, badStyle, noFile, noSuchFile] = await Promise.all([
      cli('--style', 'apa', seed),
      cli('--style', 'apa', seed, '--url', url, '--accessed', '2023-02-30'),
      cli('--style', 'harvard', seed, '--url', url),
      cli('--style', 'apa', '--url', url),
      cli('--style', 'apa', 'seeds/no-such-page.txt', '--url', url),
    ]);
    expect(noUrl).toMatchObject({ code: 2, stdout: '' });
    expect(noUrl.stderr).toMatch(/^qingdu cite: --url URL is required/);
    expect(badDay).toMatchObject({ code: 2, stdout: '' });
    expect(badDay.stderr).toContain('--accessed must be a date as YYYY-MM-DD, got "2023-02-30"');
    expect(badStyle).toMatchObject({ code: 2, stdout: '' });
    expect(badStyle.stderr).toContain(
      'unknown style "harvard": use one of gbt7714, apa, mla, chicago, csl-json, bibtex, ris',
    );
    expect(noFile.stderr).toContain('no file given');
    expect(noSuchFile.code).not.toBe(0);
    expect(noSuchFile.stderr).toContain('seeds/no-such-page.txt');
    for (const run of [noUrl, badDay, badStyle, noFile, noSuchFile])
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
