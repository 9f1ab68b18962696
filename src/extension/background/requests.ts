/**
 * The background's one message listener: it answers the extension's own contexts only, checks each request once and
 * dispatches it by type — conversion for the page engine, and the page engine itself for a content script.
 */
import { type Browser, browser } from 'wxt/browser';
import { dispatcher } from '../messaging';
import { BACKGROUND_CHECKS, type BackgroundProtocol } from '../protocol';
import { convertBlocks } from './conversion';
import { loadPageEngine } from './site-access';

export function registerRequests(): void {
  const dispatch = dispatcher<BackgroundProtocol, Browser.runtime.MessageSender>(BACKGROUND_CHECKS, {
    'qingdu:convert-blocks': (request) => convertBlocks(request),
    'qingdu:load-engine': (_request, sender) => loadPageEngine(sender),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    sender.id === browser.runtime.id ? dispatch(message, sender) : undefined,
  );
}
