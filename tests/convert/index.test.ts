import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertPieces, convertText } from '../../src/convert/index';
import { detectScript } from '../../src/core/script';
import { conversionSteps } from '../../src/convert/configs';
import type { ScriptTarget } from '../../src/convert/targets';

const TARGETS: ScriptTarget[] = ['hans', 'hant', 'tw', 'twp', 'hk'];

describe('detectScript', () => {
  it('tells simplified from traditional by characters only one script uses', () => {
    expect(detectScript('这是一个关于经济发展的报道')).toBe('hans');
    expect(detectScript('這是一個關於經濟發展的報導')).toBe('hant');
    expect(detectScript('爲人民服務')).toBe('hant');
    expect(detectScript('中文')).toBe('hans'); // undecided
    expect(detectScript('')).toBe('hans');
  });

  it('counts over several texts as over their concatenation', () => {
    expect(detectScript(['這是', '一個關於經濟的', '报道'])).toBe('hant');
    expect(detectScript(['這是', '这是一个报道'])).toBe('hans');
    expect(detectScript([])).toBe('hans');
  });
});

describe('conversionSteps', () => {
  it('maps every pair of scripts onto OpenCC configurations', () => {
    expect(conversionSteps('hant', 'hans')).toEqual(['t2s']);
    expect(conversionSteps('tw', 'hans')).toEqual(['tw2s']);
    expect(conversionSteps('twp', 'hans')).toEqual(['tw2sp']);
    expect(conversionSteps('hk', 'hans')).toEqual(['hk2s']);
    expect(conversionSteps('hans', 'hant')).toEqual(['s2t']);
    expect(conversionSteps('hans', 'tw')).toEqual(['s2tw']);
    expect(conversionSteps('hans', 'twp')).toEqual(['s2twp']);
    expect(conversionSteps('hans', 'hk')).toEqual(['s2hk']);
    expect(conversionSteps('hant', 'tw')).toEqual(['t2tw']);
    expect(conversionSteps('tw', 'hk')).toEqual(['tw2t', 't2hk']);
    expect(conversionSteps('hk', 'hant')).toEqual(['hk2t']);
    expect(conversionSteps('tw', 'tw')).toEqual([]);
  });
});

describe('convertText', () => {
  it('converts in both directions, detecting the source by default', async () => {
    expect(await convertText('头发和软件', 'hant')).toBe('頭髮和軟件');
    expect(await convertText('头发和软件', 'twp')).toBe('頭髮和軟體');
    expect(await convertText('頭髮和軟體', 'hans')).toBe('头发和软体');
    expect(await convertText('頭髮和軟體', 'hans', 'twp')).toBe('头发和软件');
    expect(await convertText('爲了', 'tw', 'hant')).toBe('為了');
  });

  it('never turns English quotes into corner brackets, for any pair of scripts', async () => {
    const english = 'It’s “quoted”, ‘single’ and \'plain\' "double" — 中文“引号”‘单’。';
    for (const to of TARGETS) {
      for (const from of TARGETS) {
        const out = await convertText(english, to, from);
        expect(out.replace(/[^’“”‘'"「」『』]/g, ''), `${from}→${to}`).toBe('’“”‘’\'\'""“”‘’');
      }
    }
  });

  it('splits a converted block back into pieces that join to the whole conversion (as opencc-js converts it)', async () => {
    const reference = OpenCC.Converter({ from: 'cn', to: 'twp' });
    const text = '头发很长，鼠标和软件，下拉列表和U盘，中间件与信息安全。我们的干部队伍';
    await convertText(text, 'twp', 'hans'); // load dictionaries once
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }), async (cuts) => {
        const marks = [0, ...cuts.sort((a, b) => a - b), text.length];
        const pieces = marks.slice(1).map((end, i) => text.slice(marks[i], end));
        const [out] = await convertPieces([pieces], 'twp', 'hans');
        expect(out).toHaveLength(pieces.length);
        expect(out!.join('')).toBe(reference(text));
      }),
      { numRuns: 200 },
    );
  });
});
