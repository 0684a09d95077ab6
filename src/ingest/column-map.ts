/** Report fields a CSV column can fill. */
export const REPORT_FIELDS = ['text', 'date', 'title', 'url', 'sources', 'outlet', 'id'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Which CSV column fills which report field (column names as in the header). */
export type ColumnMap = Partial<Record<ReportField, string>>;

/** Columns tried, in order, for a field the map does not name (case-insensitive). */
const DEFAULT_COLUMNS: Record<ReportField, string[]> = {
  text: ['text', 'body', 'content', 'article', 'story'],
  date: ['date', 'published', 'pubdate', 'published_at', 'publish_date', 'datetime'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  sources: ['sources', 'source', 'credit', 'agency'],
  outlet: ['outlet', 'publisher', 'site', 'newspaper'],
  id: ['id', 'guid', 'article_id'],
};

/**
 * Parse `--map` values such as `text=body,date=published` (repeatable, comma-separated).
 * Throws an Error with a plain message for an unknown field or a malformed pair.
 */
export function parseColumnMap(specs: string[]): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of specs.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*(.+)$/.exec(pair);
    if (!m) throw new Error(`--map takes field=column pairs, not "${pair}"`);
    if (!(REPORT_FIELDS as readonly string[]).includes(m[1])) throw new Error(`--map: unknown field "${m[1]}" (fields: ${REPORT_FIELDS.join(', ')})`);
    map[m[1] as ReportField] = m[2].trim();
  }
  return map;
}

export type ColumnIndex = Partial<Record<ReportField, number>>;

/**
 * Resolve a map against a header row: named columns must exist; other fields take the first
 * default column present. Returns the indexes, or an error message naming what is missing.
 */
export function resolveColumns(header: string[], map: ColumnMap): { ok: true; index: ColumnIndex } | { ok: false; message: string } {
  const lower = header.map((h) => h.trim().toLowerCase());
  const index: ColumnIndex = {};
  for (const field of REPORT_FIELDS) {
    const named = map[field];
    if (named !== undefined) {
      const i = lower.indexOf(named.toLowerCase());
      if (i < 0) return { ok: false, message: `column "${named}" (for ${field}) is not in the header: ${header.join(', ')}` };
      index[field] = i;
      continue;
    }
    const i = DEFAULT_COLUMNS[field].map((c) => lower.indexOf(c)).find((x) => x >= 0);
    if (i !== undefined) index[field] = i;
  }
  if (index.text === undefined) return { ok: false, message: `no text column (tried ${DEFAULT_COLUMNS.text.join(', ')}; name it with --map text=COLUMN); header: ${header.join(', ')}` };
  return { ok: true, index };
}
