import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, ArticleWithSlogans, Slogan } from '../../../core/article';
import type { ScriptTarget } from '../../../convert/targets';
import { citationPayload } from '../../copy-payload';
import type { ArticleReply, CleanMode, LibrarySaveReply, PageState } from '../../protocol';
import { DEFAULT_SETTINGS, loadSettings, type Settings, updateSettings, withSiteRule } from '../../settings';
import { FIELD_LABELS } from '../field-labels';
import { I18n, useT } from '../i18n';
import { Fields } from './Fields';
import type { PopupHost } from './host';
import { loadPopupModel, type PopupModel } from './load';
import { siteHost } from './page-kind';
import { choiceOf, SCRIPT_CHOICES, targetOf } from './script-choices';
import { Slogans } from './Slogans';

const UNTOUCHABLE_MESSAGES = {
  'no-tab': 'unsupportedNoTab',
  browser: 'unsupportedBrowser',
  store: 'unsupportedStore',
  pdf: 'unsupportedPdf',
  file: 'unsupportedFile',
  'no-script': 'unsupportedNoScript',
  'no-access': 'unsupportedNoAccess',
} as const;

/** What saving to the library did, in a sentence. */
function saveMessage(reply: LibrarySaveReply, t: (key: string, substitutions?: (string | number)[]) => string): string {
  if (reply.status === 'saved') return t('saveDone');
  if (reply.status === 'unchanged') return t('saveUnchanged', [reply.versions]);
  if (reply.status === 'updated') {
    const fields = reply.fields.map((field) => t(FIELD_LABELS[field])).join(t('listSeparator'));
    const changed = fields ? t('saveFieldsChanged', [fields]) : '';
    return t('saveUpdated', [reply.versions, reply.added, reply.removed, reply.edited, changed]);
  }
  return reply.reason === 'quota' ? t('saveQuota') : t('saveFailed', [reply.message]);
}

/**
 * The popup for a tab. `model`: the page's answer, asked for before the first render (an effect runs only after the
 * first frame is painted, a frame the page could already spend reading itself); asked for here when not given.
 */
export function Popup({ host, model: asked }: { host: PopupHost; model?: Promise<PopupModel> }) {
  const [model, setModel] = useState<PopupModel | null>(null);
  useEffect(() => {
    (asked ?? loadPopupModel(host)).then(setModel, () => setModel({ kind: 'untouchable', reason: 'no-script' }));
  }, [host, asked]);
  return (
    <I18n.Provider value={host.t}>
      <main class="popup">
        <header class="popup-header">
          <h1>{host.t('extName')}</h1>
          <button type="button" class="link" onClick={() => host.openOptions()}>
            {host.t('actionOptions')}
          </button>
        </header>
        {model == null ? (
          <p class="muted" role="status">
            {host.t('loading')}
          </p>
        ) : model.kind === 'untouchable' ? (
          <p class="notice" role="status" data-untouchable={model.reason}>
            {host.t(UNTOUCHABLE_MESSAGES[model.reason])}
          </p>
        ) : model.kind === 'no-article' ? (
          <p class="notice" role="status" data-no-article="">
            {host.t('noArticle')}
          </p>
        ) : (
          <ArticleView
            host={host}
            tabId={model.tab.id}
            url={model.tab.url}
            original={model.article}
            state={model.state}
          />
        )}
      </main>
    </I18n.Provider>
  );
}

function ArticleView(props: { host: PopupHost; tabId: number; url: string; original: Article; state: PageState }) {
  const { host, tabId, url } = props;
  const t = useT();
  const [state, setState] = useState(props.state);
  const [article, setArticle] = useState(props.original);
  /** The article's slogans, null until the page has found them (they come after the fields). */
  const [slogans, setSlogans] = useState<Slogan[] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  const [seenOn, setSeenOn] = useState<Record<string, number | undefined>>({});
  const [status, setStatus] = useState('');
  /** The script the article shown here is in, and whether a request of the popup's own is on its way. */
  const shownIn = useRef(props.state.convert);
  const asking = useRef(0);

  useEffect(() => {
    void loadSettings(host.storage).then(setSettings);
    host.shortcuts().then(setShortcuts, () => {});
    host.send(tabId, { type: 'qingdu:slogans' }).then(
      (reply) => {
        const found = reply.ok ? reply.slogans : [];
        // A conversion answered meanwhile brought the slogans in the script now shown.
        if (reply.state.convert === shownIn.current) setSlogans((current) => current ?? found);
        if (url && found.length > 0) {
          host.sloganHistory(url, found).then(
            (counts) => setSeenOn(Object.fromEntries(found.map((s) => [s.key, counts[s.text]]))),
            () => {},
          );
        }
      },
      () => setSlogans((current) => current ?? []),
    );
  }, []);

  const show = (reply: ArticleReply<ArticleWithSlogans>) => {
    setState(reply.state);
    if (reply.ok) {
      setArticle(reply.article);
      setSlogans(reply.article.slogans);
      shownIn.current = reply.state.convert;
    }
  };

  const ask = async <R extends ArticleReply>(request: () => Promise<R>, then: (reply: R) => void) => {
    asking.current++;
    try {
      const reply = await request();
      then(reply);
      if (!reply.ok) setStatus(reply.error);
    } catch (error) {
      setStatus(String((error as Error)?.message ?? error));
    } finally {
      asking.current--;
    }
  };

  const clean = (mode: CleanMode) =>
    ask(
      () => host.send(tabId, { type: 'qingdu:clean', mode }),
      (reply) => setState(reply.state),
    );
  const convert = (target: ScriptTarget | 'off') =>
    ask(() => host.send(tabId, { type: 'qingdu:convert', target }), show);

  // The page changes its state by itself too (Esc closes the reader view) or by a shortcut: follow it, and fetch the
  // article again when it is now shown in another script.
  useEffect(
    () =>
      host.watchState(tabId, (next) => {
        if (asking.current > 0) return;
        setState(next);
        if (next.convert !== shownIn.current) void ask(() => host.send(tabId, { type: 'qingdu:article' }), show);
      }),
    [tabId],
  );

  const toggleClean = (mode: Exclude<CleanMode, 'off'>) => clean(state.clean === mode ? 'off' : mode);

  const copy = async () => {
    try {
      await host.writeClipboard(citationPayload(article, { url, accessed: host.now(), style: settings.citationStyle }));
      setStatus(t('copyDone'));
    } catch (error) {
      setStatus(t('copyFailed', [String((error as Error)?.message ?? error)]));
    }
  };

  const copyMarkdown = async () => {
    try {
      const reply = await host.send(tabId, { type: 'qingdu:markdown', url, accessed: localDay(host.now()) });
      if (!reply.ok) throw new Error(reply.error);
      await host.writeClipboard({ text: reply.text });
      setStatus(t('copyMarkdownDone'));
    } catch (error) {
      setStatus(t('copyFailed', [String((error as Error)?.message ?? error)]));
    }
  };

  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const reply = await host.saveToLibrary(tabId);
      setSaved(reply.status !== 'refused');
      setStatus(saveMessage(reply, t));
    } catch (error) {
      setStatus(t('saveFailed', [String((error as Error)?.message ?? error)]));
    } finally {
      setSaving(false);
    }
  };

  const site = siteHost(url);
  const rule = site ? settings.sites[site] : undefined;
  const setRule = async (change: { clean?: boolean; convert?: boolean }) => {
    if (!site) return;
    const turningOn = change.clean === true || change.convert === true;
    try {
      if (turningOn && !(await host.requestSiteAccess(site))) {
        setStatus(t('siteAccessDenied'));
        return;
      }
    } catch (error) {
      setStatus(t('siteAccessFailed', [String((error as Error)?.message ?? error)]));
      return;
    }
    const next = await updateSettings(host.storage, (current) => {
      const existing = current.sites[site] ?? {};
      const clean =
        change.clean === undefined
          ? existing.clean
          : change.clean
            ? state.clean === 'off'
              ? 'inplace'
              : state.clean
            : undefined;
      const convert =
        change.convert === undefined
          ? existing.convert
          : change.convert
            ? state.convert === 'off'
              ? current.defaultTarget
              : state.convert
            : undefined;
      return withSiteRule(current, site, { clean, convert });
    });
    setSettings(next);
    setStatus(t('optionsSaved'));
  };

  const shortcut = (name: string) =>
    shortcuts[name] ? (
      <kbd class="shortcut" title={t('shortcut', [shortcuts[name]!])}>
        {shortcuts[name]}
      </kbd>
    ) : null;
  const current = choiceOf(state.convert);

  return (
    <>
      <Fields article={article} />
      <section aria-labelledby="actions-heading" class="actions">
        <h2 id="actions-heading" class="visually-hidden">
          {t('actionsHeading')}
        </h2>
        <div class="action-row">
          <button
            type="button"
            data-action="reader"
            aria-pressed={state.clean === 'reader'}
            aria-keyshortcuts={shortcuts['reader-view']}
            onClick={() => toggleClean('reader')}
          >
            {t('actionReader')}
          </button>
          {shortcut('reader-view')}
          <button
            type="button"
            data-action="clean"
            aria-pressed={state.clean === 'inplace'}
            onClick={() => toggleClean('inplace')}
          >
            {t('actionClean')}
          </button>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a labelled row of toggle buttons, laid out like the rows above it */}
        <div class="action-row" role="group" aria-labelledby="script-label">
          <span id="script-label" class="label">
            {t('scriptHeading')}
          </span>
          <span class="segmented">
            {SCRIPT_CHOICES.map(({ choice, short, long }) => (
              <button
                type="button"
                key={choice}
                data-script={choice}
                aria-pressed={current === choice}
                aria-label={`${t(short)} ${t(long)}`}
                title={t(long)}
                onClick={() => convert(targetOf(choice, settings))}
              >
                {t(short)}
              </button>
            ))}
          </span>
          {shortcut('toggle-script')}
        </div>
        <div class="action-row">
          <button
            type="button"
            class="primary"
            data-action="copy"
            aria-keyshortcuts={shortcuts['copy-citation']}
            onClick={copy}
          >
            {t('actionCopy')}
          </button>
          {shortcut('copy-citation')}
        </div>
        <div class="action-row">
          <button type="button" data-action="copy-markdown" onClick={copyMarkdown}>
            {t('actionCopyMarkdown')}
          </button>
        </div>
        <div class="action-row">
          <button
            type="button"
            data-action="save"
            aria-keyshortcuts={shortcuts['save-to-library']}
            disabled={saving}
            onClick={save}
          >
            {t('actionSave')}
          </button>
          {saved && (
            <button type="button" class="link" data-action="open-library" onClick={() => host.openLibrary()}>
              {t('openLibrary')}
            </button>
          )}
          {shortcut('save-to-library')}
        </div>
      </section>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {site && (
        <section aria-labelledby="site-heading" class="site">
          <h2 id="site-heading">{t('siteHeading', [site])}</h2>
          <label>
            <input
              type="checkbox"
              data-site="clean"
              checked={!!rule?.clean}
              onChange={(e) => void setRule({ clean: e.currentTarget.checked })}
            />
            {t('siteAlwaysClean')}
          </label>
          <label>
            <input
              type="checkbox"
              data-site="convert"
              checked={!!rule?.convert}
              onChange={(e) => void setRule({ convert: e.currentTarget.checked })}
            />
            {t('siteAlwaysConvert')}
          </label>
        </section>
      )}
      {/* Last, so that when the slogans arrive after the fields nothing already shown moves. */}
      <Slogans
        slogans={slogans}
        title={article.title}
        seenOn={(slogans ?? []).map((slogan) => seenOn[slogan.key])}
        onHighlight={(text) =>
          host
            .send(tabId, { type: 'qingdu:highlight', text })
            .catch((error) => setStatus(String(error?.message ?? error)))
        }
      />
    </>
  );
}

/** The reader's calendar day, YYYY-MM-DD, for the access date. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
