/** One sentence of an IOB2 file: gold tokens and tags, plus the sentence text when the file has it. */
export interface IobSentence {
  tokens: string[];
  tags: string[];
  /** The `# text =` line, when present (GUM, UNER). */
  text?: string;
}

/** One document (`# doc =` / `# newdoc id =`) of an IOB2 file. */
export interface IobDoc {
  id: string;
  sentences: IobSentence[];
}

const DOC_LINE = /^#\s*(?:doc|newdoc id)\s*=\s*(.*)$/;
const TEXT_LINE = /^#\s*text\s*=\s?(.*)$/;

/**
 * Parse an IOB2 file in any of the three layouts under the shared NER data: `token<TAB>tag`
 * (GUM, extra/*), or UNER's five columns `index token tag - annotator`. Comment lines start
 * with `#`; a blank line ends a sentence. Sentences before any doc line go to a doc named
 * after `fallbackId`. Tags are repaired to valid IOB2 (a stray I-X becomes B-X).
 */
export function parseIob2(content: string, fallbackId = 'doc'): IobDoc[] {
  const docs: IobDoc[] = [];
  let doc: IobDoc | null = null;
  let cur: IobSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (cur.tokens.length === 0) {
      // Keep a pending `# text` for the next sentence only if no tokens came yet.
      return;
    }
    if (!doc) {
      doc = { id: fallbackId, sentences: [] };
      docs.push(doc);
    }
    cur.tags = repairTags(cur.tags);
    doc.sentences.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#') && !line.includes('\t')) {
      const d = DOC_LINE.exec(line);
      if (d) {
        flush();
        doc = { id: d[1].trim(), sentences: [] };
        docs.push(doc);
        continue;
      }
      const t = TEXT_LINE.exec(line);
      if (t) {
        flush();
        cur.text = t[1];
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length >= 5 && /^\d+$/.test(cols[0])) {
      cur.tokens.push(cols[1]);
      cur.tags.push(cols[2]);
    } else if (cols.length >= 2) {
      cur.tokens.push(cols[0]);
      cur.tags.push(cols[cols.length - 1]);
    }
  }
  flush();
  return docs;
}

/** Make a tag sequence valid IOB2: an I-X that does not continue an X entity starts one. */
export function repairTags(tags: string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const t of tags) {
    if (t.startsWith('I-') && prevType !== t.slice(2)) {
      out.push(`B-${t.slice(2)}`);
      prevType = t.slice(2);
    } else if (t.startsWith('B-') || t.startsWith('I-')) {
      out.push(t);
      prevType = t.slice(2);
    } else {
      out.push('O');
      prevType = '';
    }
  }
  return out;
}
