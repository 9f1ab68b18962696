/**
 * The conversion service: the background holds the dictionaries (built once per browser, on first use, for the
 * direction asked) and converts for content scripts and extension pages. Also the context-menu item that copies
 * the selection converted to the reader's default script.
 */
import { browser } from 'wxt/browser';
import { convertPieces, convertText } from '../../convert/index';
import type { ConversionReply, ConversionRequest } from '../protocol';
import { isScriptTarget } from '../../convert/targets';
import { loadSettings } from '../settings';
import { writeClipboardInPage } from './copy';

export const COPY_CONVERTED_MENU = 'qingdu-copy-converted';

export function isConversionRequest(message: unknown): message is ConversionRequest {
  const m = message as ConversionRequest | null;
  return (
    m?.type === 'qingdu:convert-blocks' &&
    isScriptTarget(m.to) &&
    isScriptTarget(m.from) &&
    Array.isArray(m.blocks) &&
    m.blocks.every((block) => Array.isArray(block) && block.every((piece) => typeof piece === 'string'))
  );
}

export async function answerConversion(request: ConversionRequest): Promise<ConversionReply> {
  try {
    return { ok: true, blocks: await convertPieces(request.blocks, request.to, request.from) };
  } catch (error) {
    return { ok: false, error: `conversion failed: ${(error as Error)?.message ?? String(error)}` };
  }
}

/** Runs in the page: the selection as the reader sees it. Self-contained (it is serialised). */
function readSelectionInPage(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

async function copyConverted(tabId: number, selectionHint: string | undefined): Promise<void> {
  const [read] = await browser.scripting
    .executeScript({ target: { tabId }, func: readSelectionInPage })
    .catch(() => []);
  const selection = (typeof read?.result === 'string' && read.result) || selectionHint || '';
  if (!selection.trim()) return;
  const { defaultTarget } = await loadSettings(browser.storage.local);
  const text = await convertText(selection, defaultTarget);
  // Plain text only; the html flavour is the same text escaped, never page markup.
  const html = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/\n/g, '<br>');
  await browser.scripting.executeScript({
    target: { tabId },
    func: writeClipboardInPage as never,
    args: [text, html] as never,
  });
}

export function registerConversionService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isConversionRequest(message) || sender.id !== browser.runtime.id) return undefined;
    return answerConversion(message);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: COPY_CONVERTED_MENU,
      title: browser.i18n.getMessage('menuCopyConverted'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== COPY_CONVERTED_MENU || tab?.id == null) return;
    void copyConverted(tab.id, info.selectionText).catch((error) =>
      console.warn('Qingdu: copy converted failed', error),
    );
  });
}
