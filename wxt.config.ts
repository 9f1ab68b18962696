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
    permissions: ['activeTab', 'storage', 'contextMenus', 'scripting'],
    commands: {
      'reader-view': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandReaderView__' },
      'toggle-script': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandToggleScript__' },
      'copy-citation': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCopyCitation__' },
    },
  },
});
