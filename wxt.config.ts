import { defineConfig } from 'wxt';

/**
 * QINGDU_E2E=1 builds the browser-test extension into .output/e2e: the shipped manifest plus host access to the
 * local test server (standing in for the access a reader grants a site). The shipped build never has it.
 */
const E2E_BUILD = process.env.QINGDU_E2E === '1';
export const E2E_HOST_ACCESS = '*://127.0.0.1/*';
/** Sites the reader may grant, one at a time, for "always clean / convert this site". */
const OPTIONAL_HOST_ACCESS = ['*://*/*'];

/**
 * Qingdu's views never set markup: preact's one `innerHTML = …` (its dangerouslySetInnerHTML, unused here) is
 * replaced by an error, so no page text can become markup through it.
 */
function withoutMarkupSink() {
  const sink = /(\w+)\.innerHTML\s*=\s*(\w+)\.__html/g;
  return {
    name: 'qingdu-without-markup-sink',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('.__html')) return null;
      return {
        code: code.replace(sink, () => 'void (() => { throw new Error("dangerouslySetInnerHTML is disabled"); })()'),
        map: null,
      };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(E2E_BUILD ? { outDir: '.output/e2e' } : {}),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [withoutMarkupSink()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: the content script is injected into the tab the reader acts on (popup, shortcut, menu).
    // clipboardWrite: copy with citation from the context menu and the shortcut writes the clipboard inside the tab.
    // No content script is declared: sites with an automatic rule get one registered at runtime
    // (src/extension/background/site-access.ts), once the reader grants that site.
    permissions: ['activeTab', 'storage', 'contextMenus', 'scripting', 'clipboardWrite'],
    ...(manifestVersion === 3
      ? {
          optional_host_permissions: OPTIONAL_HOST_ACCESS,
          ...(E2E_BUILD ? { host_permissions: [E2E_HOST_ACCESS] } : {}),
        }
      : {
          optional_permissions: OPTIONAL_HOST_ACCESS,
          ...(E2E_BUILD ? { host_permissions: [E2E_HOST_ACCESS] } : {}),
        }),
    ...(browser === 'firefox'
      ? {
          // Nothing is collected or sent anywhere.
          browser_specific_settings: {
            gecko: { id: 'qingdu@qingdu', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    commands: {
      'reader-view': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandReaderView__' },
      'toggle-script': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandToggleScript__' },
      'copy-citation': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCopyCitation__' },
      'save-to-library': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveToLibrary__' },
    },
  }),
});
