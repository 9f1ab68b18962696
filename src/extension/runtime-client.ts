/**
 * What page-side contexts send to the rest of the extension: conversion asked of the background, which holds the
 * dictionaries, and notices of the page's state for an open popup.
 */
import { browser } from 'wxt/browser';
import type { ConversionEngine } from '../convert/engine';
import { sender } from './messaging';
import type { BackgroundProtocol, Notice, PageState } from './protocol';

const sendToBackground = sender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** Conversion by the background: the engine page-side code is given. */
export const remoteEngine: ConversionEngine = async (blocks, to, from, piecesOnly = false) => {
  const reply = await sendToBackground({ type: 'qingdu:convert-blocks', blocks, to, from, withChoices: !piecesOnly });
  return reply.blocks.map((pieces, b) => ({ pieces, choices: reply.choices?.[b] ?? [] }));
};

/** Tell extension pages (an open popup) that the page's state changed; nobody listening is fine. */
export function announceState(state: PageState): void {
  const notice: Notice = { type: 'qingdu:state-changed', state };
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

/** Ask the background to save the asking page to the library (a site's rule). */
export function saveThisPage(): Promise<unknown> {
  return sendToBackground({ type: 'qingdu:save-to-library' });
}
