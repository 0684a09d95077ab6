import { parseLooseDate } from './loose-date.js';

/** The DOM calls metadata extraction makes (a linkedom document has them). */
export interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
}

export interface PageMeta {
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** Where the date came from: `meta:article:published_time`, `json-ld`, `time`, ... */
  dateFrom: string | null;
  siteName: string | null;
  url: string | null;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];

const clean = (s: string | null | undefined): string | null => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
};

/** `<meta>` values by lower-cased property/name/itemprop (first one wins). */
function metaValues(doc: DocumentLike): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The first object in JSON-LD (arrays, @graph) that has a datePublished or headline. */
function jsonLdArticle(doc: DocumentLike): Record<string, Json> | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i].textContent ?? '';
    if (raw.length > 1_000_000) continue;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    // Breadth-first with a bound: JSON-LD from the wild can be large and nested.
    const queue: Json[] = [data];
    for (let seen = 0; queue.length && seen < 1000; seen++) {
      const node = queue.shift()!;
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        if (typeof node.datePublished === 'string' || typeof node.headline === 'string') return node;
        if (Array.isArray(node['@graph'])) queue.push(...node['@graph']);
      }
    }
  }
  return null;
}

/** A person's or organisation's name from JSON-LD: a string, {name}, or a list of them. */
function jsonLdName(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => jsonLdName(x)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && typeof v.name === 'string') return clean(v.name);
  return null;
}

/**
 * Read title, byline, publication date, site name and canonical URL from a page's head:
 * Open Graph and article:* meta tags, Dublin Core, JSON-LD (schema.org NewsArticle), and
 * `<time datetime>`. Call before Readability, which changes the document.
 */
export function extractPageMeta(doc: DocumentLike): PageMeta {
  const meta = metaValues(doc);
  const ld = jsonLdArticle(doc);
  let date: string | null = null;
  let dateFrom: string | null = null;
  for (const key of DATE_META) {
    const d = parseLooseDate(meta.get(key));
    if (d) {
      [date, dateFrom] = [d, `meta:${key}`];
      break;
    }
  }
  if (!date && ld && typeof ld.datePublished === 'string') {
    date = parseLooseDate(ld.datePublished);
    if (date) dateFrom = 'json-ld';
  }
  if (!date) {
    const time = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"]');
    date = parseLooseDate(time?.getAttribute('datetime'));
    if (date) dateFrom = 'time';
  }
  const author = meta.get('author') ?? meta.get('article:author') ?? meta.get('dc.creator') ?? null;
  const canonical = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  return {
    title: meta.get('og:title') ?? (ld && typeof ld.headline === 'string' ? clean(ld.headline) : null) ?? meta.get('twitter:title') ?? clean(doc.querySelector('title')?.textContent),
    byline: (author && !/^https?:\/\//.test(author) ? author : null) ?? jsonLdName(ld?.author),
    date,
    dateFrom,
    siteName: meta.get('og:site_name') ?? jsonLdName(ld?.publisher) ?? meta.get('application-name') ?? null,
    url: canonical && /^https?:\/\//.test(canonical) ? canonical : meta.get('og:url') ?? null,
  };
}
