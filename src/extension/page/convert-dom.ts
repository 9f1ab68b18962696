/**
 * Converts a live page's script in place and puts it back exactly.
 *
 * - Text converts per block: the text nodes between two block boundaries (a run) convert as one string, so a
 *   phrase split by inline tags (头<b>发</b>) converts as a phrase (頭<b>髮</b>); the result is split back onto the
 *   same text nodes. Nodes are never added, removed or re-parented.
 * - Attributes readers see (title, alt, placeholder, aria-label, button values), the document title, open shadow
 *   roots and same-origin frames convert too. Form fields, editable regions, code, scripts and subtrees in other
 *   languages are never touched.
 * - Originals are kept per node; `stop()` restores them, except where the site changed a node after it was
 *   converted: the site's newer text stays.
 * - A MutationObserver converts new and changed content. Flushes never wait on later mutations: whatever arrived
 *   while one conversion was in flight goes in the next. It is disconnected while we write, so our own writes
 *   cost no records.
 * - Only what can change is sent and written: runs without a CJK character are left out, and nodes whose text
 *   converts to itself are not written (every write is relaid out by the browser).
 * - A long page never freezes: the part in view converts first, the rest is written in slices of a few
 *   milliseconds with the browser free to lay out and answer in between, a frame drawn after every few slices so
 *   that no frame lays out much of the page at once, and text scrolled into view before its slice converts at once.
 *   Putting a long page back is sliced the same way.
 */
import { INLINE_TEXT, NEVER_CONVERTED, TEXT_FIELDS } from '../../adapters/elements';
import { mayConvert } from '../../convert/convertible';
import type { ScriptTarget } from '../../convert/targets';
import { READER_HOST_TAG } from './reader-view';

/** Converts blocks of text pieces; every output block has as many pieces as its input. */
export type BlockConverter = (blocks: string[][]) => Promise<string[][]>;

interface DomConversionOptions {
  to: ScriptTarget;
  convert: BlockConverter;
  /** Called once the part of the page in view has been converted. */
  onVisible?: () => void;
  /**
   * Runs every write to the page (converted text, restored text, lang), synchronously: lets the caller tell the
   * converter's changes from the site's. Writes directly when not given.
   */
  write?: (apply: () => void) => void;
}

interface Original {
  original: string;
  converted: string;
}

type Run = { nodes: Text[]; inputs: string[] };
type AttributeItem = { element: Element; name: string; input: string };
type Batch = { runs: Run[]; items: AttributeItem[] };
type Verdict = 'skip' | 'fields' | 'inline' | 'block';

const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'];
const OBSERVED: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: [...CONVERTED_ATTRIBUTES, 'value'],
};
const BUTTON_TYPES = new Set(['button', 'submit', 'reset']);
/** A site that keeps rewriting a node we convert gets it back after this many rounds: no ping-pong. */
const MAX_REWRITES = 3;
/** Blocks per conversion request after the visible part. */
const CHUNK = 400;
/** Script time one slice of writes may take; the browser lays out what it wrote in a task of its own. */
const SLICE_MS = 5;
/** Nodes a slice writes at most, whatever the time: the relayout after a slice grows with what it wrote. */
const SLICE_NODES = 150;
/**
 * Nodes written between two frames at most. Chromium runs queued tasks before a frame for up to 100 ms, then lays
 * out everything they wrote in one task: past this many, the next slice waits for a frame.
 */
const FRAME_NODES = 2400;
/** A block's lang restyles the whole block: it counts as this many nodes written. */
const LANG_WEIGHT = 4;
/** Nodes put back in one go when stopping; more are put back in slices. */
const RESTORE_AT_ONCE = 2000;

function langTag(target: ScriptTarget): string {
  return target === 'hans' ? 'zh-Hans' : 'zh-Hant';
}

export class DomConverter {
  /** Nodes and attributes we wrote, with what they held before. */
  private readonly texts = new Map<Text, Original>();
  private readonly attributes = new Map<Element, Map<string, Original>>();
  private readonly langs = new Map<Element, string | null>();
  private readonly pendingLangs: Element[] = [];
  private readonly rewrites = new WeakMap<Node, number>();
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly observer: MutationObserver;
  private readonly dirtyBlocks = new Set<Node>();
  private readonly dirtyTrees = new Set<Node>();
  private readonly dirtyAttributes = new Map<Element, Set<string>>();
  private flushing: Promise<void> | null = null;
  private stopped = false;
  /** lang is written on the block of each run written, not on the root (a long page). */
  private langPerBlock = false;
  private readonly pacer: FramePacer;

  constructor(
    private readonly doc: Document,
    private readonly options: DomConversionOptions,
  ) {
    const View = (doc.defaultView ?? globalThis) as unknown as { MutationObserver: typeof MutationObserver };
    this.observer = new View.MutationObserver((records) => this.note(records));
    this.pacer = new FramePacer(doc);
  }

  /** Convert the page (the visible part first) and keep converting what changes; resolves when the page is done. */
  async start(): Promise<void> {
    const runs: Run[] = [];
    const items: AttributeItem[] = [];
    this.addRoot(this.doc, runs, items);
    const [visible, rest] = splitInView(runs, this.doc.defaultView?.innerHeight ?? 0);
    if (rest.length === 0) {
      await this.convertAndApply([{ runs: visible, items }]);
      this.options.onVisible?.();
    } else {
      // Changing lang on the root relays out the whole page in one task (hundreds of milliseconds on a long page,
      // even after every block has its own): a long page gets lang on each block written, and the root keeps its own.
      this.langPerBlock = true;
      await this.convertAndApply([{ runs: visible, items: [] }], false);
      this.options.onVisible?.();
      await this.convertInSlices(rest, items);
    }
    if (!this.stopped) this.write(() => this.writeLangs());
    await this.idle();
  }

  /**
   * The rest of a long page: every chunk is asked for at once, and each is written in slices as it arrives. A run
   * scrolled into view before its slice is written at once, converted on its own if its chunk has not arrived.
   */
  private async convertInSlices(rest: Run[], items: AttributeItem[]): Promise<void> {
    const outputs = new Map<Run, string[]>();
    const written = new Set<Run>();
    const chunks: Run[][] = [];
    for (let i = 0; i < rest.length; i += CHUNK) chunks.push(rest.slice(i, i + CHUNK));
    const requests = chunks.map((chunk) => this.options.convert(chunk.map((run) => run.inputs)));
    const inView = this.watchScrolledIntoView(rest, (shown) => {
      const runs = shown.filter((run) => !written.has(run));
      const ready = runs.filter((run) => outputs.has(run));
      this.writeRuns(ready.map((run) => [run, outputs.get(run)!]));
      for (const run of ready) written.add(run);
      const waiting = runs.filter((run) => !written.has(run) && !outputs.has(run));
      if (waiting.length === 0) return;
      void this.options.convert(waiting.map((run) => run.inputs)).then((converted) => {
        const fresh = waiting.flatMap((run, r): [Run, string[]][] => (written.has(run) ? [] : [[run, converted[r]!]]));
        this.writeRuns(fresh);
        for (const [run] of fresh) written.add(run);
      });
    });
    try {
      for (const [c, chunk] of chunks.entries()) {
        const converted = await requests[c]!;
        if (this.stopped) return;
        chunk.forEach((run, r) => {
          outputs.set(run, converted[r]!);
        });
        let next = 0;
        while (next < chunk.length) {
          const started = now();
          const slice: [Run, string[]][] = [];
          let nodes = 0;
          while (next < chunk.length && nodes < SLICE_NODES && now() - started < SLICE_MS) {
            const run = chunk[next++]!;
            if (written.has(run)) continue;
            written.add(run);
            slice.push([run, outputs.get(run)!]);
            nodes += run.nodes.length;
          }
          this.writeRuns(slice);
          await this.pacer.wrote(nodes);
          if (this.stopped) return;
        }
      }
      if (items.length) await this.convertAndApply([{ runs: [], items }], false);
    } finally {
      inView.disconnect();
    }
  }

  /**
   * Calls `onVisible` with the runs of `runs` (in document order) in view whenever the reader scrolls, at most once a
   * frame. Runs are found by bisection on their position, so a scroll costs a few layout reads whatever the page's
   * length.
   */
  private watchScrolledIntoView(runs: Run[], onVisible: (runs: Run[]) => void): { disconnect(): void } {
    const view = this.doc.defaultView;
    if (!view) return { disconnect: () => undefined };
    let scheduled = false;
    const check = () => {
      scheduled = false;
      if (!this.stopped) onVisible(runsInView(runs, view.innerHeight));
    };
    const onScroll = () => {
      if (scheduled) return;
      scheduled = true;
      view.requestAnimationFrame(check);
    };
    this.doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return { disconnect: () => this.doc.removeEventListener('scroll', onScroll, { capture: true }) };
  }

  /** Resolves when every change seen so far has been converted. */
  async idle(): Promise<void> {
    this.note(this.observer.takeRecords());
    while (this.flushing) await this.flushing;
  }

  /**
   * Stop observing and put back every original the site has not changed since. A long page is put back in slices;
   * the promise resolves once all of it is.
   */
  stop(): Promise<void> {
    this.stopped = true;
    this.observer.takeRecords();
    this.observer.disconnect();
    const texts = [...this.texts];
    const attributes = [...this.attributes];
    const langs = [...this.langs].filter(([element]) => !this.pendingLangs.includes(element)); // never written
    this.texts.clear();
    this.attributes.clear();
    this.langs.clear();
    this.pendingLangs.length = 0;
    if (texts.length <= RESTORE_AT_ONCE) {
      this.write(() => restore(texts, attributes, langs));
      return Promise.resolve();
    }
    return this.restoreInSlices(texts, attributes, langs);
  }

  private async restoreInSlices(
    texts: [Text, Original][],
    attributes: [Element, Map<string, Original>][],
    langs: [Element, string | null][],
  ): Promise<void> {
    let next = 0;
    while (next < texts.length) {
      const started = now();
      const end = Math.min(texts.length, next + SLICE_NODES);
      const slice: [Text, Original][] = [];
      while (next < end && now() - started < SLICE_MS) slice.push(texts[next++]!);
      this.write(() => restore(slice, [], []));
      await this.pacer.wrote(slice.length);
    }
    // Each block's lang relays out that block, its text nodes and all: put back in slices too.
    for (let start = 0; start < langs.length; start += SLICE_NODES) {
      const slice = langs.slice(start, start + SLICE_NODES);
      this.write(() => restore([], start === 0 ? attributes : [], slice));
      await this.pacer.wrote(slice.length * LANG_WEIGHT);
    }
    if (langs.length === 0) this.write(() => restore([], attributes, []));
  }

  private write(apply: () => void): void {
    if (this.options.write) this.options.write(apply);
    else apply();
  }

  private addRoot(root: Document | ShadowRoot, runs: Run[], items: AttributeItem[]): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (root.nodeType === 9) {
      const html = (root as Document).documentElement;
      if (html) this.setLang(html);
    }
    this.observe(root);
    const start = root.nodeType === 9 ? (root as Document).documentElement : root;
    if (start) this.collect(start, runs, items, true, null);
  }

  private observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, OBSERVED);
  }

  /** Noted now, written with the next batch of text, so layout is read before anything changes. */
  private setLang(element: Element): void {
    if (this.langs.has(element)) return;
    this.langs.set(element, element.getAttribute('lang'));
    this.pendingLangs.push(element);
  }

  private writeLangs(): void {
    if (this.langPerBlock) return; // pending langs stay unwritten, so they are not restored either
    for (const element of this.pendingLangs) element.setAttribute('lang', langTag(this.options.to));
    this.pendingLangs.length = 0;
  }

  private verdict(element: Element): Verdict {
    const name = element.localName;
    // The reader view is built in the script the page is shown in; converting it again would convert twice.
    if (NEVER_CONVERTED.has(name) || name === READER_HOST_TAG) return 'skip';
    if (!element.hasAttributes()) return TEXT_FIELDS.has(name) ? 'fields' : INLINE_TEXT.has(name) ? 'inline' : 'block';
    if (element.getAttribute('translate') === 'no') return 'skip';
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return 'skip';
    const lang = element.getAttribute('lang');
    if (lang && !/^zh\b/i.test(lang) && element !== element.ownerDocument.documentElement) return 'skip';
    if (TEXT_FIELDS.has(name)) return 'fields';
    return INLINE_TEXT.has(name) ? 'inline' : 'block';
  }

  /**
   * Collect runs of text nodes and attribute items under `parent`. Inline elements continue the current run; any
   * other element ends it. `deep: false` stays in the current block (does not enter nested blocks). Text nodes in
   * `taken` are already in a run of this batch and are left out (null: a whole tree, no node can be seen twice).
   */
  private walk(
    parent: Node,
    context: { run: Text[] },
    runs: Run[],
    items: AttributeItem[],
    deep: boolean,
    taken: Set<Text> | null,
  ): void {
    const end = () => {
      this.endRun(context.run, runs);
      context.run = [];
    };
    if (parent.nodeType === 1) this.collectAttributes(parent as Element, items);
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child as Text).length && !taken?.has(child as Text)) {
          taken?.add(child as Text);
          context.run.push(child as Text);
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const verdict = this.verdict(element);
      if (verdict === 'inline') {
        this.enter(element, runs, items);
        this.walk(element, context, runs, items, deep, taken);
        continue;
      }
      end();
      if (verdict === 'fields') this.collectAttributes(element, items);
      else if (verdict === 'block' && deep) {
        this.enter(element, runs, items);
        this.walk(element, context, runs, items, deep, taken);
        end();
      } else if (verdict === 'skip' && (element.localName === 'iframe' || element.localName === 'frame')) {
        this.addFrame(element as HTMLIFrameElement, runs, items);
      }
    }
  }

  /** Runs under `root`, which starts and ends a run of its own. */
  private collect(root: Node, runs: Run[], items: AttributeItem[], deep: boolean, taken: Set<Text> | null): void {
    const context = { run: [] as Text[] };
    this.walk(root, context, runs, items, deep, taken);
    this.endRun(context.run, runs);
  }

  /** A run joins the batch only if converting could change it. */
  private endRun(nodes: Text[], runs: Run[]): void {
    if (nodes.length === 0) return;
    const inputs = nodes.map((node) => this.sourceOf(node));
    if (inputs.some(mayConvert)) runs.push({ nodes, inputs });
  }

  /** Per-element work on the way down: lang, open shadow roots. */
  private enter(element: Element, runs: Run[], items: AttributeItem[]): void {
    const lang = element.hasAttributes() ? element.getAttribute('lang') : null;
    if (lang && /^zh\b/i.test(lang)) this.setLang(element);
    if (element.shadowRoot) this.addRoot(element.shadowRoot, runs, items);
  }

  private addFrame(frame: HTMLIFrameElement, runs: Run[], items: AttributeItem[]): void {
    if (frame.getAttribute('translate') === 'no') return;
    const load = () => {
      if (this.stopped) return;
      const frameRuns: Run[] = [];
      const frameItems: AttributeItem[] = [];
      this.tryFrameDocument(frame, frameRuns, frameItems);
      void this.convertAndApply([{ runs: frameRuns, items: frameItems }]);
    };
    frame.addEventListener('load', load);
    this.tryFrameDocument(frame, runs, items);
  }

  private tryFrameDocument(frame: HTMLIFrameElement, runs: Run[], items: AttributeItem[]): void {
    let frameDoc: Document | null = null;
    try {
      frameDoc = frame.contentDocument; // null or throws when cross-origin
    } catch {
      return;
    }
    if (frameDoc?.documentElement) this.addRoot(frameDoc, runs, items);
  }

  private collectAttributes(element: Element, items: AttributeItem[]): void {
    if (!element.hasAttributes()) return;
    for (const name of CONVERTED_ATTRIBUTES) this.collectAttribute(element, name, items);
    if (element.localName === 'input' && BUTTON_TYPES.has((element.getAttribute('type') ?? '').toLowerCase())) {
      this.collectAttribute(element, 'value', items);
    }
  }

  private collectAttribute(element: Element, name: string, items: AttributeItem[]): void {
    const value = element.getAttribute(name);
    if (!value) return;
    const record = this.attributes.get(element)?.get(name);
    const input = record && record.converted === value ? record.original : value;
    if (mayConvert(input)) items.push({ element, name, input });
  }

  /** The text a node had before we converted it (its current text if we never did, or the site changed it since). */
  private sourceOf(node: Text): string {
    const record = this.texts.get(node);
    return record && node.data === record.converted ? record.original : node.data;
  }

  /**
   * Converts the batches (one request each, all in flight at once) and writes them together in one task, so the
   * browser relays the page out once for all of them.
   */
  private async convertAndApply(batches: Batch[], withLangs = true): Promise<void> {
    batches = batches.filter((batch) => batch.runs.length || batch.items.length);
    if (this.stopped || batches.length === 0) return;
    const converted = await Promise.all(
      batches.map(({ runs, items }) =>
        this.options.convert([...runs.map((run) => run.inputs), ...items.map((item) => [item.input])]),
      ),
    );
    if (this.stopped) return;
    this.writing(() => {
      batches.forEach(({ runs, items }, b) => {
        const blocks = converted[b]!;
        runs.forEach((run, r) => {
          this.applyRun(run, blocks[r]!);
        });
        items.forEach((item, i) => {
          this.applyAttribute(item, blocks[runs.length + i]![0]!);
        });
      });
      if (withLangs) this.writeLangs();
    });
  }

  /** Write converted runs in one task. */
  private writeRuns(runs: [Run, string[]][]): void {
    if (this.stopped || runs.length === 0) return;
    this.writing(() => {
      for (const [run, outputs] of runs) this.applyRun(run, outputs);
    });
  }

  /** Our writes, with the observer off: what the site changed meanwhile is noted first. */
  private writing(apply: () => void): void {
    this.note(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      this.write(apply);
    } finally {
      for (const root of this.roots) this.observe(root);
    }
  }

  private applyRun(run: Run, outputs: string[]): void {
    run.nodes.forEach((node, i) => {
      this.applyText(node, run.inputs[i]!, outputs[i]!);
    });
    if (this.langPerBlock) this.writeBlockLang(run);
  }

  private writeBlockLang(run: Run): void {
    let block = run.nodes[0]!.parentElement;
    while (block?.parentElement && this.verdict(block) === 'inline') block = block.parentElement;
    if (!block || this.langs.has(block) || !run.nodes.some((node) => this.texts.has(node))) return;
    this.langs.set(block, block.getAttribute('lang'));
    block.setAttribute('lang', langTag(this.options.to));
  }

  private applyText(node: Text, input: string, output: string): void {
    const record = this.texts.get(node);
    const current = node.data;
    if (record && current === record.converted) {
      // Ours, converted again (a block re-read after a change next to it).
      if (record.original === input && output !== current) node.data = record.converted = output;
      return;
    }
    if (current !== input) return; // changed while converting: the observer brings it back
    if (output === current) {
      if (record) this.texts.delete(node);
      return;
    }
    if (record && !this.allowRewrite(node)) return;
    this.texts.set(node, { original: node.data, converted: output });
    node.data = output;
  }

  private applyAttribute({ element, name, input }: AttributeItem, output: string): void {
    const value = element.getAttribute(name);
    const records = this.attributes.get(element) ?? new Map<string, Original>();
    const record = records.get(name);
    if (value === null) return;
    if (record && value === record.converted) {
      if (record.original === input && output !== value) element.setAttribute(name, (record.converted = output));
      return;
    }
    if (value !== input || output === value) return;
    if (record && !this.allowRewrite(element)) return;
    records.set(name, { original: value, converted: output });
    this.attributes.set(element, records);
    element.setAttribute(name, output);
  }

  private allowRewrite(node: Node): boolean {
    const count = (this.rewrites.get(node) ?? 0) + 1;
    this.rewrites.set(node, count);
    return count <= MAX_REWRITES;
  }

  private note(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        const node = record.target as Text;
        const ours = this.texts.get(node);
        if (ours && ours.converted === node.data) continue;
        this.markBlock(node);
      } else if (record.type === 'childList') {
        for (const added of record.addedNodes) {
          if (added.nodeType === 3) this.markBlock(added);
          else if (added.nodeType === 1) {
            this.markBlock(added);
            this.dirtyTrees.add(added);
          }
        }
      } else if (record.type === 'attributes' && record.attributeName) {
        const element = record.target as Element;
        const ours = this.attributes.get(element)?.get(record.attributeName);
        if (ours && ours.converted === element.getAttribute(record.attributeName)) continue;
        let names = this.dirtyAttributes.get(element);
        if (!names) this.dirtyAttributes.set(element, (names = new Set()));
        names.add(record.attributeName);
      }
    }
    if (!this.flushing && (this.dirtyBlocks.size || this.dirtyTrees.size || this.dirtyAttributes.size)) {
      this.flushing = this.flush().finally(() => (this.flushing = null));
    }
  }

  /** The block a node's text belongs to: its nearest ancestor that is not inline (or its root). */
  private markBlock(node: Node): void {
    let block = node.parentNode;
    while (block && block.nodeType === 1 && this.verdict(block as Element) === 'inline') block = block.parentNode;
    if (block) this.dirtyBlocks.add(block);
  }

  private async flush(): Promise<void> {
    await Promise.resolve();
    while (!this.stopped && (this.dirtyBlocks.size || this.dirtyTrees.size || this.dirtyAttributes.size)) {
      const blocks = [...this.dirtyBlocks];
      const trees = [...this.dirtyTrees];
      const attributes = [...this.dirtyAttributes];
      this.dirtyBlocks.clear();
      this.dirtyTrees.clear();
      this.dirtyAttributes.clear();
      const runs: Run[] = [];
      const items: AttributeItem[] = [];
      const taken = new Set<Text>();
      for (const block of blocks) {
        if (!this.isConvertible(block)) continue;
        if (block.nodeType === 1 && this.verdict(block as Element) === 'fields') continue;
        this.collect(block, runs, items, false, taken);
      }
      for (const tree of trees) {
        if (!tree.parentNode || !this.isConvertible(tree.parentNode)) continue;
        const verdict = this.verdict(tree as Element);
        if (verdict === 'skip') continue;
        if (verdict === 'fields') this.collectAttributes(tree as Element, items);
        else {
          this.enter(tree as Element, runs, items);
          this.collect(tree, runs, items, true, taken);
        }
      }
      for (const [element, names] of attributes) {
        if (!this.isConvertible(element)) continue;
        for (const name of names) {
          if (name !== 'value' || element.localName === 'input') this.collectAttribute(element, name, items);
        }
      }
      await this.convertAndApply([{ runs, items: dedupe(items) }]);
    }
  }

  /** Whether text directly under `node` may be converted: it is attached to one of our roots and nothing above excludes it. */
  private isConvertible(node: Node): boolean {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (current.nodeType === 9 || current.nodeType === 11) return this.roots.has(current as Document | ShadowRoot);
      if (current.nodeType === 1) {
        const verdict = this.verdict(current as Element);
        if (verdict === 'skip' || (verdict === 'fields' && current !== node)) return false;
      }
    }
    return false;
  }
}

/** Put originals back where the page still shows what we wrote. */
function restore(
  texts: [Text, Original][],
  attributes: [Element, Map<string, Original>][],
  langs: [Element, string | null][],
): void {
  for (const [node, record] of texts) {
    if (node.data === record.converted) node.data = record.original;
  }
  for (const [element, records] of attributes) {
    for (const [name, record] of records) {
      if (element.getAttribute(name) === record.converted) element.setAttribute(name, record.original);
    }
  }
  for (const [element, lang] of langs) {
    if (lang === null) element.removeAttribute('lang');
    else element.setAttribute('lang', lang);
  }
}

const now = () => performance.now();

/**
 * Yield to the browser: the next slice runs as a task of its own, after any frame that is due (a message task has
 * the priority of a timer without its 4 ms clamp).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Slices yield a task each, and a frame once they have written FRAME_NODES since the last one. */
class FramePacer {
  private sinceFrame = 0;

  constructor(private readonly doc: Document) {}

  async wrote(nodes: number): Promise<void> {
    this.sinceFrame += nodes;
    const view = this.doc.defaultView;
    // A hidden page draws no frames, and a window being torn down has none to draw: it only yields.
    const drawing = view && this.doc.visibilityState !== 'hidden' && typeof view.requestAnimationFrame === 'function';
    if (this.sinceFrame < FRAME_NODES || !drawing) return nextTask();
    this.sinceFrame = 0;
    await nextFrame(view);
    await nextTask();
  }
}

/** Resolves in the next frame's animation callbacks, or after 100 ms if no frame comes. */
function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = view.setTimeout(resolve, 100);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      resolve();
    });
  });
}

/** The runs (in document order) whose first node's element is in view, found by bisection. */
function runsInView(runs: Run[], height: number): Run[] {
  const rect = (run: Run) => run.nodes[0]!.parentElement?.getBoundingClientRect();
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rect(runs[middle]!)?.bottom ?? 0) < 0) low = middle + 1;
    else high = middle;
  }
  const shown: Run[] = [];
  for (let i = low; i < runs.length; i++) {
    const box = rect(runs[i]!);
    if (box && box.top > height) break;
    shown.push(runs[i]!);
  }
  return shown;
}

function dedupe(items: AttributeItem[]): AttributeItem[] {
  const seen = new Set<string>();
  const out: AttributeItem[] = [];
  const ids = new Map<Element, number>();
  for (const item of items) {
    if (!ids.has(item.element)) ids.set(item.element, ids.size);
    const key = `${ids.get(item.element)}:${item.name}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** Runs below this many are converted in one go: splitting would cost more than it saves. */
const SPLIT_FROM = 300;
/** Runs come in document order: after this many in a row below the fold, the rest are taken to be too. */
const BELOW_FOLD_STREAK = 60;

/** Runs in the viewport first, the rest after; reads layout once, before any write. */
function splitInView(runs: Run[], height: number): [Run[], Run[]] {
  if (runs.length < SPLIT_FROM || height === 0) return [runs, []];
  const visible: Run[] = [];
  const rest: Run[] = [];
  let below = 0;
  for (const run of runs) {
    const element = below < BELOW_FOLD_STREAK ? run.nodes[0]!.parentElement : null;
    const rect = element?.getBoundingClientRect();
    if (rect && rect.bottom >= 0 && rect.top <= height) {
      visible.push(run);
      below = 0;
    } else {
      rest.push(run);
      if (rect && rect.top > height) below++;
    }
  }
  return [visible, rest];
}
