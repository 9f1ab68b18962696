/**
 * Conversion in the background, which holds the dictionaries (built once per browser, on first use, for the
 * direction asked): for the page engine, and for the context-menu item that copies the selection converted to the
 * reader's default script.
 */
import { browser } from 'wxt/browser';
import { convertBlocks as convertDocument, convertText, resolveSource } from '../../convert/index';
import type { Choice } from '../../convert/types';
import type { BackgroundRequest } from '../protocol';
import { type ConversionSettings, conversionOptions, DEFAULT_CONVERSION } from '../conversion-settings';
import { loadSettings } from '../settings';
import { escapeHtml } from '../../core/cite/format';
import { selectedText, writeClipboard as writeClipboardInPage } from '../page/clipboard';

const COPY_CONVERTED_MENU = 'qingdu-copy-converted';

/** The reader's conversion settings; the defaults where storage cannot be read. */
async function readConversionSettings(): Promise<ConversionSettings> {
  try {
    return (await loadSettings(browser.storage.local)).conversion;
  } catch {
    return DEFAULT_CONVERSION;
  }
}

/** Convert blocks for a page-side context, with the reader's phrases and quotation marks. */
export async function convertBlocks(
  request: BackgroundRequest<'qingdu:convert-blocks'>,
): Promise<{ blocks: string[][]; choices?: Choice[][] }> {
  try {
    const options = conversionOptions(await readConversionSettings(), request.from, request.to);
    const converted = await convertDocument(request.blocks, request.to, request.from, options);
    const blocks = converted.map((block) => block.pieces);
    return request.withChoices ? { blocks, choices: converted.map((block) => block.choices) } : { blocks };
  } catch (error) {
    throw new Error(`conversion failed: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function copyConverted(tabId: number, selectionHint: string | undefined): Promise<void> {
  const [read] = await browser.scripting.executeScript({ target: { tabId }, func: selectedText }).catch(() => []);
  const selection = (typeof read?.result === 'string' && read.result) || selectionHint || '';
  if (!selection.trim()) return;
  const { defaultTarget, conversion } = await loadSettings(browser.storage.local);
  const from = resolveSource('auto', selection);
  const text = await convertText(selection, defaultTarget, from, conversionOptions(conversion, from, defaultTarget));
  // Plain text only; the html flavour is the same text escaped, never page markup.
  const html = escapeHtml(text).replace(/\n/g, '<br>');
  await browser.scripting.executeScript({
    target: { tabId },
    func: writeClipboardInPage as never,
    args: [text, html] as never,
  });
}

/** The context-menu item that copies the selection converted. */
export function registerCopyConverted(): void {
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
