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

export interface ClosureContext {
  canonicalOf: (report: string, entity: string) => string | undefined;
  entities: Map<string, CanonicalEntity>;
}

/**
 * What a later report offers to close gaps, worked out once per report however many gaps look at
 * it: statements with a speaker (the words the speaker is known by, the stems of what they said)
 * and sentences no gap of the report overlaps (their text, whether they name a person, their
 * content-word stems). Built from the analysis `a` when first needed; a compact view
 * (`compactView`) has both built and holds no analysis.
 */
export interface LaterView {
  id: string;
  date: string;
  a: Analysis | null;
  said: { item: string; cue: string; canonical: string | undefined; speakerWords: string[]; text: string; stems: string[] }[] | null;
  sentences: { text: string; named: boolean; stems: string[] }[] | null;
}

function speakerWords(r: Analysis, speaker: NonNullable<Statement['speaker']>): string[] {
  const record = speaker.entity ? r.entityIndex.find((e) => e.id === speaker.entity) : undefined;
  return [...new Set(foldName([speaker.text, speaker.name ?? '', record?.name ?? '', record?.affiliation ?? '', record?.role ?? ''].join(' ')).split(' '))];
}

function saidOf(l: LaterView, ctx: ClosureContext): NonNullable<LaterView['said']> {
  if (!l.said) {
    const a = l.a!;
    l.said = [];
    for (const s of a.statements) {
      if (!s.speaker) continue;
      const text = s.content.map((c) => c.text).join(' … ');
      const canonical = s.speaker.entity ? ctx.canonicalOf(a.report.id, s.speaker.entity) : undefined;
      l.said.push({ item: s.id, cue: s.cue.text, canonical, speakerWords: speakerWords(a, s.speaker), text, stems: contentWords(text).map(stem) });
    }
  }
  return l.said;
}

function sentencesOf(l: LaterView): NonNullable<LaterView['sentences']> {
  if (!l.sentences) {
    const r = l.a!;
    l.sentences = [];
    for (const sent of r.sentences) {
      if (r.unknowns.some((x) => x.start < sent.end && sent.start < x.end)) continue;
      const text = r.text.slice(sent.start, sent.end);
      const named = r.entities.some((m) => m.type === 'PERSON' && m.start >= sent.start && m.end <= sent.end);
      l.sentences.push({ text, named, stems: [...new Set(contentWords(text).map(stem))] });
    }
  }
  return l.sentences;
}

const viewOf = (a: Analysis): LaterView => ({ id: a.report.id, date: a.report.date ?? '', a, said: null, sentences: null });

/** What any gap of a story could be closed by: its silent parties (canonical ids, head words) and its unnamed actors' verb stems. */
export interface GapNeeds {
  subjects: Set<string>;
  heads: Set<string>;
  verbs: Set<string>;
}

/** The party a no-response or declined-to-comment gap is about: its canonical entity, if linked, and the words that name it. */
function silentParty(u: Unknown, from: Analysis, ctx: ClosureContext): { subject: CanonicalEntity | undefined; heads: string[] } | null {
  if (!u.subject) return null;
  const subject = u.subject.entity ? ctx.entities.get(ctx.canonicalOf(from.report.id, u.subject.entity) ?? '') : undefined;
  const names = subject ? [subject.name, ...subject.aliases] : [u.subject.text];
  const heads = names.map((n) => foldName(n).split(' ').find((w) => w.length > 3)).filter((h): h is string => h !== undefined);
  return { subject, heads };
}

/** Stemmed content words of what an unnamed actor did; the first is its verb. */
const actionWords = (u: Unknown) => contentWords(u.about).map(stem);

/** Everything the gaps of these reports could be closed by. */
export function gapNeeds(reports: Analysis[], ctx: ClosureContext): GapNeeds {
  const needs: GapNeeds = { subjects: new Set(), heads: new Set(), verbs: new Set() };
  for (const r of reports) {
    for (const u of r.unknowns) {
      if (u.kind === 'no-response' || u.kind === 'declined-to-comment') {
        const party = silentParty(u, r, ctx);
        if (party?.subject) needs.subjects.add(party.subject.id);
        for (const h of party?.heads ?? []) needs.heads.add(h);
      } else if (u.kind === 'unspecified-actor') {
        const words = actionWords(u);
        if (words.length) needs.verbs.add(words[0]);
      }
    }
  }
  return needs;
}

/**
 * A report's view with everything worked out and the analysis let go, to hold many reports in
 * little memory: only statements and sentences that could close one of `needs` are kept (the
 * others could close none of the story's gaps), and words are shared through `words`.
 */
export function compactView(a: Analysis, ctx: ClosureContext, needs: GapNeeds, words: Map<string, string> = new Map()): LaterView {
  const l = viewOf(a);
  const share = (list: string[]) => list.map((w) => words.get(w) ?? (words.set(w, w), w));
  l.said = saidOf(l, ctx).filter((x) => (x.canonical !== undefined && needs.subjects.has(x.canonical)) || x.speakerWords.some((w) => needs.heads.has(w)));
  for (const said of l.said) {
    said.speakerWords = share(said.speakerWords);
    said.stems = share(said.stems);
  }
  l.sentences = sentencesOf(l).filter((x) => x.stems.some((w) => needs.verbs.has(w)));
  for (const sent of l.sentences) sent.stems = share(sent.stems);
  l.a = null;
  return l;
}

/** Does a statement speaker speak for the silent subject (same entity, or named with it)? */
function speaksFor(said: NonNullable<LaterView['said']>[number], subject: CanonicalEntity | undefined, heads: string[]): boolean {
  if (subject && said.canonical === subject.id) return true;
  // The subject's distinctive first word ("Vellmar" of "Vellmar Shipping") in the speaker's name, role or affiliation.
  return heads.some((h) => said.speakerWords.includes(h));
}

/**
 * A party that has not responded closes when it speaks at all; one that declined to comment on a
 * topic closes only when it speaks on that topic (two content words of the topic in what it says).
 */
function closeNoResponse(u: Unknown, from: Analysis, later: LaterView[], ctx: ClosureContext): Omit<Closure, 'unknown'> | null {
  const party = silentParty(u, from, ctx);
  if (!party) return null;
  const { subject, heads } = party;
  const topic = u.kind === 'declined-to-comment' ? contentWords(u.about).map(stem) : [];
  for (const l of later) {
    for (const said of saidOf(l, ctx)) {
      if (!speaksFor(said, subject, heads)) continue;
      if (topic.length && said.stems.filter((w) => topic.includes(w)).length < Math.min(2, topic.length)) continue;
      return { closedBy: l.id, item: said.item, text: said.text || said.cue, rule: topic.length ? 'declined-to-comment/subject-speaks-on-topic' : 'no-response/subject-speaks' };
    }
  }
  return null;
}

function closeUnspecifiedActor(u: Unknown, later: LaterView[]): Omit<Closure, 'unknown'> | null {
  const words = actionWords(u);
  if (words.length === 0) return null;
  const verb = words[0];
  for (const l of later) {
    for (const sent of sentencesOf(l)) {
      if (!sent.stems.includes(verb)) continue;
      const shared = words.filter((w) => sent.stems.includes(w)).length;
      if (shared >= 3 || (shared >= 1 && sent.named)) return { closedBy: l.id, item: null, text: sent.text, rule: 'unspecified-actor/actor-named' };
    }
  }
  return null;
}

/** Kinds of gap a later report can close. */
const CLOSABLE = new Set<Unknown['kind']>(['no-response', 'declined-to-comment', 'unspecified-actor']);

/** Does the report hold a gap that a later report could close? */
export function hasClosableGap(a: Analysis): boolean {
  return a.unknowns.some((u) => CLOSABLE.has(u.kind));
}

/**
 * Close gaps with later reports of the same story: a party that "has not yet responded" closes
 * when a later report carries a statement by it; an actor "not specified" closes when a later
 * report names who did the same thing. Copies of the gap's own report never close it. `byId`
 * needs only reports' headers and gaps when `views` gives every story report's compact view.
 */
export function findClosures(stories: Story[], byId: Map<string, Analysis>, copyOf: Map<string, string>, ctx: ClosureContext, views?: Map<string, LaterView>): Closure[] {
  const out: Closure[] = [];
  for (const story of stories) {
    const reports = story.reportIds.map((id) => byId.get(id)!).filter(Boolean);
    if (!reports.some((r) => r.unknowns.length > 0)) continue;
    const later0 = reports.map((a) => views?.get(a.report.id) ?? viewOf(a));
    for (const r of reports) {
      if (r.unknowns.length === 0) continue;
      const root = copyOf.get(r.report.id) ?? r.report.id;
      const date = r.report.date ?? '';
      const later = later0.filter((x) => x.id !== r.report.id && x.date > date && (copyOf.get(x.id) ?? x.id) !== root);
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
