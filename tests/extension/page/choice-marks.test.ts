// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { convertBlocks } from '../../../src/convert/index';
import { choiceMarks } from '../../../src/extension/page/choice-marks';
import { ReaderView } from '../../../src/extension/page/reader-view';
import { appendMarked } from '../../../src/extension/page/text-marks';
import { article as sampleArticle } from '../../core/article';
import { zhLabels } from './labels';

describe('choice marks', () => {
  it('marks each character decided by context, with its forms as a title set as text', async () => {
    const [block] = await convertBlocks([['27天后出发，余书记说<b>']], 'tw', 'hans');
    const p = document.createElement('p');
    appendMarked(p, block!.pieces[0]!, choiceMarks(block!.pieces[0]!, block!.choices));
    expect(p.textContent).toBe('27天後出發，余書記說<b>');
    const marks = [...p.querySelectorAll('span.choice')].map((span) => [span.textContent, span.getAttribute('title')]);
    expect(marks).toEqual([
      ['後', '後 / 后'],
      ['余', '余 / 餘'],
    ]);
    expect(p.querySelector('b')).toBeNull();
  });

  it('leaves out a choice that does not match the text', () => {
    const p = document.createElement('p');
    appendMarked(
      p,
      '發展',
      choiceMarks('發展', [
        { at: 0, alternatives: ['髮', '發'] },
        { at: 9, alternatives: ['x', 'y'] },
      ]),
    );
    expect(p.innerHTML).toBe('發展');
  });

  it('shows marks in the reader view only when asked', () => {
    const article = sampleArticle({ title: '標題' });
    const items = [
      { kind: 'paragraph' as const, text: '三天後', block: 0, choices: [{ at: 2, alternatives: ['後', '后'] }] },
    ];
    for (const markChoices of [true, false]) {
      const view = new ReaderView(document, article, items, { fontSize: 18, markChoices, labels: zhLabels });
      expect(view.root.querySelectorAll('span.choice')).toHaveLength(markChoices ? 1 : 0);
      expect(view.root.querySelector('article p')!.textContent).toBe('三天後');
      view.close();
    }
  });

  it('marks repaired stretches and chosen characters together, a choice inside a repair left to the repair', () => {
    const items = [
      {
        kind: 'paragraph' as const,
        text: '三天後出發',
        block: 0,
        repairs: [{ start: 2, end: 4, original: '後出' }],
        choices: [
          { at: 2, alternatives: ['後', '后'] },
          { at: 4, alternatives: ['發', '髮'] },
        ],
      },
    ];
    const view = new ReaderView(document, sampleArticle({ title: '標題' }), items, {
      fontSize: 18,
      markChoices: true,
      labels: zhLabels,
    });
    const paragraph = [...view.root.querySelectorAll('article p')].find((p) => p.textContent === '三天後出發')!;
    expect([...paragraph.children].map((e) => [e.tagName.toLowerCase(), e.className, e.textContent])).toEqual([
      ['mark', 'repaired', '後出'],
      ['span', 'choice', '發'],
    ]);
    view.close();
  });
});
