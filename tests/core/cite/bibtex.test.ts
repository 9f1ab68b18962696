import { describe, expect, it } from 'vitest';
import { articleToCsl, formatCitation, type CslItem } from '../../../src/core/cite/index';
import { accessedDay, gbtNewspaperExample, gbtUndatedExample, seed000, seedUrl } from './fixtures';

const bib = (item: CslItem) => formatCitation(item, 'bibtex');
/** The entry's citation key: what follows `@type{` on its first line. */
const keyOf = (item: CslItem) => /^@\w+\{([^,\n]*),/.exec(bib(item))![1]!;

/** Every `{` in a BibTeX value must be matched, or the rest of the file is swallowed. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('BibTeX', () => {
  it('writes a newspaper article as @article with the paper as journal and the CJK author braced whole', () => {
    expect(bib(gbtNewspaperExample)).toBe(
      [
        '@article{people2013_c55338,',
        '  author = {{余建斌}},',
        '  title = {{我们的科技一直在追赶：访中国工程院院长周济}},',
        '  journal = {人民日报},',
        '  date = {2013-01-12},',
        '  year = {2013},',
        '  pages = {2},',
        '  url = {http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm},',
        '  urldate = {2013-03-20},',
        '  langid = {chinese}',
        '}',
      ].join('\n'),
    );
  });

  it('writes other pages as @online with no date fields when undated', () => {
    const text = bib(gbtUndatedExample);
    expect(text).toMatch(/^@online\{onlinend_[0-9a-f]{6},\n/);
    expect(text).not.toMatch(/\b(?:date|year) =/);
    expect(text).toContain('urldate = {2000-01-08}');
  });

  it('writes unsigned seed 000 without an author field', () => {
    const text = bib(articleToCsl(seed000, { url: seedUrl, accessed: accessedDay }));
    expect(text).not.toContain('author =');
    expect(text).toContain('journal = {四川日报}');
  });

  it('escapes every TeX special character in values', () => {
    expect(bib({ ...gbtNewspaperExample, title: 'R&D 100% $5 #1 a_b {x} \\ ^ ~' })).toContain(
      'title = {{R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textbackslash{} \\textasciicircum{} \\textasciitilde{}}}',
    );
    const text = bib({
      ...gbtNewspaperExample,
      title: '50% of {R&D}_x } \\',
      author: [{ family: 'O}Brien', given: 'J_' }],
    });
    expect(text).toContain('title = {{50\\% of \\{R\\&D\\}\\_x \\} \\textbackslash{}}}');
    expect(text).toContain('author = {O\\}Brien, J\\_}');
    expect(bracesBalance(text)).toBe(true);
  });

  it('keeps a URL verbatim except for characters that would break the braces', () => {
    const text = bib({ ...gbtNewspaperExample, URL: 'http://a.cn/p?x=1&y=%E4}{' });
    expect(text).toContain('url = {http://a.cn/p?x=1&y=%E4%7D%7B}');
    expect(bracesBalance(text)).toBe(true);
  });

  it('collapses line breaks so a value stays on its line', () => {
    expect(bib({ ...gbtNewspaperExample, title: 'a\nb\r\nc' })).toContain('title = {{a b c}}');
  });

  it('makes a stable ASCII key from author, year and title', () => {
    const key = keyOf(gbtNewspaperExample);
    expect(key).toMatch(/^[a-z]+\d{4}_[0-9a-f]{6}$/);
    expect(keyOf({ ...gbtNewspaperExample })).toBe(key);
    expect(keyOf({ ...gbtNewspaperExample, title: '另一篇' })).not.toBe(key);
    expect(keyOf({ ...gbtNewspaperExample, author: [{ family: 'Müller', given: 'Jan' }] })).toMatch(/^muller2013_/);
    expect(keyOf({ ...gbtNewspaperExample, issued: undefined })).toMatch(/^peoplend_/);
  });
});
