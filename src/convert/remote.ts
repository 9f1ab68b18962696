/** The engine for page-side contexts (content script, popup): the background converts and answers. */
import { browser } from 'wxt/browser';
import type { ConversionReply, ConversionRequest } from '../extension/protocol';
import type { ConversionEngine } from './index';

export const remoteEngine: ConversionEngine = async (blocks, to, from) => {
  const request: ConversionRequest = { type: 'qingdu:convert-blocks', blocks, to, from };
  const reply = (await browser.runtime.sendMessage(request)) as ConversionReply | undefined;
  if (!reply) throw new Error('the conversion service did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.blocks;
};
