/**
 * The nodes Qingdu adds to a page — the reader view's host, the in-place style, the style that hides a page until it
 * shows converted — are no part of its content.
 */
import { STYLE_ATTRIBUTE } from './hide-in-place';
import { isHidingStyle } from './page-hiding';
import { READER_HOST_TAG } from './reader-view';

export function isOwnNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return element.localName === READER_HOST_TAG || element.hasAttribute(STYLE_ATTRIBUTE) || isHidingStyle(element);
}
