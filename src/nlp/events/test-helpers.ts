import type { EventRecord, Mention, Statement } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';
import { createDoc } from '../create-doc.js';
import { createDateRules, findDates } from '../dates/find-dates.js';
import { buildEvents } from './build-events.js';

/** Tests only: a mention over the first occurrence of `text`. */
export function mention(doc: Doc, text: string, type: Mention['type'], entity: string, extra: Partial<Mention> = {}, from = 0): Mention {
  const start = doc.text.indexOf(text, from);
  if (start < 0) throw new Error(`no "${text}" in test text`);
  return { id: `m-${entity}-${start}`, start, end: start + text.length, text, type, entity, name: text, confidence: 1, rule: 'test', ...extra };
}

/** Tests only: run the events over a text with hand-written layers (entities, statements; dates found by our rules). */
export function eventsIn(
  text: string,
  layers: (doc: Doc) => { entities?: Mention[]; statements?: Statement[] } = () => ({}),
  date: string | null = '2023-09-05',
): EventRecord[] {
  const doc = createDoc({ id: 't', date, sources: [], text });
  const l = layers(doc);
  const entities = l.entities ?? [];
  doc.set('entities', entities);
  doc.set('entityIndex', [...new Map(entities.map((m) => [m.entity, { id: m.entity, name: m.name, type: m.type, aliases: [] }])).values()]);
  doc.set('statements', l.statements ?? []);
  doc.set('dates', findDates(doc, createDateRules()));
  return buildEvents(doc);
}

/** `TYPE trigger` pairs, the shape the case tables compare. */
export function typesIn(text: string): string[] {
  return eventsIn(text).map((e) => `${e.type} ${e.trigger.text}`);
}
