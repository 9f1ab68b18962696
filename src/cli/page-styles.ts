/**
 * What a page's own stylesheets hide. A browser applies the `<style>` elements of a saved page (`#title_desc {
 * display: none }`, a `.otitle` the site keeps for its share card) even when the page's linked stylesheets are gone,
 * so the CLI does too: the cascade of `display` and `visibility` over the page's `<style>` rules (specificity, order,
 * `!important`, the inline style) is resolved for every element a hiding rule matches, and the outcome written into
 * that element's inline style, where the DOM walk reads what is hidden. Linked stylesheets are not fetched.
 * Media queries are answered for a desktop window 1280 pixels wide.
 */
import type { CssNode, Rule, Selector } from 'css-tree';
import generate from 'css-tree/generator';
import parse from 'css-tree/parser';

const DESKTOP_WIDTH = 1280;

type Property = 'display' | 'visibility';

interface Declaration {
  selector: string;
  /**
   * What an element must have for the selector to match it, from the selector's last compound: `#id`, `.class` or a
   * tag name; empty when the compound names none of them. Only declarations keyed to an element are tried on it.
   */
  key: string;
  property: Property;
  value: string;
  important: boolean;
  /** Specificity packed as ids × 10⁶ + classes × 10³ + types. */
  specificity: number;
  /** Position in the page's stylesheets: a later declaration wins a tie. */
  order: number;
}

const HIDING: Record<Property, string> = { display: 'none', visibility: 'hidden' };
const PROPERTIES: readonly Property[] = ['display', 'visibility'];
/** Selectors for a state the page is not in at rest, or for pseudo-elements rather than the element. */
const NOT_AT_REST = new Set([
  'hover',
  'focus',
  'focus-within',
  'focus-visible',
  'active',
  'visited',
  'target',
  'before',
  'after',
  'first-line',
  'first-letter',
]);

export function applyPageStyles(doc: Document): void {
  const declarations = pageDeclarations(doc);
  if (!declarations.some(hides)) return;
  const byKey = new Map<string, Declaration[]>();
  for (const declaration of declarations) {
    const list = byKey.get(declaration.key);
    if (list) list.push(declaration);
    else byKey.set(declaration.key, [declaration]);
  }
  // Each selector is run once over the document, when an element first needs it.
  const matched = new Map<string, Set<Element>>();
  const matches = (element: Element, selector: string): boolean => {
    let set = matched.get(selector);
    if (!set) matched.set(selector, (set = select(doc, selector)));
    return set.has(element);
  };
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const candidates = keyedTo(element, byKey);
    if (!candidates.some(hides)) continue;
    const inline = element.getAttribute('style') ?? '';
    const hidden = PROPERTIES.filter(
      (property) => cascaded(element, property, candidates, inline, matches) === HIDING[property],
    );
    if (hidden.length === 0) continue;
    const added = hidden.map((property) => `${property}: ${HIDING[property]} !important`).join('; ');
    element.setAttribute('style', inline.trim() ? `${inline.replace(/;?\s*$/, '')}; ${added}` : added);
  }
}

const hides = (declaration: Declaration): boolean => declaration.value === HIDING[declaration.property];

function keyedTo(element: Element, byKey: Map<string, Declaration[]>): Declaration[] {
  const candidates = [...(byKey.get('') ?? []), ...(byKey.get(element.localName) ?? [])];
  const id = element.getAttribute('id');
  if (id) candidates.push(...(byKey.get(`#${id}`) ?? []));
  const className = element.getAttribute('class');
  if (className)
    for (const name of new Set(className.split(/\s+/))) if (name) candidates.push(...(byKey.get(`.${name}`) ?? []));
  return candidates;
}

/** The value a browser computes for the property on this element, as far as the page's `<style>` rules decide it. */
function cascaded(
  element: Element,
  property: Property,
  candidates: Declaration[],
  inline: string,
  matches: (element: Element, selector: string) => boolean,
): string | null {
  let winner: Declaration | null = null;
  for (const declaration of candidates) {
    if (declaration.property !== property || (winner && !outranks(declaration, winner))) continue;
    if (matches(element, declaration.selector)) winner = declaration;
  }
  const own = inlineDeclaration(inline, property);
  if (own && (own.important || !winner?.important)) return own.value;
  return winner?.value ?? null;
}

function outranks(a: Declaration, b: Declaration): boolean {
  if (a.important !== b.important) return a.important;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.order > b.order;
}

function inlineDeclaration(style: string, property: Property): { value: string; important: boolean } | null {
  let found: { value: string; important: boolean } | null = null;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon === -1 || part.slice(0, colon).trim().toLowerCase() !== property) continue;
    const value = part
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const important = /!\s*important$/.test(value);
    const declared = { value: value.replace(/\s*!\s*important$/, ''), important };
    if (!found || important || !found.important) found = declared;
  }
  return found;
}

/** Written as any browser accepts it, give or take comments and escapes: enough to skip sheets that hide nothing. */
const MAY_HIDE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const MAY_DECIDE = /display|visibility/i;

function pageDeclarations(doc: Document): Declaration[] {
  const sheets: string[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const type = (style.getAttribute('type') ?? '').trim().toLowerCase();
    if (type && type !== 'text/css') continue;
    const media = style.getAttribute('media');
    if (media && !mediaMatches(media)) continue;
    const css = style.textContent ?? '';
    if (MAY_DECIDE.test(css)) sheets.push(css);
  }
  const declarations: Declaration[] = [];
  if (!sheets.some((css) => MAY_HIDE.test(css))) return declarations;
  for (const css of sheets)
    collect(parse(css, { parseValue: false, parseCustomProperty: false, onParseError: () => {} }), declarations);
  return declarations;
}

function collect(node: CssNode, out: Declaration[]): void {
  if (node.type === 'StyleSheet' || node.type === 'Block') {
    for (const child of node.children) collect(child, out);
    return;
  }
  if (node.type === 'Atrule') {
    if (!node.block) return;
    const name = node.name.toLowerCase();
    const prelude = node.prelude ? generate(node.prelude) : '';
    if ((name === 'media' && mediaMatches(prelude)) || name === 'supports' || name === 'layer')
      collect(node.block, out);
    return;
  }
  if (node.type === 'Rule') collectRule(node, out);
}

function collectRule(rule: Rule, out: Declaration[]): void {
  const wanted: { property: Property; value: string; important: boolean }[] = [];
  for (const child of rule.block.children) {
    if (child.type !== 'Declaration') continue;
    const property = child.property.toLowerCase();
    if (property !== 'display' && property !== 'visibility') continue;
    wanted.push({ property, value: generate(child.value).trim().toLowerCase(), important: Boolean(child.important) });
  }
  if (wanted.length === 0 || rule.prelude.type !== 'SelectorList') return;
  for (const selector of rule.prelude.children) {
    if (selector.type !== 'Selector' || !atRest(selector)) continue;
    const text = generate(selector);
    const specificity = specificityOf(selector);
    const key = keyOf(selector);
    for (const declaration of wanted) out.push({ selector: text, key, specificity, order: out.length, ...declaration });
  }
}

function keyOf(selector: Selector): string {
  let id = '';
  let className = '';
  let tag = '';
  for (const node of selector.children) {
    if (node.type === 'Combinator') {
      id = className = tag = '';
    } else if (node.type === 'IdSelector') id = `#${node.name}`;
    else if (node.type === 'ClassSelector') className ||= `.${node.name}`;
    else if (node.type === 'TypeSelector' && node.name !== '*') tag = node.name.toLowerCase();
  }
  return id || className || tag;
}

function atRest(selector: CssNode): boolean {
  let rest = true;
  visit(selector, (node) => {
    if (node.type === 'PseudoElementSelector') rest = false;
    else if (node.type === 'PseudoClassSelector' && NOT_AT_REST.has(node.name.toLowerCase())) rest = false;
  });
  return rest;
}

function specificityOf(selector: CssNode): number {
  let ids = 0;
  let classes = 0;
  let types = 0;
  const count = (node: CssNode): void => {
    if (node.type === 'IdSelector') ids++;
    else if (node.type === 'ClassSelector' || node.type === 'AttributeSelector') classes++;
    else if (node.type === 'TypeSelector' && node.name !== '*') types++;
    else if (node.type === 'PseudoClassSelector') {
      const name = node.name.toLowerCase();
      // :where() counts nothing; :is(), :not() and :has() count their most specific argument.
      if (name === 'where') return;
      if (node.children && ['is', 'not', 'has', 'matches'].includes(name)) {
        let most = 0;
        for (const list of node.children)
          if (list.type === 'SelectorList')
            for (const inner of list.children) most = Math.max(most, specificityOf(inner));
        ids += Math.floor(most / 1e6);
        classes += Math.floor(most / 1e3) % 1e3;
        types += most % 1e3;
        return;
      }
      classes++;
      return;
    }
    if ('children' in node && node.children) for (const child of node.children) count(child);
  };
  if ('children' in selector && selector.children) for (const child of selector.children) count(child);
  return ids * 1e6 + classes * 1e3 + types;
}

function visit(node: CssNode, see: (node: CssNode) => void): void {
  see(node);
  if ('children' in node && node.children) for (const child of node.children) visit(child, see);
}

/** A media query list for a desktop screen: `screen`, `all`, and width features; anything else does not match. */
export function mediaMatches(list: string): boolean {
  return list.split(',').some((query) => {
    const text = query.trim().toLowerCase();
    if (!text) return true;
    const negated = /^not\s/.test(text);
    const body = text.replace(/^(?:not|only)\s+/, '');
    const type = /^([a-z-]+)/.exec(body)?.[1];
    let matches = !type || type === 'and' || type === 'all' || type === 'screen';
    for (const [, feature, value] of body.matchAll(/\(\s*([a-z-]+)\s*(?::\s*([^)]*))?\)/g)) {
      matches &&= featureMatches(feature!, value?.trim());
    }
    return negated ? !matches : matches;
  });
}

function featureMatches(feature: string, value: string | undefined): boolean {
  const pixels = value ? /^(\d+(?:\.\d+)?)(px|em|rem)?$/.exec(value) : null;
  const width = pixels ? Number(pixels[1]) * (pixels[2] === 'em' || pixels[2] === 'rem' ? 16 : 1) : Number.NaN;
  if (feature === 'min-width') return width <= DESKTOP_WIDTH;
  if (feature === 'max-width') return width >= DESKTOP_WIDTH;
  return false;
}

/** The elements a selector matches; none when linkedom cannot run it (an unknown pseudo-class). */
function select(doc: Document, selector: string): Set<Element> {
  try {
    return new Set(doc.querySelectorAll(selector));
  } catch {
    return new Set();
  }
}
