import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // clipboardWrite: copy with citation from the context menu and the shortcut writes the clipboard inside the tab.
    permissions: ['activeTab', 'storage', 'contextMenus', 'scripting', 'clipboardWrite'],
    // The content script is a plain script (no framework wrapper: it runs on every page); it imports the page
    // engine on first use, so idle pages never load it.
    content_scripts: [{ matches: ['<all_urls>'], js: ['content-listener.js'] }],
    web_accessible_resources: [{ resources: ['page-engine.js'], matches: ['<all_urls>'] }],
    commands: {
      'reader-view': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandReaderView__' },
      'toggle-script': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandToggleScript__' },
      'copy-citation': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCopyCitation__' },
    },
  },
});
