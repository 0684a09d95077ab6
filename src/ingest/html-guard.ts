export interface HtmlLimits {
  /** Deepest element nesting accepted; extraction time grows with the square of depth. */
  maxDepth: number;
  /** Most elements accepted. */
  maxElements: number;
  /** A tag longer than this (huge attributes) is reported. */
  maxTagChars: number;
}

export const DEFAULT_HTML_LIMITS: HtmlLimits = { maxDepth: 200, maxElements: 100_000, maxTagChars: 64 * 1024 };

export interface HtmlScan {
  /** Set when the page must be refused: code and message for the diagnostic. */
  refusal: { code: string; message: string } | null;
  /** The longest tag seen, in characters (huge attributes). */
  longestTag: number;
  maxDepth: number;
  elements: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
// Browsers close these implicitly, so sloppy pages leave them open; counting them would make
// ordinary pages look deep.
const IMPLIED_END = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'tbody', 'thead', 'colgroup']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

/**
 * Measure a page before building a DOM: nesting depth, element count and tag length, in one
 * linear pass without a DOM. A DOM and Readability over hostile nesting take seconds to
 * minutes (and can overflow the stack), so such pages are refused up front.
 */
export function scanHtml(html: string, limits: HtmlLimits = DEFAULT_HTML_LIMITS): HtmlScan {
  const scan: HtmlScan = { refusal: null, longestTag: 0, maxDepth: 0, elements: 0 };
  let depth = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    const close = html.indexOf('>', i + 1);
    if (close < 0) break;
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    scan.longestTag = Math.max(scan.longestTag, close - i + 1);
    const name = m[2].toLowerCase();
    const selfClosing = html.charCodeAt(close - 1) === 0x2f;
    if (m[1] === '/') {
      if (!VOID.has(name) && !IMPLIED_END.has(name) && depth > 0) depth--;
    } else {
      scan.elements++;
      if (!VOID.has(name) && !IMPLIED_END.has(name) && !selfClosing) {
        depth++;
        if (depth > scan.maxDepth) scan.maxDepth = depth;
      }
      if (RAW_TEXT.has(name) && !selfClosing) {
        const endTag = new RegExp(`</${name}`, 'gi');
        endTag.lastIndex = close + 1;
        const end = endTag.exec(html);
        if (!end) break;
        i = end.index;
        continue;
      }
    }
    if (scan.maxDepth > limits.maxDepth) {
      scan.refusal = { code: 'input/too-deep', message: `HTML nests elements more than ${limits.maxDepth} deep; refused to keep extraction time bounded` };
      return scan;
    }
    if (scan.elements > limits.maxElements) {
      scan.refusal = { code: 'input/too-many-elements', message: `HTML has more than ${limits.maxElements} elements; refused to keep extraction time bounded` };
      return scan;
    }
    i = html.indexOf('<', close + 1);
  }
  return scan;
}
