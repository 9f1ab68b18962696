/**
 * Clean a live page in place: hide what the rules called boilerplate, leave the article where it is, and restore
 * the page exactly. The only marks left on the page are one data attribute per hidden element and one <style>;
 * both are removed on restore, so `documentElement.outerHTML` is what it was before.
 */
import type { Role } from '../../core/article';

const HIDDEN_ATTRIBUTE = 'data-qingdu-hidden';
export const STYLE_ATTRIBUTE = 'data-qingdu-style';

const KEPT_ROLES: ReadonlySet<Role> = new Set(['body', 'title', 'subtitle', 'meta', 'caption']);

/**
 * The elements to hide: for each boilerplate/duplicate block, its highest ancestor that holds no kept block — so a
 * whole share bar or footer goes, not just its text. Never <html>, <body> or <head>, never above `within` when
 * given (a subtree classified on its own); outermost elements only.
 */
export function elementsToHide(elements: readonly Element[], roles: readonly Role[], within?: Element): Element[] {
  const holdsKept = new Set<Element>();
  elements.forEach((element, i) => {
    if (!KEPT_ROLES.has(roles[i] ?? 'body')) return;
    for (let node: Element | null = element; node && !holdsKept.has(node); node = node.parentElement)
      holdsKept.add(node);
  });
  const doc = elements[0]?.ownerDocument;
  const stops = new Set<Element | null | undefined>([doc?.documentElement, doc?.body, doc?.head, null]);
  const tops = new Set<Element>();
  elements.forEach((element, i) => {
    if (KEPT_ROLES.has(roles[i] ?? 'body') || holdsKept.has(element) || stops.has(element)) return;
    let top = element;
    if (within && !within.contains(top)) return;
    while (top !== within && !stops.has(top.parentElement) && !holdsKept.has(top.parentElement!))
      top = top.parentElement!;
    tops.add(top);
  });
  return [...tops].filter((element) => {
    for (let up = element.parentElement; up; up = up.parentElement) if (tops.has(up)) return false;
    return true;
  });
}

/** Hides elements and undoes it. One instance per document; `restore()` is safe to call twice. */
export class InPlaceCleaner {
  private readonly hidden = new Set<Element>();
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  get active(): boolean {
    return this.style !== null;
  }

  hide(elements: Iterable<Element>): number {
    if (!this.style) {
      this.style = this.doc.createElement('style');
      this.style.setAttribute(STYLE_ATTRIBUTE, '');
      this.style.textContent = `[${HIDDEN_ATTRIBUTE}]{display:none!important}`;
      (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
    }
    let count = 0;
    for (const element of elements) {
      if (this.hidden.has(element) || element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
      element.setAttribute(HIDDEN_ATTRIBUTE, '');
      this.hidden.add(element);
      count++;
    }
    return count;
  }

  /** Hidden elements, outermost first as hidden. */
  get hiddenElements(): Element[] {
    return [...this.hidden];
  }

  restore(): void {
    for (const element of this.hidden) element.removeAttribute(HIDDEN_ATTRIBUTE);
    this.hidden.clear();
    this.style?.remove();
    this.style = null;
  }
}
