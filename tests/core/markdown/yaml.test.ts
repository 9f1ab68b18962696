import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter, yamlString } from '../../../src/core/markdown/yaml';

/** The front matter as a YAML reader reads it (the text between the fences), in YAML 1.2 and in YAML 1.1. */
function read(text: string, version: '1.1' | '1.2' = '1.2'): unknown {
  const match = /^---\n([\s\S]*?)---\n$/.exec(text);
  if (!match) throw new Error(`not fenced front matter: ${text}`);
  return parse(match[1]!, { version });
}

describe('yamlString', () => {
  it('reads back exactly: quotes, colons, comment marks, line breaks, tabs, backslashes', () => {
    const values = [
      '标题: 副题',
      '“引号”与 "quotes" 与 \'apostrophes\'',
      'a #not-a-comment',
      '第一行\n第二行\r\n第三行',
      'tab\there',
      'C:\\path\\file',
      '- looks like a list',
      '? looks like a key',
      '@at `tick` &anchor *alias !tag %directive |block >folded',
      'yes',
      'null',
      '2020-02-01',
      '',
      '   spaces around   ',
      '\u2028line separator\u2029paragraph separator\u0085next line',
      'bell\u0007 escape\u001b delete\u007f bom\ufeff',
      '𠮷 astral',
    ];
    for (const value of values) {
      for (const version of ['1.1', '1.2'] as const)
        expect(read(frontMatter([['v', value || ' ']]), version)).toEqual({ v: value || ' ' });
      expect(parse(`v: ${yamlString(value)}`)).toEqual({ v: value });
    }
  });

  it('writes every string on one line', () => {
    expect(yamlString('a\nb')).toBe('"a\\nb"');
    expect(yamlString('say "hi"')).toBe('"say \\"hi\\""');
    expect(yamlString('\u2028')).toBe('"\\u2028"');
  });

  it('reads back any text, lone surrogates aside', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const wellFormed = text.replace(/[\ud800-\udfff]/gu, '\ufffd');
        expect(parse(`v: ${yamlString(text)}`)).toEqual({ v: wellFormed });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('frontMatter', () => {
  it('keeps the keys in order, leaves out what is unknown, writes dates plain and lists as sequences', () => {
    const text = frontMatter([
      ['title', '依靠群众: 打赢 "阻击战"'],
      ['date', { date: '2020-02-01T07:55+08:00' }],
      ['source', null],
      ['editor', ''],
      ['url', 'https://example.cn/a.html#p2'],
      ['accessed', { date: '2024-05-06' }],
      ['slogans', ['联防联控、群防群控', '“四个意识”']],
      ['tags', []],
    ]);
    expect(text).toBe(
      [
        '---',
        'title: "依靠群众: 打赢 \\"阻击战\\""',
        'date: 2020-02-01T07:55+08:00',
        'url: "https://example.cn/a.html#p2"',
        'accessed: 2024-05-06',
        'slogans:',
        '  - "联防联控、群防群控"',
        '  - "“四个意识”"',
        '---',
        '',
      ].join('\n'),
    );
    expect(read(text)).toEqual({
      title: '依靠群众: 打赢 "阻击战"',
      date: '2020-02-01T07:55+08:00',
      url: 'https://example.cn/a.html#p2',
      accessed: '2024-05-06',
      slogans: ['联防联控、群防群控', '“四个意识”'],
    });
  });

  it('quotes a date that is not in the plain shape', () => {
    expect(frontMatter([['date', { date: '2020年2月1日: 上午' }]])).toBe('---\ndate: "2020年2月1日: 上午"\n---\n');
  });
});
