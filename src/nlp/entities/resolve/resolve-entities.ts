import type { EntityRecord, Mention } from '../../../model/annotations.js';
import type { Doc } from '../../../model/doc.js';
import { draftSpan, draftText, type Draft } from '../draft.js';
import type { Gazetteer } from '../gazetteer/index.js';

/** Normalised form for matching names: lower case, no leading "the", no possessive. */
export function normaliseName(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/** Initials of a multi-word name, skipping function words: "United Nations" -> "UN". */
export function initials(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(of|the|and|for|de|du|la|le|&)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * In-report resolution: every draft becomes a Mention pointing to a report-level EntityRecord.
 * Mentions join one entity when they share a canonical key (`gpe:CU`), the same normalised name,
 * a surname of a PERSON ("Putin" -> "Vladimir Putin"), an acronym of an ORG/MEDIA name, or an
 * alias link ("X, formerly known as Twitter"). Credited sources become MEDIA entities too, so
 * "BBC" and "EFE" are in the index even when the body never names them.
 */
export function resolveEntities(doc: Doc, drafts: Draft[], gaz: Gazetteer): { mentions: Mention[]; entities: EntityRecord[] } {
  const entities: EntityRecord[] = [];
  const byKey = new Map<string, EntityRecord>();
  const nameOf = (d: Draft) => d.name ?? draftText(doc, d).replace(/^the\s+/i, '').replace(/\s+['’]s$/, '');
  const newEntity = (d: Draft, name: string): EntityRecord => {
    const e: EntityRecord = { id: `e${entities.length + 1}`, name, type: d.type, aliases: [], key: d.key ?? null };
    if (d.role) e.role = d.role;
    if (d.affiliation) e.affiliation = d.affiliation;
    entities.push(e);
    return e;
  };
  const addAlias = (e: EntityRecord, text: string) => {
    if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
  };
  // Longer PERSON names first, so a later or earlier surname finds its full name.
  const order = drafts.map((d, i) => i).sort((a, b) => {
    const da = drafts[a];
    const db = drafts[b];
    if (da.type === 'PERSON' && db.type === 'PERSON') return (db.end - db.first) - (da.end - da.first) || a - b;
    return a - b;
  });
  const entityOfDraft = new Map<number, EntityRecord>();
  const byFirstToken = new Map<number, number>();
  drafts.forEach((d, i) => byFirstToken.set(d.first, i));
  for (const i of order) {
    const d = drafts[i];
    const text = draftText(doc, d);
    const name = nameOf(d);
    let e: EntityRecord | undefined;
    if (d.aliasOf !== undefined) {
      const j = byFirstToken.get(d.aliasOf);
      if (j !== undefined) e = entityOfDraft.get(j);
    }
    const typeKey = d.type === 'GPE' || d.type === 'LOC' ? 'PLACE' : d.type === 'MEDIA' || d.type === 'ORG' ? 'ORGLIKE' : d.type;
    const key = d.key ?? `${typeKey}:${normaliseName(name)}`;
    e ??= byKey.get(key);
    if (!e && d.type === 'PERSON' && d.end - d.first === 1) {
      e = entities.find((x) => x.type === 'PERSON' && x.name.split(/\s+/).slice(1).includes(name));
    }
    if (!e && (d.type === 'ORG' || d.type === 'MEDIA') && /^[A-Z]{2,6}$/.test(name)) {
      e = entities.find((x) => (x.type === 'ORG' || x.type === 'MEDIA') && initials(x.name) === name);
    }
    if (!e) {
      e = newEntity(d, name);
    } else {
      addAlias(e, name);
      if (d.role && !e.role) e.role = d.role;
      if (d.affiliation && !e.affiliation) e.affiliation = d.affiliation;
      if (e.type === 'ORG' && d.type === 'MEDIA') e.type = 'MEDIA';
    }
    if (text !== name) addAlias(e, text);
    byKey.set(key, e);
    entityOfDraft.set(i, e);
  }
  const mentions: Mention[] = drafts.map((d, i) => {
    const span = draftSpan(doc, d);
    const e = entityOfDraft.get(i)!;
    const m: Mention = {
      id: `m${i + 1}`,
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      type: d.type === 'MEDIA' || e.type === 'MEDIA' ? (d.type === 'ORG' ? 'MEDIA' : d.type) : d.type,
      entity: e.id,
      name: e.name,
      confidence: Math.round(d.confidence * 1000) / 1000,
      rule: d.rule,
    };
    if (d.role) m.role = d.role;
    if (d.affiliation) m.affiliation = d.affiliation;
    if (d.government) m.government = true;
    return m;
  });
  for (const src of doc.report.sources) {
    const key = `ORGLIKE:${normaliseName(src)}`;
    const e = byKey.get(key);
    if (e) {
      e.type = 'MEDIA';
      continue;
    }
    const rec: EntityRecord = { id: `e${entities.length + 1}`, name: src, type: 'MEDIA', aliases: [], key: `media:${normaliseName(src)}` };
    entities.push(rec);
    byKey.set(key, rec);
  }
  void gaz;
  return { mentions, entities };
}
