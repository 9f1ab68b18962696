import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleWithSlogans } from '../../../src/core/article';
import {
  clearLibrary,
  deleteEntries,
  LIBRARY_SCHEMA,
  LibraryFullError,
  latestVersions,
  listEntries,
  openLibrary,
  saveArticle,
  searchTexts,
  versionsOf,
} from '../../../src/extension/library/store';
import { article } from '../../core/article';

let dbCount = 0;
const freshName = () => `library-test-${++dbCount}`;

function page(title: string, paragraphs: string[], extra: Partial<ArticleWithSlogans> = {}): ArticleWithSlogans {
  return article({
    title,
    date: '2024-05-06',
    source: '人民日报',
    paragraphs: paragraphs.map((text, block) => ({ text, block })),
    roles: paragraphs.map(() => 'body'),
    removed: [{ block: 9, role: 'boilerplate', rule: 'share-bar' }],
    slogans: [{ text: '高质量发展', key: '高质量发展', count: 1, kind: 'lexicon' }],
    ...extra,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the library store', () => {
  it('saves the clean article with its citation, and lists it', async () => {
    const db = await openLibrary(freshName());
    const outcome = await saveArticle(
      db,
      page('推动高质量发展', ['第一段。']),
      'https://a.gov.cn/1.html#top',
      1_700_000_000_000,
    );
    expect(outcome).toEqual({ status: 'saved', url: 'https://a.gov.cn/1.html' });
    const [entry] = await listEntries(db);
    expect(entry).toMatchObject({
      url: 'https://a.gov.cn/1.html',
      host: 'a.gov.cn',
      title: '推动高质量发展',
      length: 4,
    });
    const [version] = await versionsOf(db, 'https://a.gov.cn/1.html');
    expect(version!.article).not.toHaveProperty('roles');
    expect(version!.article).not.toHaveProperty('removed');
    expect(version!.csl).toMatchObject({
      title: '推动高质量发展',
      URL: 'https://a.gov.cn/1.html',
      'container-title': '人民日报',
    });
    expect((await searchTexts(db)).get('https://a.gov.cn/1.html')).toBe('推动高质量发展\n第一段。');
  });

  it('keeps every version of a page saved again, and says what changed', async () => {
    const db = await openLibrary(freshName());
    const url = 'https://a.gov.cn/2.html';
    await saveArticle(db, page('标题', ['甲段。', '乙段。']), url, 1);
    expect(await saveArticle(db, page('标题', ['甲段。', '乙段。']), url, 2)).toMatchObject({
      status: 'unchanged',
      versions: 1,
    });
    expect(await saveArticle(db, page('新标题', ['甲段。', '乙段有改动。', '丙段。']), url, 3)).toEqual({
      status: 'updated',
      url,
      versions: 2,
      fields: ['title'],
      added: 1,
      removed: 0,
      edited: 1,
    });
    const versions = await versionsOf(db, url);
    expect(versions.map((v) => [v.savedAt, v.article.title])).toEqual([
      [1, '标题'],
      [3, '新标题'],
    ]);
    const [entry] = await listEntries(db);
    expect(entry).toMatchObject({ title: '新标题', versions: versions.map((v) => v.id), firstSavedAt: 1, savedAt: 3 });
    expect((await latestVersions(db, [url]))[0]!.article.title).toBe('新标题');
  });

  it('deletes pages with all their versions, or everything', async () => {
    const db = await openLibrary(freshName());
    for (const n of [1, 2, 3]) await saveArticle(db, page(`第${n}篇`, ['正文。']), `https://a.gov.cn/${n}.html`);
    await saveArticle(db, page('第1篇', ['正文改了。']), 'https://a.gov.cn/1.html');
    await deleteEntries(db, ['https://a.gov.cn/1.html', 'https://a.gov.cn/3.html']);
    expect((await listEntries(db)).map((e) => e.url)).toEqual(['https://a.gov.cn/2.html']);
    expect(await db.count('versions')).toBe(1);
    expect([...(await searchTexts(db)).keys()]).toEqual(['https://a.gov.cn/2.html']);
    await clearLibrary(db);
    expect([await db.count('versions'), await db.count('entries'), await db.count('texts')]).toEqual([0, 0, 0]);
  });

  it('refuses a save the quota does not allow, writing nothing of it and keeping what was saved', async () => {
    const db = await openLibrary(freshName());
    const url = 'https://a.gov.cn/q.html';
    await saveArticle(db, page('原稿', ['第一段。']), url, 1);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveArticle(db, page('改稿', ['第一段改了。']), url, 2)).rejects.toBeInstanceOf(LibraryFullError);
    await expect(saveArticle(db, page('另一篇', ['正文。']), 'https://a.gov.cn/r.html', 2)).rejects.toThrow(/quota/);
    put.mockRestore();
    expect(await db.count('versions')).toBe(1);
    expect((await listEntries(db)).map((e) => [e.url, e.title])).toEqual([[url, '原稿']]);
    expect(await saveArticle(db, page('改稿', ['第一段改了。']), url, 3)).toMatchObject({
      status: 'updated',
      versions: 2,
    });
  });
});

describe('schema versions', () => {
  it('brings an older library up to date, running each later step once and keeping what it holds', async () => {
    const name = freshName();
    const old = await openLibrary(name);
    await saveArticle(old, page('旧库里的文章', ['正文。']), 'https://a.gov.cn/old.html');
    old.close();
    const laterStep = vi.fn((db: Parameters<(typeof LIBRARY_SCHEMA)[number]>[0]) => {
      db.createObjectStore('notes' as never);
    });
    const upgraded = await openLibrary(name, [...LIBRARY_SCHEMA, laterStep]);
    expect(upgraded.version).toBe(LIBRARY_SCHEMA.length + 1);
    expect(laterStep).toHaveBeenCalledTimes(1);
    expect([...upgraded.objectStoreNames].sort()).toEqual(['entries', 'notes', 'texts', 'versions']);
    expect((await listEntries(upgraded)).map((e) => e.title)).toEqual(['旧库里的文章']);
    upgraded.close();
    await openLibrary(name, [...LIBRARY_SCHEMA, laterStep]);
    expect(laterStep).toHaveBeenCalledTimes(1);
  });
});
