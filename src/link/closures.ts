import type { Analysis } from '../model/analysis.js';
import type { Unknown } from '../model/annotations.js';
import { foldName } from './normalise.js';
import type { CanonicalEntity, Closure, Story } from './types.js';

const FILLER = new Set(['who', 'which', 'what', 'whom', 'whose', 'how', 'why', 'when', 'where', 'whether', 'the', 'a', 'an', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'behind', 'and', 'or', 'it', 'its', 'this', 'that', 'these', 'those', 'be', 'been']);

function contentWords(s: string): string[] {
  return foldName(s).split(' ').filter((w) => w.length > 2 && !FILLER.has(w));
}

/** Crude stem so "ordered", "orders" and "order" meet. */
const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');

interface Ctx {
  canonicalOf: (report: string, entity: string) => string | undefined;
  entities: Map<string, CanonicalEntity>;
}

/** Does statement speaker `s` in report `r` speak for the silent subject (same entity, or named with it)? */
function speaksFor(r: Analysis, speaker: NonNullable<Analysis['statements'][number]['speaker']>, subject: CanonicalEntity | undefined, subjectText: string, ctx: Ctx): boolean {
  if (subject && speaker.entity && ctx.canonicalOf(r.report.id, speaker.entity) === subject.id) return true;
  const record = speaker.entity ? r.entityIndex.find((e) => e.id === speaker.entity) : undefined;
  const said = foldName([speaker.text, speaker.name ?? '', record?.name ?? '', record?.affiliation ?? '', record?.role ?? ''].join(' '));
  const names = subject ? [subject.name, ...subject.aliases] : [subjectText];
  // The subject's distinctive first word ("Vellmar" of "Vellmar Shipping") in the speaker's name, role or affiliation.
  return names.some((n) => {
    const head = foldName(n).split(' ').find((w) => w.length > 3);
    return head !== undefined && said.split(' ').includes(head);
  });
}

/**
 * A party that has not responded closes when it speaks at all; one that declined to comment on a
 * topic closes only when it speaks on that topic (two content words of the topic in what it says).
 */
function closeNoResponse(u: Unknown, from: Analysis, later: Analysis[], ctx: Ctx): Omit<Closure, 'unknown'> | null {
  if (!u.subject) return null;
  const subject = u.subject.entity ? ctx.entities.get(ctx.canonicalOf(from.report.id, u.subject.entity) ?? '') : undefined;
  const topic = u.kind === 'declined-to-comment' ? contentWords(u.about).map(stem) : [];
  for (const r of later) {
    for (const s of r.statements) {
      if (!s.speaker || !speaksFor(r, s.speaker, subject, u.subject.text, ctx)) continue;
      const said = s.content.map((c) => c.text).join(' … ');
      if (topic.length && contentWords(said).map(stem).filter((w) => topic.includes(w)).length < Math.min(2, topic.length)) continue;
      return { closedBy: r.report.id, item: s.id, text: said || s.cue.text, rule: topic.length ? 'declined-to-comment/subject-speaks-on-topic' : 'no-response/subject-speaks' };
    }
  }
  return null;
}

function closeUnspecifiedActor(u: Unknown, later: Analysis[]): Omit<Closure, 'unknown'> | null {
  const words = contentWords(u.about);
  if (words.length === 0) return null;
  const verb = stem(words[0]);
  for (const r of later) {
    for (const sent of r.sentences) {
      const text = r.text.slice(sent.start, sent.end);
      const ws = contentWords(text);
      if (!ws.some((w) => stem(w) === verb)) continue;
      if (r.unknowns.some((x) => x.start < sent.end && sent.start < x.end)) continue;
      const shared = words.filter((w) => ws.some((x) => stem(x) === stem(w))).length;
      const named = r.entities.some((m) => m.type === 'PERSON' && m.start >= sent.start && m.end <= sent.end);
      if (shared >= 3 || (shared >= 1 && named)) return { closedBy: r.report.id, item: null, text, rule: 'unspecified-actor/actor-named' };
    }
  }
  return null;
}

/**
 * Close gaps with later reports of the same story: a party that "has not yet responded" closes
 * when a later report carries a statement by it; an actor "not specified" closes when a later
 * report names who did the same thing. Copies of the gap's own report never close it.
 */
export function findClosures(stories: Story[], byId: Map<string, Analysis>, copyOf: Map<string, string>, ctx: Ctx): Closure[] {
  const out: Closure[] = [];
  for (const story of stories) {
    const reports = story.reportIds.map((id) => byId.get(id)!).filter(Boolean);
    for (const r of reports) {
      const root = copyOf.get(r.report.id) ?? r.report.id;
      const later = reports.filter((x) => x !== r && (x.report.date ?? '') > (r.report.date ?? '') && (copyOf.get(x.report.id) ?? x.report.id) !== root);
      for (const u of r.unknowns) {
        let c: Omit<Closure, 'unknown'> | null = null;
        if (u.kind === 'no-response' || u.kind === 'declined-to-comment') c = closeNoResponse(u, r, later, ctx);
        else if (u.kind === 'unspecified-actor') c = closeUnspecifiedActor(u, later);
        if (c) out.push({ unknown: `${r.report.id}:${u.id}`, ...c });
      }
    }
  }
  return out;
}
