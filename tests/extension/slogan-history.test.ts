import { describe, expect, it } from 'vitest';
import { sloganKey } from '../../src/core/slogans/simplify';
import { clearSloganHistory, recordPageSlogans, type SloganHistoryStorage } from '../../src/extension/slogan-history';
import { memoryStorage } from './memory-storage';

const slogans = (...texts: string[]) => texts.map((text) => ({ text, key: sloganKey(text) }));

/** What the history holds for a slogan, as stored. */
function stored(storage: { data: Record<string, unknown> }, text: string) {
  const history = storage.data.sloganHistory as
    | { slogans: Record<string, { pages: number; firstSeen: number; lastSeen: number; recent: string[] }> }
    | undefined;
  return history?.slogans[sloganKey(text)];
}

/** Slogans kept, and page hashes kept per slogan to recognise a re-read. */
const MAX_SLOGANS = 2000;
const MAX_PAGES_PER_SLOGAN = 50;

describe('slogan history', () => {
  it('counts the pages a slogan was read on, with first and last seen', async () => {
    const storage = memoryStorage();
    await recordPageSlogans(storage, 'https://a.gov.cn/1.html', slogans('动态清零'), 1000);
    const seen = await recordPageSlogans(storage, 'https://b.gov.cn/2.html', slogans('动态清零', '六稳'), 2000);
    expect(seen).toEqual({ 动态清零: 2, 六稳: 1 });
    expect(stored(storage, '动态清零')).toMatchObject({ pages: 2, firstSeen: 1000, lastSeen: 2000 });
    expect(stored(storage, '六稳')).toMatchObject({ pages: 1, firstSeen: 2000, lastSeen: 2000 });
  });

  it('does not count a re-read page twice, even with another fragment', async () => {
    const storage = memoryStorage();
    await recordPageSlogans(storage, 'https://a.gov.cn/1.html', slogans('动态清零'), 1000);
    const seen = await recordPageSlogans(storage, 'https://a.gov.cn/1.html#top', slogans('动态清零'), 5000);
    expect(seen).toEqual({ 动态清零: 1 });
    expect(stored(storage, '动态清零')).toMatchObject({ pages: 1, firstSeen: 1000, lastSeen: 5000 });
  });

  it('treats the traditional and simplified forms as one slogan', async () => {
    const storage = memoryStorage();
    await recordPageSlogans(storage, 'https://a.gov.cn/1.html', slogans('外防输入、内防反弹'), 1000);
    const counts = await recordPageSlogans(storage, 'https://b.hk/2.html', slogans('外防輸入，內防反彈'), 2000);
    expect(counts).toEqual({ '外防輸入，內防反彈': 2 });
  });

  it('stores hashes, not the URLs of the pages read, one per page', async () => {
    const storage = memoryStorage();
    await recordPageSlogans(storage, 'https://secret.example/page', slogans('六保'), 1);
    expect(JSON.stringify(storage.data)).not.toContain('secret');
    expect(await recordPageSlogans(storage, 'https://x/a', slogans('六保'), 2)).toEqual({ 六保: 2 });
    expect(await recordPageSlogans(storage, 'https://x/b', slogans('六保'), 3)).toEqual({ 六保: 3 });
  });

  it('forgets everything when cleared', async () => {
    const storage = memoryStorage();
    await recordPageSlogans(storage, 'https://a.gov.cn/1.html', slogans('六保'), 1);
    await clearSloganHistory(storage);
    expect(storage.data).toEqual({});
    expect(await recordPageSlogans(storage, 'https://b.gov.cn/2.html', slogans('六保'), 2)).toEqual({ 六保: 1 });
  });

  it('stays bounded: least recently seen slogans go, page lists are capped', async () => {
    const storage = memoryStorage();
    await recordPageSlogans(storage, 'https://a/0', slogans('最早的提法'), 0);
    await recordPageSlogans(
      storage,
      'https://a/1',
      slogans(...Array.from({ length: MAX_SLOGANS }, (_, i) => `提法${i}`)),
      10,
    );
    expect(stored(storage, '最早的提法')).toBeUndefined();
    expect(stored(storage, '提法0')).toBeDefined();
    const pages = memoryStorage();
    for (let i = 0; i < MAX_PAGES_PER_SLOGAN + 10; i++)
      await recordPageSlogans(pages, `https://p/${i}`, slogans('六稳'), 20 + i);
    expect(stored(pages, '六稳')!.pages).toBe(MAX_PAGES_PER_SLOGAN + 10);
    expect(stored(pages, '六稳')!.recent).toHaveLength(MAX_PAGES_PER_SLOGAN);
  });

  it('reads corrupt or failing storage as empty', async () => {
    const corrupt = memoryStorage({ sloganHistory: { version: 1, slogans: { 六稳: { pages: 'x' }, 六保: 7 } } });
    expect(await recordPageSlogans(corrupt, 'https://a/1', slogans('六稳'), 1)).toEqual({ 六稳: 1 });
    const failing: SloganHistoryStorage = {
      get: () => Promise.reject(new Error('storage unavailable')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    expect(await recordPageSlogans(failing, 'https://a/1', slogans('六稳'), 1)).toEqual({ 六稳: 1 });
  });
});
