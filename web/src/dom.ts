/** Building the DOM without HTML strings: every piece of data goes in as text, never as markup. */

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

/** Only same-site paths, fragments and web URLs may become links; anything else is dropped. */
export function safeHref(href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (href.startsWith('#')) return href;
  return /^https?:\/\//i.test(href) ? href : null;
}

function append(el: Node, c: Child): void {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) c.forEach((x) => append(el, x));
  else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
}

/**
 * Create an element. `on<event>` attributes become listeners; `href` passes safeHref; `style`
 * and raw HTML are refused (the CSP forbids inline style, and text is never parsed as markup).
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      el.addEventListener(k.slice(2).toLowerCase(), v);
    } else if (k === 'style' || k === 'innerHTML' || k.startsWith('on')) {
      throw new Error(`refusing attribute ${k}`);
    } else if (k === 'href') {
      const safe = safeHref(String(v));
      if (safe) el.setAttribute('href', safe);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

/** A document fragment of children. */
export function frag(...children: Child[]): DocumentFragment {
  const f = document.createDocumentFragment();
  append(f, children);
  return f;
}

/** Text with [marked] words, as the search snippets come, shown with <mark>. */
export function marked(snippet: string): DocumentFragment {
  const f = document.createDocumentFragment();
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    f.append(snippet.slice(last, m.index), h('mark', {}, m[1]));
    last = m.index + m[0].length;
  }
  f.append(snippet.slice(last));
  return f;
}
