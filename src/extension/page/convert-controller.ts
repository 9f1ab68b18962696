/**
 * The page's script, as the reader chose it: one DomConverter at a time, switched, turned off, or started by a
 * site rule. Calls are serialised, so rapid switching never leaves two converters on the page.
 */
import type { Script } from '../../core/article';
import { convertPieces } from '../../convert/index';
import { detectScript } from '../../core/script';
import type { ScriptTarget } from '../../convert/targets';
import type { Settings, SiteRule } from '../settings';
import { DomConverter } from './convert-dom';
import { hidePage } from './page-hiding';

/** The page is never kept hidden longer than this, whatever happens to the conversion. */
const MAX_HIDDEN_MS = 3000;
/** How much of the page's text decides which script it is written in. */
const SAMPLE_LENGTH = 4000;

let target: ScriptTarget | 'off' = 'off';
let active: DomConverter | null = null;
let queue: Promise<void> = Promise.resolve();

export function getConversion(): ScriptTarget | 'off' {
  return target;
}

/** Convert the page to `next` (from its original text, whatever it shows now), or restore it with 'off'. */
export function setConversion(next: ScriptTarget | 'off', doc: Document = document): Promise<void> {
  return enqueue(() => switchTo(next, doc));
}

/** Apply a site's remembered script. The page stays hidden until its first view shows converted. */
export function autoConvert(rule: SiteRule | undefined, _settings: Settings, doc: Document = document): Promise<void> {
  if (!rule?.convert) return Promise.resolve();
  const reveal = hidePage(doc, MAX_HIDDEN_MS);
  return enqueue(async () => {
    if (doc.readyState === 'loading')
      await new Promise((done) => doc.addEventListener('DOMContentLoaded', done, { once: true }));
    await switchTo(rule.convert!, doc, reveal);
  }).finally(reveal);
}

function enqueue(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function switchTo(next: ScriptTarget | 'off', doc: Document, onVisible?: () => void): Promise<void> {
  if (next === target) return;
  active?.stop();
  active = null;
  target = next;
  if (next === 'off') return;
  const from = pageSource(doc, next);
  const converter = new DomConverter(doc, {
    to: next,
    convert: (blocks) => convertPieces(blocks, next, from),
    onVisible,
  });
  active = converter;
  try {
    await converter.start();
  } catch (error) {
    converter.stop();
    if (active === converter) {
      active = null;
      target = 'off';
    }
    throw error;
  }
}

/**
 * What the page is written in. To simplified, text is always read as traditional (a simplified page passes through
 * unchanged), in its regional form when the page says so; to traditional, by what the text looks like.
 */
export function pageSource(doc: Document, to: ScriptTarget): ScriptTarget {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const region: ScriptTarget = /-(tw)\b|hant-tw/.test(lang) ? 'tw' : /-(hk|mo)\b/.test(lang) ? 'hk' : 'hant';
  if (to === 'hans') return region;
  const script: Script = detectScript((doc.body?.textContent ?? '').slice(0, SAMPLE_LENGTH));
  return script === 'hans' ? 'hans' : region;
}
