import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationStyles, formatCitation, formatCslJson, isCitationStyle } from '../../../src/core/cite/index';
import { gbtNewspaperExample } from './fixtures';

describe('formatCitation', () => {
  it('prints CSL-JSON as a pretty array that parses back to the very record, dates on one line', () => {
    const text = formatCitation(gbtNewspaperExample, 'csl-json');
    expect(JSON.parse(text)).toEqual([gbtNewspaperExample]);
    expect(text).toContain('"date-parts": [[2013, 1, 12]]');
    expect(text.split('\n')[1]).toBe('  {');
  });

  it('never alters a string value that looks like a date array', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('[2013,1]', '[\n1,\n2\n]', '[[1, 2]]', ''), (title, tricky) => {
        const item = { ...gbtNewspaperExample, title: title + tricky };
        expect(JSON.parse(formatCslJson(item))).toEqual([item]);
      }),
      { numRuns: 200 },
    );
  });

  it('renders every style for any title and names without throwing or leaving them out', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: fc.constantFrom('a', 'Z', '7', '报', '…', '?', '：', '(', '.') }),
        fc.constantFrom(...citationStyles),
        (word, style) => {
          const text = formatCitation({ ...gbtNewspaperExample, title: `题${word}` }, style);
          expect(text).toContain(`题${word}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows its styles', () => {
    expect(citationStyles.every(isCitationStyle)).toBe(true);
    expect(isCitationStyle('harvard')).toBe(false);
  });
});
