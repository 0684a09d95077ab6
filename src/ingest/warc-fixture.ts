import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

/** One record of a test archive. */
export interface TestWarcRecord {
  type: 'response' | 'request' | 'warcinfo' | 'revisit';
  url: string;
  /** WARC-Date, ISO. */
  date: string;
  status?: number;
  httpHeaders?: Record<string, string>;
  body: Uint8Array | string;
  /** Gzip the HTTP payload and say so in Content-Encoding. */
  gzipBody?: boolean;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Build a WARC in memory with warcio's serializer, deterministic (fixed record ids and dates),
 * so tests and docs need no archive from outside.
 */
export async function buildTestWarc(records: TestWarcRecord[], options: { gzip?: boolean } = {}): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const [i, r] of records.entries()) {
    let body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
    const httpHeaders = { ...(r.httpHeaders ?? {}) };
    if (r.gzipBody) {
      body = gzipSync(body);
      httpHeaders['Content-Encoding'] = 'gzip';
    }
    const record = r.type === 'warcinfo'
      ? WARCRecord.createWARCInfo({ date: r.date, warcHeaders: { 'WARC-Record-ID': `<urn:uuid:00000000-0000-0000-0000-${String(i).padStart(12, '0')}>` } }, { software: 'newsgraph tests' })
      : WARCRecord.create({
        url: r.url, date: r.date, type: r.type, statusline: `HTTP/1.1 ${r.status ?? 200} ${r.status === 404 ? 'Not Found' : 'OK'}`, httpHeaders,
        warcHeaders: { 'WARC-Record-ID': `<urn:uuid:00000000-0000-0000-0000-${String(i).padStart(12, '0')}>` },
      }, once(body));
    parts.push(await WARCSerializer.serialize(record, { gzip: options.gzip ?? false }));
  }
  return Buffer.concat(parts);
}

const page = (title: string, date: string | null, paragraphs: string[]) => `<!doctype html><html><head><title>${title}</title>${date ? `<meta property="article:published_time" content="${date}">` : ''}<meta property="og:site_name" content="Alentejo Tribune"></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** The records of the sample archive: two readable pages, one hostile page, and records to skip. */
export function sampleWarcRecords(): TestWarcRecord[] {
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  return [
    { type: 'warcinfo', url: '', date: '2024-03-07T10:00:00Z', body: '' },
    { type: 'request', url: 'https://tribune.example/spill', date: '2024-03-07T10:00:01Z', body: 'GET /spill HTTP/1.1\r\nHost: tribune.example\r\n\r\n' },
    {
      type: 'response', url: 'https://tribune.example/spill', date: '2024-03-07T10:00:01Z', httpHeaders: html, gzipBody: true,
      body: page('Beaches reopen after spill', '2024-03-06T09:00:00Z', [
        'The regional government said on Wednesday that the beaches south of the harbour would reopen at the weekend, after tests found no fuel in the water.',
        'Fishermen said they had lost a week of work and asked who would pay for it. Vellmar Shipping did not comment on compensation.',
      ]),
    },
    { type: 'response', url: 'https://tribune.example/logo.png', date: '2024-03-07T10:00:02Z', httpHeaders: { 'Content-Type': 'image/png' }, body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
    { type: 'response', url: 'https://tribune.example/gone', date: '2024-03-07T10:00:03Z', status: 404, httpHeaders: html, body: '<html><body><p>Not found</p></body></html>' },
    {
      type: 'response', url: 'https://tribune.example/mussels', date: '2024-03-07T10:00:04Z', httpHeaders: { 'Content-Type': 'text/html; charset=ISO-8859-1' },
      body: Buffer.from(page('Mussel farms stay closed', null, [
        'The mussel farms in the bay will stay closed for at least another fortnight, the fisheries agency said, because the shells hold fuel residue.',
        'Farmers in Peniche said the closure would cost them the season. The agency did not say how it would test the água in the lagoon.',
      ]), 'latin1'),
    },
    { type: 'response', url: 'https://tribune.example/deep', date: '2024-03-07T10:00:05Z', httpHeaders: html, gzipBody: true, body: `<html><body>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body></html>` },
  ];
}
