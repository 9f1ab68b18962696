import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const root = REPO_ROOT;
const dir = mkdtempSync(join(tmpdir(), 'qingdu-convert-'));

function cli(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'convert', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('qingdu convert (as a process)', () => {
  it('converts traditional to simplified line for line, keeping line endings and English quotes', () => {
    const path = file('trad.txt', '頭髮很長。\r\n\n為賦新詞強說愁\nIt’s “quoted”, ‘single’.\n最後一行');
    const { code, stdout, stderr } = cli('--to', 'hans', path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('头发很长。\r\n\n为赋新词强说愁\nIt’s “quoted”, ‘single’.\n最后一行');
  });

  it('detects the source script and converts simplified to Taiwan phrasing', () => {
    const path = file('simp.txt', '鼠标和软件\n头发\n');
    expect(cli('--to', 'twp', path).stdout).toBe('滑鼠和軟體\n頭髮\n');
    expect(cli('--to', 'tw', '--from', 'hans', path).stdout).toBe('鼠標和軟件\n頭髮\n');
  });

  it('converts between traditional variants', () => {
    const path = file('hant.txt', '爲什麼\n');
    expect(cli('--from', 'hant', '--to', 'tw', path).stdout).toBe('為什麼\n');
  });

  it('converts a seed page whole, one output line per input line', () => {
    const seed = join(root, 'seeds', '001_f44656cb4efbb886.txt');
    const input = readFileSync(seed, 'utf8');
    const { code, stdout } = cli('--to', 'hans', seed);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toHaveLength(input.split('\n').length);
    expect(stdout).not.toBe(input);
  });

  it('decodes GBK files', () => {
    const gbk = Buffer.from([0xcd, 0xb7, 0xb7, 0xa2, 0x0a]); // 头发\n in GBK
    expect(cli('--to', 'hant', file('gbk.txt', gbk)).stdout).toBe('頭髮\n');
  });

  it('rejects bad arguments and missing files with one clear line', () => {
    const path = file('x.txt', '中文\n');
    const cases: [string[], RegExp, number][] = [
      [[path], /--to is required/, 2],
      [['--to', 'jp', path], /--to must be one of hans, hant, tw, twp, hk/, 2],
      [['--from', 'xx', '--to', 'hans', path], /--from must be one of auto/, 2],
      [['--to', 'hans'], /no file given/, 2],
      [['--to', 'hans', path, path], /one file at a time/, 2],
      [['--to', 'hans', '--bogus', '1', path], /unknown option --bogus/, 2],
      [['--to', 'hans', join(dir, 'missing.txt')], /no such file/, 1],
      [['--to', 'hans', dir], /is a directory/, 1],
    ];
    for (const [args, message, exit] of cases) {
      const { code, stdout, stderr } = cli(...args);
      expect(stderr, args.join(' ')).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
      expect(code).toBe(exit);
    }
  });
});
