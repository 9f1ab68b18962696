// @vitest-environment happy-dom
/**
 * The live-page code on generated markup (see arbitraries.ts): converting to simplified and back restores the exact
 * DOM, never touching form fields, editable regions or code; in-place cleaning then off restores outerHTML exactly.
 * Runs: 1000 + 500 documents.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { convertPieces } from '../../src/convert/index';
import { CleanController } from '../../src/extension/page/clean-controller';
import { DomConverter } from '../../src/extension/page/convert-dom';
import { extractPage } from '../../src/extension/page/extraction';
import { articleOutline } from '../../src/core/outline';
import { labels } from '../extension/page/labels';
import { bodyMarkup } from './arbitraries';

const SEED = Number(process.env.QINGDU_PROPERTY_SEED ?? 20260101);
const UNTOUCHABLE = 'input, textarea, [contenteditable], code, pre, script, style';

function load(body: string): void {
  document.documentElement.setAttribute('lang', 'zh-TW');
  document.body.innerHTML = body; // generated test markup
}

/** What a reader typed or a page shows as code: values, attributes and text of untouchable elements. */
function untouchable(): string[] {
  return [...document.querySelectorAll(UNTOUCHABLE)].map((e) => {
    const value = (e as HTMLInputElement).value ?? '';
    return `${e.outerHTML}\u0000${value}`;
  });
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('live page properties', () => {
  it('conversion to simplified then off restores the exact DOM; fields, editables and code never change (1000 runs)', async () => {
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(bodyMarkup, async (body) => {
        load(body);
        const before = document.documentElement.outerHTML;
        const fields = untouchable();
        const converter = new DomConverter(document, {
          to: 'hans',
          convert: (blocks) => convertPieces(blocks, 'hans', 'hant'),
        });
        await converter.start();
        await converter.idle();
        expect(untouchable()).toEqual(fields);
        if (document.documentElement.outerHTML !== before) changed++;
        converter.stop();
        expect(document.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 1000, seed: SEED },
    );
    // The property is not vacuous: many generated pages did convert.
    expect(changed).toBeGreaterThan(100);
  });

  it('in-place cleaning then off restores outerHTML exactly (500 runs)', () => {
    let cleaned = 0;
    fc.assert(
      fc.property(bodyMarkup, (body) => {
        load(body);
        const before = document.documentElement.outerHTML;
        const controller = new CleanController(document, { fontSize: () => 18, labels });
        const { article, blocks, elements } = extractPage(document);
        const shown = { article, items: articleOutline(article, blocks), elements };
        const error = controller.setMode('inplace', shown);
        if (error) expect(document.documentElement.outerHTML).toBe(before);
        else if (document.documentElement.outerHTML !== before) cleaned++;
        controller.setMode('off', shown);
        expect(document.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 500, seed: SEED },
    );
    expect(cleaned).toBeGreaterThan(20);
  });
});
