import { describe, expect, it, vi } from 'vitest';
import { inShownScript } from '../../src/extension/shown-script';
import { article } from './ui/article';

const sample = article({
  title: '发展',
  source: '四川日报',
  editor: null,
  site: '人民网',
  paragraphs: [{ text: '坚持发展。', block: 1 }],
  slogans: [{ text: '新发展理念', key: '新发展理念', count: 2, kind: 'lexicon' }],
});

describe('inShownScript', () => {
  it('does not load the converter for a page shown as published', async () => {
    const load = vi.fn();
    expect(await inShownScript(sample, 'off', load)).toBe(sample);
    expect(load).not.toHaveBeenCalled();
  });

  it('converts every shown field, paragraph and slogan, and leaves unknown fields unknown', async () => {
    const convert = vi.fn(async (text: string, to: string) => `${to}:${text}`);
    const shown = await inShownScript(sample, 'hk', async () => convert);
    expect(shown).toMatchObject({
      title: 'hk:发展',
      source: 'hk:四川日报',
      editor: null,
      site: 'hk:人民网',
      paragraphs: [{ text: 'hk:坚持发展。', block: 1 }],
      slogans: [{ text: 'hk:新发展理念', count: 2 }],
    });
    expect(sample.title).toBe('发展');
  });

  it('gives real traditional text with the bundled converter', async () => {
    const shown = await inShownScript(sample, 'tw');
    expect(shown.source).toBe('四川日報');
    expect(shown.paragraphs[0]!.text).toBe('堅持發展。');
  });
});
