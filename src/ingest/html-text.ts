import { parseHTML } from 'linkedom';

/** The few DOM node fields text extraction needs (linkedom nodes have them). */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'BUTTON', 'SELECT', 'CANVAS']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Text of a DOM subtree with paragraphs kept apart: block elements end a paragraph (blank
 * line), `<br>` a line, and runs of spaces collapse. Walks with an explicit stack, so deep
 * nesting cannot overflow the call stack.
 */
export function nodeText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = () => {
    const l = line.replace(/[ \t\f\v\r\n\u00a0]+/g, ' ').trim();
    if (l) lines.push(l);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // Each entry is a node to enter, or a marker to close a block on the way out.
  const stack: (NodeLike | 'end-block')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      endLine();
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      endParagraph();
      stack.push('end-block');
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}

/** True when a string looks like HTML markup or holds character references, not plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/.test(s);
}

let scratch: ({ innerHTML: string } & NodeLike) | null = null;

/** Reduce an HTML fragment (feed content, a description) to plain text; plain text passes through tidied. */
export function htmlFragmentToText(html: string): string {
  if (!looksLikeHtml(html)) return html.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  // One scratch document, reused: building a document per fragment costs more than the parse.
  scratch ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document.body as unknown as { innerHTML: string } & NodeLike;
  scratch.innerHTML = html;
  const text = nodeText(scratch);
  scratch.innerHTML = '';
  return text;
}
