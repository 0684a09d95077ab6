/** The input formats the readers understand. */
export type InputFormat = 'text' | 'jsonl' | 'feed' | 'html' | 'warc' | 'csv';

const BY_EXTENSION: [RegExp, InputFormat][] = [
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.(rss|atom|rdf|xml)$/i, 'feed'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.warc(\.gz)?$/i, 'warc'],
  [/\.(csv|tsv)$/i, 'csv'],
  [/\.(txt|text)$/i, 'text'],
];

/** The format a file name's extension says, or null when it says nothing we know. */
export function formatFromName(file: string): InputFormat | null {
  for (const [re, format] of BY_EXTENSION) if (re.test(file)) return format;
  return null;
}

/**
 * The format the first bytes show: a WARC record header or gzip (only WARCs are read
 * gzipped), an XML feed root, an HTML document; anything else is text (seed format or plain).
 */
export function sniffFormat(head: Uint8Array): InputFormat {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'warc';
  const start = new TextDecoder('windows-1252').decode(head.subarray(0, 2048)).replace(/^(\u00ef\u00bb\u00bf|\ufeff)/, '').trimStart();
  if (start.startsWith('WARC/1.')) return 'warc';
  const lower = start.toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+\w+[^>]*>\s*)?<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/.test(lower)) return 'html';
  return 'text';
}

/** The format of a file: by extension when it is one we know, else by its first bytes. */
export function detectFormat(file: string, head: Uint8Array): InputFormat {
  return formatFromName(file) ?? sniffFormat(head);
}
