// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleToCsl,
  citationStyles,
  clipboardFlavours,
  formatCitation,
  type CslItem,
} from '../../../src/core/cite/index';
import { accessedDay, article, gbtNewspaperExample, gbtUndatedExample, seed000, seedUrl } from './fixtures';

const attack = '<img src=x onerror=alert(1)>';

/** Parse the html flavour the way a paste target would. */
function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('clipboardFlavours', () => {
  it('puts the paragraphs first and the citation last, in both flavours', () => {
    const item = articleToCsl(seed000, { url: seedUrl, accessed: accessedDay });
    const { text, html } = clipboardFlavours(['第一段。', '第二段。'], item, 'gbt7714');
    expect(text).toBe(`第一段。\n\n第二段。\n\n${formatCitation(item, 'gbt7714')}`);
    const paragraphs = [...parse(html).querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['第一段。', '第二段。', formatCitation(item, 'gbt7714')]);
  });

  it('italicises the paper and links the URL in the html citation', () => {
    const root = parse(clipboardFlavours([], gbtNewspaperExample, 'apa').html);
    expect(root.querySelector('i')?.textContent).toBe('人民日报');
    expect(root.querySelector('a')?.getAttribute('href')).toBe(gbtNewspaperExample.URL);
  });

  it.each(['gbt7714', 'apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'] as const)(
    'keeps markup in a paragraph and in the title inert text (%s)',
    (style) => {
      const item = articleToCsl(article({ title: `标题${attack}`, source: `报"'&` }), {
        url: seedUrl,
        accessed: accessedDay,
      });
      const { html, text } = clipboardFlavours([`正文${attack}`], item, style);
      expect(html).not.toContain('<img');
      const root = parse(html);
      expect(root.querySelector('img')).toBeNull();
      expect(root.querySelectorAll('[onerror]')).toHaveLength(0);
      expect(root.textContent).toContain(`正文${attack}`);
      expect(root.textContent).toContain(attack);
      expect(text).toContain(`正文${attack}`);
    },
  );

  it('italicises a web page’s own title in APA, and only the title', () => {
    const root = parse(clipboardFlavours([], gbtUndatedExample, 'apa').html);
    expect([...root.querySelectorAll('i')].map((i) => i.textContent)).toEqual(['History of OCLC']);
  });

  it('does not link a URL that is not http(s)', () => {
    const { html } = clipboardFlavours([], { ...gbtNewspaperExample, URL: 'javascript:alert(1)' }, 'mla');
    expect(parse(html).querySelector('a')).toBeNull();
  });

  it('shows data exports verbatim in a pre block', () => {
    const { html } = clipboardFlavours(['段落'], gbtNewspaperExample, 'bibtex');
    expect(parse(html).querySelector('pre')?.textContent).toBe(formatCitation(gbtNewspaperExample, 'bibtex'));
  });

  it('never lets any text in any field become markup, in any style', () => {
    const text = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', '报', ' ', '=', '/') });
    fc.assert(
      fc.property(text, text, text, fc.constantFrom(...citationStyles), (title, body, name, style) => {
        const item: CslItem = {
          ...gbtNewspaperExample,
          title,
          author: [{ literal: name || '某' }],
          'container-title': `${name}报`,
        };
        const { html } = clipboardFlavours([body], item, style);
        // Only the tags the renderer itself writes may appear.
        const stripped = html.replace(/<\/?(?:p|i|pre)>|<a href="[^"<>]*">|<\/a>/g, '');
        expect(stripped).not.toMatch(/[<>]/);
        expect(parse(html).querySelectorAll('*:not(p):not(i):not(a):not(pre)')).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });
});
