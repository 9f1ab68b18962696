/** The CLI on input it cannot use: a clear message on stderr, a non-zero exit, nothing on stdout, the input untouched. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/cli/page-files';
import { REPO_ROOT } from '../paths';

const root = REPO_ROOT;
let dir: string;

function cli(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fingerprint(path: string): { mtimeMs: number; size: number; sha: string } {
  const info = statSync(path);
  return {
    mtimeMs: info.mtimeMs,
    size: info.size,
    sha: info.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : '',
  };
}

const PNG_HEADER = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

interface BadCase {
  name: string;
  make(): string;
  message: RegExp;
}

const cases: BadCase[] = [
  {
    name: 'a binary file (an image saved as .html)',
    make: () => {
      const path = join(dir, 'photo.html');
      writeFileSync(path, Buffer.concat([PNG_HEADER, Buffer.alloc(4096, 7)]));
      return path;
    },
    message: /not a text or HTML file/,
  },
  {
    name: 'an empty file',
    make: () => {
      const path = join(dir, 'empty.txt');
      writeFileSync(path, '');
      return path;
    },
    message: /is empty/,
  },
  {
    name: 'a file over the size limit',
    make: () => {
      const path = join(dir, 'huge.html');
      writeFileSync(path, '<html><body><p>新闻</p>');
      truncateSync(path, MAX_FILE_BYTES + 1);
      return path;
    },
    message: /too large/,
  },
  {
    name: 'Latin-1 text (no Chinese in any encoding)',
    make: () => {
      const path = join(dir, 'latin1.txt');
      writeFileSync(path, Buffer.from('Café résumé naïve — déjà vu. '.repeat(40), 'latin1'));
      return path;
    },
    message: /unknown text encoding/,
  },
  {
    name: 'Shift_JIS text (valid GBK bytes, but not Chinese)',
    make: () => {
      const path = join(dir, 'sjis.txt');
      // 日本語のテキストです。 in Shift_JIS
      const sjis = Buffer.from('93fa967b8cea82cc8365834c8358836782c582b78142', 'hex');
      writeFileSync(path, Buffer.concat(Array.from({ length: 60 }, () => sjis)));
      return path;
    },
    message: /unknown text encoding/,
  },
  {
    name: 'UTF-16 without a byte order mark',
    make: () => {
      const path = join(dir, 'utf16.txt');
      writeFileSync(path, Buffer.from('中文新闻报道'.repeat(50), 'utf16le'));
      return path;
    },
    message: /unknown text encoding|not a text or HTML file/,
  },
  {
    name: 'a missing file',
    make: () => join(dir, 'no-such-page.html'),
    message: /no such file/,
  },
  {
    name: 'a directory',
    make: () => {
      const path = join(dir, 'saved-pages.html');
      mkdirSync(path, { recursive: true });
      return path;
    },
    message: /is a directory/,
  },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdu-bad-input-'));
});

afterAll(() => {
  // Leave the temp dir to the OS; chmod back anything made unreadable.
  try {
    chmodSync(join(dir, 'locked.txt'), 0o644);
  } catch {
    /* not created */
  }
});

// extract and cite share one loader; convert reads text its own way. Each process takes a second or two, so cite runs
// the cases that reach the loader through its own argument handling only.
const runs: [string, BadCase[]][] = [
  ['extract', cases],
  ['convert --to hans', cases],
  [
    'cite --style apa --url https://example.cn/a.html',
    cases.filter((c) => /binary|missing|encoding/.test(c.name)).slice(0, 3),
  ],
];

describe.each(runs)('qingdu %s on bad input', (command, commandCases) => {
  it.each(commandCases.map((c) => [c.name, c] as const))(
    '%s: clear message, non-zero exit, input untouched',
    (_name, badCase) => {
      const path = badCase.make();
      const before = statSafe(path);
      const args = command.split(' ');
      const { code, stdout, stderr } = cli(...args.slice(0, 1), ...args.slice(1), path);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(badCase.message);
      expect(stderr).toContain(path);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
      expect(statSafe(path)).toEqual(before);
    },
  );
});

describe('unreadable input', () => {
  it.skipIf(process.getuid?.() === 0)('a file without read permission', () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, '新闻');
    chmodSync(path, 0o000);
    const { code, stdout, stderr } = cli('extract', path);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/permission denied/);
  });
});

describe('good input next to the bad', () => {
  it('a GBK text file without a declaration is still read (the encoding check does not reject real pages)', () => {
    const path = join(dir, 'gbk.txt');
    // 新华社北京电（记者王明）国务院总理今天在人民大会堂会见了来访的代表团。 in GBK
    writeFileSync(
      path,
      Buffer.from(
        'd0c2bbaac9e7b1b1bea9b5e7a3a8bcc7d5dfcdf5c3f7a3a9b9facef1d4bad7dcc0edbdf1ccecd4dac8cbc3f1b4f3bbe1ccc3bbe1bcfbc1cbc0b4b7c3b5c4b4fab1edcdc5a1a30a',
        'hex',
      ),
    );
    const { code, stdout, stderr } = cli('extract', path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('人民大会堂');
  });
});

function statSafe(path: string): ReturnType<typeof fingerprint> | null {
  try {
    return fingerprint(path);
  } catch {
    return null;
  }
}
