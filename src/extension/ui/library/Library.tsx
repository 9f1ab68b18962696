/**
 * The reading library: every saved page in a sortable table, searched in either script and filtered by source,
 * editor, publish date and slogan; a saved copy opens in the reader view, with its versions and what changed; the
 * formulations of the selection over time; exports; deleting one, many or all; and how much storage it takes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../../core/article';
import type { LibraryEntry, SavedVersion } from '../../../core/library/saved';
import { hitCount, narrows, queryTerms, searchTexts as matching } from '../../../core/library/search';
import { clearLibrary, deleteEntries, latestVersions, listEntries, searchTexts, versionsOf } from '../../library/store';
import { readerLabels } from '../../page/reader-labels';
import { ReaderView } from '../../page/reader-view';
import { I18n, useT } from '../i18n';
import { EXPORT_FORMATS, type ExportFormat, exportFile } from './export-file';
import { Formulations } from './Formulations';
import type { LibraryHost } from './host';
import {
  choicesOf,
  type Filters,
  filterEntries,
  hasFilters,
  NO_FILTERS,
  type Sort,
  type SortKey,
  sortEntries,
} from './table';
import { Versions } from './Versions';

/** Rows rendered at first and added by "show more": the table stays quick with thousands saved. */
const PAGE_ROWS = 100;
const NO_ENTRIES: LibraryEntry[] = [];
/**
 * The formulations follow the search and filters this long after they stop changing: typing a query redraws the
 * table at once, the chart and the first-appearance table once the reader pauses.
 */
const FORMULATIONS_DELAY_MS = 250;
/** Past this share of the quota the library warns that the browser may refuse the next save. */
const NEARLY_FULL = 0.9;

const EXPORT_LABELS: Record<ExportFormat, string> = {
  gbt7714: 'libraryExportGbt',
  bibtex: 'libraryExportBibtex',
  ris: 'libraryExportRis',
  'csl-json': 'libraryExportCsl',
  markdown: 'libraryExportMarkdown',
  jsonl: 'libraryExportJsonl',
};

const SORT_LABELS: Record<SortKey, string> = {
  date: 'fieldDate',
  source: 'fieldSource',
  host: 'fieldSite',
  savedAt: 'librarySavedAt',
};

/** The saved article as the reader view takes it: block bookkeeping is not saved, nor needed there. */
function asArticle(version: SavedVersion): Article {
  return { ...version.article, url: version.url, roles: [], removed: [], rejected: [] };
}

function readerItemsOf(version: SavedVersion) {
  return version.article.paragraphs.map(({ text, block, repairs }) => ({
    kind: 'paragraph' as const,
    text,
    block,
    ...(repairs ? { repairs } : {}),
  }));
}

/** `value`, taken up only once it has stayed the same for `delay` ms (the first value at once). */
function useDeferred<T>(value: T, delay: number): T {
  const [deferred, setDeferred] = useState(value);
  useEffect(() => {
    if (deferred === value) return;
    const timer = setTimeout(() => setDeferred(value), delay);
    return () => clearTimeout(timer);
  }, [value]);
  return deferred;
}

/** A filter that keeps the rows holding one of the values the saved articles hold, or any. */
function FilterSelect(props: {
  label: string;
  name: 'source' | 'editor';
  values: string[];
  filters: Filters;
  set: (name: keyof Filters, value: string) => void;
}) {
  const t = useT();
  return (
    <label>
      {props.label}
      <select
        data-filter={props.name}
        value={props.filters[props.name]}
        onChange={(e) => props.set(props.name, e.currentTarget.value)}
      >
        <option value="">{t('libraryAny')}</option>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Library({ host }: { host: LibraryHost }) {
  return (
    <I18n.Provider value={host.t}>
      <LibraryView host={host} />
    </I18n.Provider>
  );
}

function LibraryView({ host }: { host: LibraryHost }) {
  const t = useT();
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [texts, setTexts] = useState<Map<string, string> | null>(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'date', descending: true });
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [rows, setRows] = useState(PAGE_ROWS);
  const [versions, setVersions] = useState<SavedVersion[] | null>(null);
  const [status, setStatus] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('gbt7714');
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const lastSearch = useRef<{ terms: string[]; found: Set<string> } | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const reader = useRef<ReaderView | null>(null);

  const numbers = useMemo(() => new Intl.NumberFormat(host.language), [host.language]);
  const times = useMemo(
    () => new Intl.DateTimeFormat(host.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [host.language],
  );
  const formatTime = (epoch: number) => times.format(new Date(epoch));

  const reload = async () => {
    const size = host.estimate().catch(() => null);
    setEntries(await listEntries(host.db));
    setEstimate(await size);
    // The search texts are read once the table is on screen: the search waits for them, the list does not.
    await new Promise((shown) => requestAnimationFrame(() => setTimeout(shown, 0)));
    setTexts(await searchTexts(host.db));
  };

  useEffect(() => {
    reload().catch((error) => setStatus(t('libraryLoadFailed', [String(error?.message ?? error)])));
    return () => reader.current?.close();
  }, []);

  // Attached before the first paint: `/` reaches the search box as soon as the library is on screen.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, select, textarea, [contenteditable]');
      if (event.key === '/' && !typing && !reader.current?.isOpen) {
        event.preventDefault();
        searchBox.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const terms = useMemo(() => queryTerms(query), [query]);
  const found = useMemo(() => {
    if (terms.length === 0 || !texts) return null;
    const last = lastSearch.current;
    const result = matching(texts, terms, last && narrows(terms, last.terms) ? last.found : undefined);
    lastSearch.current = { terms, found: result };
    return result;
  }, [terms, texts]);

  const searching = terms.length > 0;
  const all = entries ?? NO_ENTRIES;
  // Sorted once per order; each keystroke only filters.
  const sorted = useMemo(() => sortEntries(all, sort), [all, sort]);
  const shown = useMemo(
    () => filterEntries(sorted, filters, searching ? (found ?? new Set()) : null),
    [sorted, filters, found, searching],
  );
  const chartBase = useDeferred(
    useMemo(() => {
      if (checked.size > 0) return all.filter((e) => checked.has(e.url));
      return filterEntries(all, { ...filters, month: '' }, searching ? (found ?? new Set()) : null);
    }, [all, checked, filters, found, searching]),
    FORMULATIONS_DELAY_MS,
  );
  const sources = useMemo(() => choicesOf(all, 'source'), [all]);
  const editors = useMemo(() => choicesOf(all, 'editor'), [all]);
  const slogans = useMemo(() => {
    const names = new Map<string, string>();
    for (const entry of all) for (const s of entry.slogans) if (!names.has(s.key)) names.set(s.key, s.text);
    return [...names.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh'));
  }, [all]);

  useEffect(() => setRows(PAGE_ROWS), [filters, found, sort]);

  /** The articles an action applies to: the ticked rows, else every row the search and filters leave. */
  const selection = checked.size > 0 ? shown.filter((e) => checked.has(e.url)) : shown;

  const setFilter = (name: keyof Filters, value: string) => setFilters((current) => ({ ...current, [name]: value }));
  const toggleSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      descending: current.key === key ? !current.descending : key !== 'source' && key !== 'host',
    }));
  const tick = (url: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(url);
      else next.delete(url);
      return next;
    });

  const openReader = async (version: SavedVersion) => {
    reader.current?.close();
    const fontSize = await host.readerFontSize().catch(() => 18);
    const article = asArticle(version);
    reader.current = new ReaderView(document, article, readerItemsOf(version), {
      fontSize,
      labels: readerLabels(host.t, article.script),
    });
  };
  const readLatest = async (url: string) => {
    const all = await versionsOf(host.db, url);
    const latest = all.at(-1);
    if (latest) await openReader(latest);
    else setStatus(t('libraryGone'));
  };
  const showVersions = async (url: string) => {
    setVersions(await versionsOf(host.db, url));
    requestAnimationFrame(() => document.getElementById('versions-heading')?.focus());
  };

  const remove = async (urls: string[]) => {
    try {
      await deleteEntries(host.db, urls);
      setChecked(new Set());
      if (versions && urls.includes(versions[0]!.url)) setVersions(null);
      setStatus(t('libraryDeleted', [urls.length]));
      await reload();
    } catch (error) {
      setStatus(t('libraryActionFailed', [String((error as Error)?.message ?? error)]));
    }
  };
  const removeAll = async () => {
    setConfirmAll(false);
    try {
      const count = all.length;
      await clearLibrary(host.db);
      setChecked(new Set());
      setVersions(null);
      setStatus(t('libraryDeleted', [count]));
      await reload();
    } catch (error) {
      setStatus(t('libraryActionFailed', [String((error as Error)?.message ?? error)]));
    }
  };

  const runExport = async () => {
    try {
      const chosen = await latestVersions(
        host.db,
        selection.map((e) => e.url),
      );
      const file = exportFile(format, chosen);
      host.download(file.name, file.data);
      setStatus(t('libraryExported', [chosen.length, file.name]));
    } catch (error) {
      setStatus(t('libraryActionFailed', [String((error as Error)?.message ?? error)]));
    }
  };

  const pickPoint = (key: string, month: string) => {
    setChecked(new Set());
    setFilters((current) => ({ ...current, slogan: key, month }));
    requestAnimationFrame(() => document.getElementById('table-heading')?.focus());
  };

  const megabytes = (bytes: number) => numbers.format(Math.round(bytes / 1e5) / 10);
  const nearlyFull = estimate && estimate.quota > 0 && estimate.usage / estimate.quota > NEARLY_FULL;
  const allShownTicked = shown.length > 0 && shown.every((e) => checked.has(e.url));

  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <p class="muted" data-storage="">
          {entries === null
            ? t('loading')
            : estimate
              ? t('libraryStorage', [numbers.format(all.length), megabytes(estimate.usage), megabytes(estimate.quota)])
              : t('libraryCount', [numbers.format(all.length)])}
        </p>
      </header>
      {nearlyFull && (
        <p class="warning" role="alert" data-nearly-full="">
          {t('libraryNearlyFull')}
        </p>
      )}
      {versions && (
        <Versions
          versions={versions}
          formatTime={formatTime}
          onRead={(version) => void openReader(version)}
          onClose={() => setVersions(null)}
        />
      )}
      <search class="finder">
        <label class="search">
          <span class="visually-hidden">{t('librarySearch')}</span>
          <input
            ref={searchBox}
            type="search"
            data-library="search"
            placeholder={t('librarySearchPlaceholder')}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
            aria-keyshortcuts="/"
          />
        </label>
        {searching && !texts && (
          <span class="muted" data-library="indexing">
            {t('libraryIndexing')}
          </span>
        )}
        <FilterSelect label={t('fieldSource')} name="source" values={sources} filters={filters} set={setFilter} />
        <FilterSelect label={t('fieldEditor')} name="editor" values={editors} filters={filters} set={setFilter} />
        <label>
          {t('libraryFrom')}
          <input
            type="date"
            data-filter="from"
            value={filters.from}
            onChange={(e) => setFilter('from', e.currentTarget.value)}
          />
        </label>
        <label>
          {t('libraryTo')}
          <input
            type="date"
            data-filter="to"
            value={filters.to}
            onChange={(e) => setFilter('to', e.currentTarget.value)}
          />
        </label>
        <label>
          {t('librarySlogan')}
          <select
            data-filter="slogan"
            value={filters.slogan}
            onChange={(e) => setFilter('slogan', e.currentTarget.value)}
          >
            <option value="">{t('libraryAny')}</option>
            {slogans.map(([key, text]) => (
              <option key={key} value={key}>
                {text}
              </option>
            ))}
          </select>
        </label>
        {filters.month && (
          <span class="chip" data-filter="month">
            {t('libraryMonth', [filters.month])}
          </span>
        )}
        {hasFilters(filters) && (
          <button type="button" class="link" data-library="clear-filters" onClick={() => setFilters(NO_FILTERS)}>
            {t('libraryClearFilters')}
          </button>
        )}
      </search>

      <section aria-labelledby="table-heading">
        <div class="toolbar">
          <h2 id="table-heading" tabIndex={-1} data-library="count">
            {t('libraryShown', [numbers.format(shown.length), numbers.format(all.length)])}
          </h2>
          <span class="muted" data-library="selection">
            {checked.size > 0 ? t('librarySelected', [checked.size]) : t('librarySelectionAll')}
          </span>
          <label>
            <span class="visually-hidden">{t('libraryExportFormat')}</span>
            <select
              data-library="format"
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
            >
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(EXPORT_LABELS[f])}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="primary"
            data-library="export"
            disabled={selection.length === 0}
            onClick={runExport}
          >
            {t('libraryExport', [selection.length])}
          </button>
          <button
            type="button"
            data-library="delete-selected"
            disabled={checked.size === 0}
            onClick={() => void remove([...checked])}
          >
            {t('libraryDeleteSelected', [checked.size])}
          </button>
          {confirmAll ? (
            <span class="confirm">
              {t('libraryDeleteAllConfirm', [all.length])}
              <button type="button" class="danger" data-library="delete-all-confirm" onClick={removeAll}>
                {t('libraryDeleteAll')}
              </button>
              <button type="button" onClick={() => setConfirmAll(false)}>
                {t('libraryCancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              data-library="delete-all"
              disabled={all.length === 0}
              onClick={() => setConfirmAll(true)}
            >
              {t('libraryDeleteAll')}…
            </button>
          )}
        </div>
        {entries !== null && all.length === 0 ? (
          <p class="notice" data-library="empty">
            {t('libraryEmpty')}
          </p>
        ) : (
          <table class="articles" data-library="table">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('librarySelectAll')}
                    data-library="select-all"
                    checked={allShownTicked}
                    onChange={(e) => setChecked(e.currentTarget.checked ? new Set(shown.map((x) => x.url)) : new Set())}
                  />
                </th>
                <th scope="col">{t('fieldTitle')}</th>
                {(['date', 'source', 'host'] as const).map((key) => (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" class="sort" data-sort={key} onClick={() => toggleSort(key)}>
                      {t(SORT_LABELS[key])}
                      <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
                <th scope="col">{t('fieldEditor')}</th>
                {searching && <th scope="col">{t('libraryHits')}</th>}
                <th scope="col">{t('libraryVersions')}</th>
                <th
                  scope="col"
                  aria-sort={sort.key === 'savedAt' ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" class="sort" data-sort="savedAt" onClick={() => toggleSort('savedAt')}>
                    {t('librarySavedAt')}
                    <span aria-hidden="true">{sort.key === 'savedAt' ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('libraryDelete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, rows).map((entry) => (
                <tr key={entry.url} data-url={entry.url}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('librarySelectOne', [entry.title ?? entry.url])}
                      checked={checked.has(entry.url)}
                      onChange={(e) => tick(entry.url, e.currentTarget.checked)}
                    />
                  </td>
                  <td class="title" lang={entry.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
                    <button type="button" class="link" data-library="read" onClick={() => void readLatest(entry.url)}>
                      {entry.title ?? entry.url}
                    </button>
                  </td>
                  <td class="date">{entry.date?.slice(0, 10) ?? ''}</td>
                  <td>{entry.source ?? ''}</td>
                  <td class="host">{entry.host}</td>
                  <td>{entry.editor ?? ''}</td>
                  {searching && <td class="number">{texts ? hitCount(texts.get(entry.url) ?? '', terms) : ''}</td>}
                  <td class="number">
                    {entry.versions.length > 1 ? (
                      <button
                        type="button"
                        class="link"
                        data-library="versions"
                        onClick={() => void showVersions(entry.url)}
                      >
                        {entry.versions.length}
                      </button>
                    ) : (
                      entry.versions.length
                    )}
                  </td>
                  <td class="date">{formatTime(entry.savedAt)}</td>
                  <td>
                    <button
                      type="button"
                      class="link"
                      data-library="delete"
                      aria-label={t('libraryDeleteOne', [entry.title ?? entry.url])}
                      onClick={() => void remove([entry.url])}
                    >
                      {t('libraryDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {shown.length > rows && (
          <button type="button" class="link" data-library="more" onClick={() => setRows(rows + PAGE_ROWS)}>
            {t('libraryShowMore', [Math.min(PAGE_ROWS, shown.length - rows)])}
          </button>
        )}
      </section>

      {all.length > 0 && (
        <section aria-labelledby="formulations-heading" class="formulations" data-library="formulations">
          <h2 id="formulations-heading">{t('libraryFormulationsHeading', [chartBase.length])}</h2>
          <Formulations entries={chartBase} onPick={pickPoint} onOpen={(url) => void readLatest(url)} />
        </section>
      )}
      <p class="status" role="status" aria-live="polite" data-library="status">
        {status}
      </p>
    </main>
  );
}
