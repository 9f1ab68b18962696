/**
 * Saved HTML → Document, built as a browser builds it: parse5 runs the HTML5 tree construction (implied <html>,
 * <head> and <body>, foster parenting, misnested tags, <noscript> as raw text since browsers run with scripting on)
 * and hands every node to linkedom, whose DOM the rest of the CLI reads.
 */
import { DOMParser } from 'linkedom';
import { html, parse, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

type LinkedomNodes = TreeAdapterTypeMap<
  Node,
  ParentNode,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentType
>;

export function parseHtmlDocument(source: string): Document {
  const document = new DOMParser().parseFromString('', 'text/html') as unknown as Document;
  return parse(source, { treeAdapter: linkedomTreeAdapter(document) });
}

/** Template contents live apart from the tree, as in a browser: a selector on the document never finds them. */
const templateContents = new WeakMap<Element, DocumentFragment>();
const documentModes = new WeakMap<Document, html.DOCUMENT_MODE>();

function linkedomTreeAdapter(document: Document): TreeAdapter<LinkedomNodes> {
  return {
    createDocument: () => document,
    createDocumentFragment: () => document.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const element =
        namespaceURI === html.NS.HTML
          ? document.createElement(tagName)
          : document.createElementNS(namespaceURI, tagName);
      for (const { name, value } of attrs) element.setAttribute(name, value);
      return element;
    },
    createCommentNode: (data) => document.createComment(data),
    createTextNode: (value) => document.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    setTemplateContent: (template, content) => void templateContents.set(template, content),
    getTemplateContent: (template) => templateContents.get(template)!,
    setDocumentType() {
      // The doctype only sets the document mode, which parse5 tracks itself; nothing here reads it.
    },
    setDocumentMode: (doc, mode) => void documentModes.set(doc, mode),
    getDocumentMode: (doc) => documentModes.get(doc) ?? html.DOCUMENT_MODE.NO_QUIRKS,
    detachNode: (node) => void (node as ChildNode).remove(),
    insertText(parent, text) {
      const last = parent.lastChild;
      if (last?.nodeType === TEXT_NODE) (last as Text).data += text;
      else parent.appendChild(document.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const previous = reference.previousSibling;
      if (previous?.nodeType === TEXT_NODE) (previous as Text).data += text;
      else parent.insertBefore(document.createTextNode(text), reference);
    },
    adoptAttributes(recipient, attrs) {
      for (const { name, value } of attrs) if (!recipient.hasAttribute(name)) recipient.setAttribute(name, value);
    },
    getFirstChild: (node) => node.firstChild as ChildNode | null,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode,
    getAttrList: (element) => Array.from(element.attributes, ({ name, value }): Token.Attribute => ({ name, value })),
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => (element.namespaceURI ?? html.NS.HTML) as html.NS,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text => node.nodeType === TEXT_NODE,
    isCommentNode: (node): node is Comment => node.nodeType === COMMENT_NODE,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === DOCUMENT_TYPE_NODE,
    isElementNode: (node): node is Element => node.nodeType === ELEMENT_NODE,
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {},
  };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;
