import type { EntityRecord, EntityType, Mention } from '../../../model/annotations.js';
import type { Doc } from '../../../model/doc.js';
import { finishReport } from '../../../ingest/finish-report.js';
import { createDoc } from '../../create-doc.js';
import { createStatementsComponent } from '../index.js';

/** A hand-written mention: the `nth` occurrence (0-based) of `text` in the report. */
export interface MentionSpec {
  text: string;
  type: EntityType;
  /** Entity id; mentions sharing it are one entity. */
  entity: string;
  name?: string;
  nth?: number;
}

/**
 * A Doc for tests: tokens and sentences from the real tokenizer, and the entity layers set from a
 * small table instead of the tagger, so statement tests do not depend on it.
 */
export function makeDoc(text: string, mentions: MentionSpec[] = []): Doc {
  const doc = createDoc(finishReport({ text, date: '2023-09-05', sources: [] }));
  const out: Mention[] = [];
  const records = new Map<string, EntityRecord>();
  mentions.forEach((m, k) => {
    let at = -1;
    for (let n = 0; n <= (m.nth ?? 0); n++) at = text.indexOf(m.text, at + 1);
    if (at < 0) throw new Error(`mention "${m.text}" not in text`);
    const name = m.name ?? m.text;
    out.push({ id: `m${k + 1}`, start: at, end: at + m.text.length, text: m.text, type: m.type, entity: m.entity, name, confidence: 1, rule: 'test' });
    if (!records.has(m.entity)) records.set(m.entity, { id: m.entity, name, type: m.type, aliases: [] });
  });
  doc.set('entities', out.sort((a, b) => a.start - b.start));
  doc.set('entityIndex', [...records.values()]);
  return doc;
}

/** Run the statements component over a test Doc and return it. */
export async function withStatements(doc: Doc): Promise<Doc> {
  (await createStatementsComponent()).process(doc);
  return doc;
}

/** A compact view of a statement for table assertions. */
export function brief(doc: Doc): { speaker: string | null; cue: string; content: string; rule: string }[] {
  return doc.get('statements').map((s) => ({
    speaker: s.speaker?.text ?? null,
    cue: s.cue.text,
    content: s.content.map((c) => c.text).join(' … '),
    rule: s.rule,
  }));
}
