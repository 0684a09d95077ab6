import type { Analysis } from '../model/analysis.js';
import type { Statement, Unknown } from '../model/annotations.js';
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

/** What a later report offers to close gaps, worked out once per report however many gaps look at it. */
interface Later {
  a: Analysis;
  /** Statements with a speaker: the words the speaker is known by, and the stems of what they said. */
  said: { s: Statement; canonical: string | undefined; speakerWords: Set<string>; text: string; stems: string[] }[] | null;
  /** Sentences that no gap of the report overlaps: their text, whether they name a person, and their content-word stems. */
  sentences: { text: string; named: boolean; stems: Set<string> }[] | null;
}

function speakerWords(r: Analysis, speaker: NonNullable<Statement['speaker']>): Set<string> {
  const record = speaker.entity ? r.entityIndex.find((e) => e.id === speaker.entity) : undefined;
  return new Set(foldName([speaker.text, speaker.name ?? '', record?.name ?? '', record?.affiliation ?? '', record?.role ?? ''].join(' ')).split(' '));
}

function saidOf(l: Later, ctx: Ctx): NonNullable<Later['said']> {
  if (!l.said) {
    l.said = [];
    for (const s of l.a.statements) {
      if (!s.speaker) continue;
      const text = s.content.map((c) => c.text).join(' … ');
      const canonical = s.speaker.entity ? ctx.canonicalOf(l.a.report.id, s.speaker.entity) : undefined;
      l.said.push({ s, canonical, speakerWords: speakerWords(l.a, s.speaker), text, stems: contentWords(text).map(stem) });
    }
  }
  return l.said;
}

function sentencesOf(l: Later): NonNullable<Later['sentences']> {
  if (!l.sentences) {
    const r = l.a;
    l.sentences = [];
    for (const sent of r.sentences) {
      if (r.unknowns.some((x) => x.start < sent.end && sent.start < x.end)) continue;
      const text = r.text.slice(sent.start, sent.end);
      const named = r.entities.some((m) => m.type === 'PERSON' && m.start >= sent.start && m.end <= sent.end);
      l.sentences.push({ text, named, stems: new Set(contentWords(text).map(stem)) });
    }
  }
  return l.sentences;
}

/** Does a statement speaker speak for the silent subject (same entity, or named with it)? */
function speaksFor(said: NonNullable<Later['said']>[number], subject: CanonicalEntity | undefined, heads: string[]): boolean {
  if (subject && said.canonical === subject.id) return true;
  // The subject's distinctive first word ("Vellmar" of "Vellmar Shipping") in the speaker's name, role or affiliation.
  return heads.some((h) => said.speakerWords.has(h));
}

/**
 * A party that has not responded closes when it speaks at all; one that declined to comment on a
 * topic closes only when it speaks on that topic (two content words of the topic in what it says).
 */
function closeNoResponse(u: Unknown, from: Analysis, later: Later[], ctx: Ctx): Omit<Closure, 'unknown'> | null {
  if (!u.subject) return null;
  const subject = u.subject.entity ? ctx.entities.get(ctx.canonicalOf(from.report.id, u.subject.entity) ?? '') : undefined;
  const topic = u.kind === 'declined-to-comment' ? contentWords(u.about).map(stem) : [];
  const names = subject ? [subject.name, ...subject.aliases] : [u.subject.text];
  const heads = names.map((n) => foldName(n).split(' ').find((w) => w.length > 3)).filter((h): h is string => h !== undefined);
  for (const l of later) {
    for (const said of saidOf(l, ctx)) {
      if (!speaksFor(said, subject, heads)) continue;
      if (topic.length && said.stems.filter((w) => topic.includes(w)).length < Math.min(2, topic.length)) continue;
      return { closedBy: l.a.report.id, item: said.s.id, text: said.text || said.s.cue.text, rule: topic.length ? 'declined-to-comment/subject-speaks-on-topic' : 'no-response/subject-speaks' };
    }
  }
  return null;
}

function closeUnspecifiedActor(u: Unknown, later: Later[]): Omit<Closure, 'unknown'> | null {
  const words = contentWords(u.about).map(stem);
  if (words.length === 0) return null;
  const verb = words[0];
  for (const l of later) {
    for (const sent of sentencesOf(l)) {
      if (!sent.stems.has(verb)) continue;
      const shared = words.filter((w) => sent.stems.has(w)).length;
      if (shared >= 3 || (shared >= 1 && sent.named)) return { closedBy: l.a.report.id, item: null, text: sent.text, rule: 'unspecified-actor/actor-named' };
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
    if (!reports.some((r) => r.unknowns.length > 0)) continue;
    const views: Later[] = reports.map((a) => ({ a, said: null, sentences: null }));
    for (const r of reports) {
      if (r.unknowns.length === 0) continue;
      const root = copyOf.get(r.report.id) ?? r.report.id;
      const date = r.report.date ?? '';
      const later = views.filter((x) => x.a !== r && (x.a.report.date ?? '') > date && (copyOf.get(x.a.report.id) ?? x.a.report.id) !== root);
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
