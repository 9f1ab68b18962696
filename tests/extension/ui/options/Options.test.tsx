// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationStyles } from '../../../../src/core/cite/styles';
import { Options, type OptionsHost } from '../../../../src/extension/ui/options/Options';
import { translator } from '../locale';
import { memoryStorage } from '../../memory-storage';

let container: HTMLElement | undefined;
afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
  container = undefined;
});

const settle = async () => {
  for (let i = 0; i < 4; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

async function show(initial: Record<string, unknown> = {}, grant = true) {
  const storage = memoryStorage(initial);
  const host: OptionsHost = {
    t: translator('en'),
    storage,
    requestSiteAccess: vi.fn(async () => grant),
    clearSloganHistory: vi.fn(async () => {}),
    libraryUsage: vi.fn(async () => ({ articles: 12, usage: 3_450_000, quota: 2_000_000_000 })),
    openLibrary: vi.fn(),
  };
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(<Options host={host} />, container!));
  await settle();
  return { host, storage, root: container };
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const stored = (storage: { data: Record<string, unknown> }) => storage.data.settings as Record<string, unknown>;

describe('Options', () => {
  it('saves the default citation style and script', async () => {
    const { storage, root } = await show();
    await act(async () => choose(root.querySelector('[data-setting="citationStyle"]')!, 'mla'));
    await settle();
    await act(async () => choose(root.querySelector('[data-setting="defaultTarget"]')!, 'twp'));
    await settle();
    expect(stored(storage)).toMatchObject({ citationStyle: 'mla', defaultTarget: 'twp' });
    expect(root.querySelector('.status')?.textContent).toBe('Saved.');
  });

  it('offers every citation style, named in the interface language', async () => {
    const { storage, root } = await show();
    const select = root.querySelector('[data-setting="citationStyle"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([...citationStyles]);
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'GB/T 7714—2015',
      'APA',
      'MLA',
      'Chicago',
      'CSL-JSON (for citation managers)',
      'BibTeX (biblatex)',
      'RIS (EndNote, Zotero)',
    ]);
    await act(async () => choose(select, 'ris'));
    await settle();
    expect(stored(storage)).toMatchObject({ citationStyle: 'ris' });
  });

  it('lists site rules, edits one and deletes another', async () => {
    const { storage, root } = await show({
      settings: { sites: { 'www.gov.cn': { clean: 'reader' }, 'news.cctv.com': { convert: 'hk' } } },
    });
    const rows = [...root.querySelectorAll('tr[data-site]')].map((row) => row.getAttribute('data-site'));
    expect(rows).toEqual(['news.cctv.com', 'www.gov.cn']);
    const convertOf = (site: string) =>
      root.querySelector(`tr[data-site="${site}"] td:nth-child(3) select`) as HTMLSelectElement;
    await act(async () => choose(convertOf('www.gov.cn'), 'tw'));
    await settle();
    await act(async () => (root.querySelector('[data-delete="news.cctv.com"]') as HTMLButtonElement).click());
    await settle();
    expect(stored(storage).sites).toEqual({ 'www.gov.cn': { clean: 'reader', convert: 'tw' } });
    expect(root.querySelectorAll('tr[data-site]')).toHaveLength(1);
  });

  it('adds a site only after access is granted, and refuses what is not a host', async () => {
    const granted = await show();
    const input = granted.root.querySelector('[data-new-site]') as HTMLInputElement;
    input.value = 'https://WWW.People.com.cn/n1/2020/0201/c1.html';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await act(
      async () => void granted.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })),
    );
    await settle();
    expect(granted.host.requestSiteAccess).toHaveBeenCalledWith('www.people.com.cn');
    expect(stored(granted.storage).sites).toEqual({ 'www.people.com.cn': { clean: 'inplace' } });

    input.value = 'not a host!';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await act(
      async () => void granted.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })),
    );
    await settle();
    expect(granted.root.querySelector('.status')?.textContent).toBe('“not a host!” is not a valid host name.');
    render(null, granted.root);
    granted.root.remove();

    const refused = await show({}, false);
    const other = refused.root.querySelector('[data-new-site]') as HTMLInputElement;
    other.value = 'www.gov.cn';
    other.dispatchEvent(new Event('input', { bubbles: true }));
    await act(
      async () => void refused.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })),
    );
    await settle();
    expect(refused.storage.data.settings).toBeUndefined();
  });

  it('clears the slogan history', async () => {
    const { host, root } = await show();
    await act(async () => (root.querySelector('[data-action="clear-history"]') as HTMLButtonElement).click());
    await settle();
    expect(host.clearSloganHistory).toHaveBeenCalledOnce();
    expect(root.querySelector('.status')?.textContent).toBe('Slogan history cleared.');
  });
});

describe('the library section', () => {
  it('shows the library’s size, and saves a site’s pages automatically once access is granted', async () => {
    const { host, storage, root } = await show({
      settings: { version: 2, sites: { 'www.gov.cn': { clean: 'reader' } } },
    });
    expect(root.querySelector('[data-library-usage]')?.textContent).toBe(
      '12 saved articles; the extension’s storage holds 3.5 MB of 2000 MB.',
    );
    const input = root.querySelector('[data-new-saved-site]') as HTMLInputElement;
    input.value = 'www.gov.cn';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await act(async () => void input.form!.dispatchEvent(new Event('submit', { cancelable: true })));
    await settle();
    expect(host.requestSiteAccess).toHaveBeenCalledWith('www.gov.cn');
    expect(stored(storage).sites).toEqual({ 'www.gov.cn': { clean: 'reader', save: true } });
    expect(root.querySelector('[data-saved-site="www.gov.cn"]')).not.toBeNull();

    await act(async () => (root.querySelector('[data-saved-site] button') as HTMLButtonElement).click());
    await settle();
    expect(stored(storage).sites).toEqual({ 'www.gov.cn': { clean: 'reader' } });
    await act(async () => (root.querySelector('[data-action="open-library"]') as HTMLButtonElement).click());
    expect(host.openLibrary).toHaveBeenCalledOnce();
  });
});

describe('adding a site by name', () => {
  it('takes host names and URLs, lower-cased, and nothing else', async () => {
    const { host, root } = await show();
    const add = async (typed: string) => {
      const input = root.querySelector('[data-new-site]') as HTMLInputElement;
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
      await settle();
    };
    await add(' www.Gov.cn ');
    expect(host.requestSiteAccess).toHaveBeenLastCalledWith('www.gov.cn');
    await add('http://localhost:8080/x');
    expect(host.requestSiteAccess).toHaveBeenLastCalledWith('localhost');
    for (const typed of ['', 'a b', '-bad.example']) {
      await add(typed);
      expect(root.querySelector('.status')?.textContent).toBe(`“${typed}” is not a valid host name.`);
    }
    expect(host.requestSiteAccess).toHaveBeenCalledTimes(2);
  });
});
