import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** One item (RSS) or entry (Atom) as written, before it becomes a report. */
export interface FeedEntry {
  /** 1-based position in the feed. */
  index: number;
  /** Line of the item's start tag. */
  line: number;
  id: string | null;
  title: string | null;
  link: string | null;
  /** The date as written: pubDate, dc:date, published or updated. */
  date: string | null;
  /** Full content (content:encoded, Atom content), possibly HTML. */
  content: string | null;
  /** Description or summary, possibly HTML. */
  summary: string | null;
  author: string | null;
  /** RSS `<source>`: the channel the item came from. */
  source: string | null;
  /** Set when the item was too large to keep: its size in characters. */
  oversize: number | null;
}

export interface FeedHeader {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
}

export type FeedEvent =
  | { kind: 'header'; header: FeedHeader }
  | { kind: 'entry'; entry: FeedEntry }
  | { kind: 'error'; code: string; message: string; line: number | null; fatal: boolean };

export interface FeedParseLimits {
  /** Largest item, in characters of captured text. */
  maxEntryChars: number;
  /** Deepest element nesting. */
  maxDepth: number;
}

export const DEFAULT_FEED_LIMITS: FeedParseLimits = { maxEntryChars: 2 * 1024 * 1024, maxDepth: 256 };

const local = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();
const ENTRY_FIELDS = new Set(['title', 'link', 'guid', 'id', 'pubdate', 'date', 'published', 'updated', 'issued', 'encoded', 'content', 'description', 'summary', 'creator', 'author', 'source']);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Parse RSS 2.0, RSS 1.0 (RDF) and Atom incrementally with saxes, yielding each item as soon
 * as it closes. Entity declarations in a DTD refuse the whole feed (saxes never expands them,
 * and a feed has no use for them: they are how "billion laughs" attacks start). Text outside
 * items' fields is never kept, so memory stays bounded by the largest item.
 */
export async function* parseFeed(texts: AsyncIterable<string>, limits: FeedParseLimits = DEFAULT_FEED_LIMITS): AsyncGenerator<FeedEvent> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const out: FeedEvent[] = [];
  let stopped = false;
  let undefinedEntities = 0;
  const stop = (code: string, message: string) => {
    if (stopped) return;
    out.push({ kind: 'error', code, message, line: parser.line, fatal: true });
    stopped = true;
  };
  const stack: string[] = [];
  let header: FeedHeader | null = null;
  let entry: FeedEntry | null = null;
  let entryDepth = -1;
  let count = 0;
  let entrySize = 0;
  // The field being captured (relative to entry or channel), its depth and buffer.
  let field: { name: string; depth: number; parts: string[]; markup: boolean } | null = null;
  let headerField: { name: string; parts: string[] } | null = null;
  const fieldValues = new Map<string, string>();

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) stop('input/xml-entities', 'the feed declares XML entities in its DOCTYPE; entity expansion is refused (a "billion laughs" attack starts this way)');
  });
  parser.on('error', (e) => {
    if (/undefined entity/i.test(e.message)) {
      // Reported once, as it happens, so the warning travels with the next item.
      if (undefinedEntities++ === 0) {
        out.push({ kind: 'error', code: 'input/undefined-entity', message: 'undefined entity reference (HTML entities such as &nbsp; are not XML); left as written', line: parser.line, fatal: false });
      }
      return;
    }
    stop('input/bad-xml', `not well-formed XML: ${e.message}`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (stopped) return;
    const name = local(tag.name);
    stack.push(name);
    const depth = stack.length;
    if (depth > limits.maxDepth) return stop('input/too-deep', `elements nest more than ${limits.maxDepth} deep`);
    if (depth === 1) {
      const kind = name === 'rss' ? 'rss' : name === 'feed' ? 'atom' : name === 'rdf' ? 'rdf' : null;
      if (!kind) return stop('input/not-a-feed', `the root element is <${tag.name}>, not <rss>, <feed> or <rdf:RDF>`);
      header = { kind, title: null, link: null };
      return;
    }
    if (field) {
      if (field.markup) {
        const attrs = Object.entries(tag.attributes as Record<string, string>).map(([k, v]) => ` ${k}="${escapeXml(v).replace(/"/g, '&quot;')}"`).join('');
        field.parts.push(`<${name}${attrs}>`);
      }
      return;
    }
    if (!entry && (name === 'item' || name === 'entry')) {
      // Channel title and link come before the items, so the header is complete here.
      if (count === 0 && header) out.push({ kind: 'header', header: { ...header } });
      entry = { index: ++count, line: parser.line, id: null, title: null, link: null, date: null, content: null, summary: null, author: null, source: null, oversize: null };
      entryDepth = depth;
      entrySize = 0;
      fieldValues.clear();
      return;
    }
    if (entry && depth === entryDepth + 1 && ENTRY_FIELDS.has(name)) {
      if (name === 'link' && tag.attributes.href !== undefined) {
        const rel = String(tag.attributes.rel ?? 'alternate');
        if (rel === 'alternate' && !fieldValues.has('link')) fieldValues.set('link', String(tag.attributes.href));
      }
      const type = String(tag.attributes.type ?? '');
      field = { name, depth, parts: [], markup: (name === 'content' || name === 'summary') && type === 'xhtml' };
      return;
    }
    if (entry && name === 'name' && stack[stack.length - 2] === 'author' && depth === entryDepth + 2) {
      field = { name: 'author', depth, parts: [], markup: false };
      return;
    }
    if (!entry && header && (name === 'title' || name === 'link') && !headerField && (depth === 2 || (depth === 3 && stack[1] === 'channel'))) {
      if (name === 'link' && tag.attributes.href !== undefined && !header.link) header.link = String(tag.attributes.href);
      headerField = { name, parts: [] };
    }
  });
  const onText = (text: string) => {
    if (stopped) return;
    if (field && entry) {
      entrySize += text.length;
      if (entrySize > limits.maxEntryChars) {
        entry.oversize = entrySize;
        field.parts = [];
        return;
      }
      field.parts.push(field.markup ? escapeXml(text) : text);
    } else if (headerField) headerField.parts.push(text.slice(0, 1000));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (stopped) return;
    const depth = stack.length;
    const name = stack.pop()!;
    if (field) {
      if (depth > field.depth) {
        if (field.markup) field.parts.push(`</${name}>`);
        return;
      }
      const value = field.parts.join('').trim();
      const key = field.name === 'author' && fieldValues.has('author') ? 'author-extra' : field.name;
      if (value && !fieldValues.has(key)) fieldValues.set(key, value);
      field = null;
      return;
    }
    if (headerField && header) {
      const value = headerField.parts.join('').replace(/\s+/g, ' ').trim();
      if (headerField.name === 'title' && !header.title) header.title = value || null;
      if (headerField.name === 'link' && !header.link) header.link = value || null;
      headerField = null;
      return;
    }
    if (entry && depth === entryDepth) {
      const v = (k: string) => fieldValues.get(k) ?? null;
      out.push({
        kind: 'entry',
        entry: {
          ...entry,
          id: v('guid') ?? v('id'),
          title: v('title'),
          link: v('link'),
          date: v('pubdate') ?? v('published') ?? v('date') ?? v('issued') ?? v('updated'),
          content: v('encoded') ?? v('content'),
          summary: v('description') ?? v('summary'),
          author: v('creator') ?? v('author'),
          source: v('source'),
        },
      });
      entry = null;
      entryDepth = -1;
    }
  });

  const SLICE = 64 * 1024;
  try {
    for await (const text of texts) {
      for (let i = 0; i < text.length && !stopped; i += SLICE) {
        parser.write(text.slice(i, i + SLICE));
        yield* out.splice(0);
      }
      if (stopped) break;
    }
    if (!stopped) parser.close();
  } catch (e) {
    stop('input/bad-xml', `not well-formed XML: ${(e as Error).message}`);
  }
  if (!stopped && header === null) stop('input/not-a-feed', 'no <rss>, <feed> or <rdf:RDF> element');
  if (header && count === 0 && !stopped) out.push({ kind: 'header', header });
  yield* out.splice(0);
}
