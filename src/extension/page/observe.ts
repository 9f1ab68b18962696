/**
 * Content a page adds after cleaning started (infinite scroll, lazily loaded bodies, comment widgets). New subtrees
 * are collected, flushed in bounded batches, and each is classified on its own — the rest of the page is not
 * walked again.
 */
import { domToPage } from '../../adapters/dom';
import { extractArticle } from '../../core/pipeline';
import type { Extraction } from './extraction';

/** Wait this long after the last addition before classifying… */
const QUIET_MS = 200;
/** …but never longer than this after the first one. */
const MAX_WAIT_MS = 1000;
/** Subtrees classified per flush; the rest wait for the next one. */
const MAX_ROOTS_PER_FLUSH = 50;

export class SubtreeObserver {
  private readonly observer: MutationObserver;
  private pending: Element[] = [];
  private quietTimer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;

  constructor(
    doc: Document,
    private readonly onSubtrees: (roots: Element[]) => void,
    private readonly isOwn: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 && !this.isOwn(node)) this.pending.push(node as Element);
      }
    }
    if (this.pending.length === 0) return;
    const now = Date.now();
    if (this.quietTimer === null) this.firstPending = now;
    else clearTimeout(this.quietTimer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstPending + MAX_WAIT_MS - now));
    this.quietTimer = setTimeout(() => this.flush(), wait);
  }

  /** Classify pending subtrees now (outermost only, still attached), at most MAX_ROOTS_PER_FLUSH. */
  flush(): void {
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    const attached = outermost(this.pending.filter((element) => element.isConnected));
    const batch = attached.slice(0, MAX_ROOTS_PER_FLUSH);
    this.pending = attached.slice(MAX_ROOTS_PER_FLUSH);
    if (this.pending.length > 0) {
      this.firstPending = Date.now();
      this.quietTimer = setTimeout(() => this.flush(), QUIET_MS);
    }
    if (batch.length > 0) this.onSubtrees(batch);
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    this.pending = [];
  }
}

function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element, i) => {
    if (elements.indexOf(element) !== i) return false;
    for (let up = element.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/**
 * Classify one subtree on its own: copy it into a scratch document under empty copies of its ancestors (so class
 * and id hints still apply), run the one pipeline there, and map the copy's elements back to the live ones.
 */
function classifySubtree(doc: Document, root: Element): Extraction {
  const scratch = doc.implementation.createHTMLDocument('');
  let parent: Element = scratch.body;
  const chain: Element[] = [];
  for (let up = root.parentElement; up && up !== doc.body && up !== doc.documentElement; up = up.parentElement)
    chain.unshift(up);
  for (const ancestor of chain) parent = parent.appendChild(scratch.importNode(ancestor, false) as Element);
  const copy = parent.appendChild(scratch.importNode(root, true) as Element);

  const live = new Map<Element, Element>();
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const originals = [root, ...Array.from(root.querySelectorAll('*'))];
  copies.forEach((element, i) => {
    live.set(element, originals[i]!);
  });
  chain.forEach((ancestor, i) => {
    let shell: Element = scratch.body;
    for (let depth = 0; depth <= i; depth++) shell = shell.firstElementChild!;
    live.set(shell, ancestor);
  });

  const { page, elements } = domToPage(scratch, doc.URL);
  return {
    article: extractArticle(page),
    blocks: page.blocks,
    elements: elements.map((element) => live.get(element) ?? element),
  };
}

export function classifySubtrees(
  doc: Document,
  roots: readonly Element[],
): { root: Element; extraction: Extraction }[] {
  const out: { root: Element; extraction: Extraction }[] = [];
  for (const root of roots) {
    try {
      out.push({ root, extraction: classifySubtree(doc, root) });
    } catch {
      // A subtree the rules cannot read is left as the page made it.
    }
  }
  return out;
}
