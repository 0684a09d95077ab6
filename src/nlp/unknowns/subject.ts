import type { Doc } from '../../model/doc.js';
import { tEnd, tStart, type Ctx, type TokSpan } from '../statements/context.js';
import { npStartingAt } from '../statements/noun-phrase.js';
import { isDocumentPhrase, resolveDocumentAuthor } from '../statements/resolve/document-author.js';
import { isDefiniteNominal, resolveNominal } from '../statements/resolve/nominal.js';
import { resolvePronoun, type Prior } from '../statements/resolve/pronoun.js';
import { referentOf } from '../statements/resolve/referent.js';
import { speakerLeft } from '../statements/speaker.js';

export interface GapSubject {
  text: string;
  entity: string | null;
  /** First character of the subject phrase in the text. */
  start: number;
}

/** Speakers already found by the statements component, as resolution antecedents. */
export function priorsFromStatements(doc: Doc): Prior[] {
  const index = new Map(doc.get('entityIndex').map((r) => [r.id, r]));
  const out: Prior[] = [];
  for (const st of doc.get('statements')) {
    if (!st.speaker || !st.speaker.name) continue;
    const rec = st.speaker.entity ? index.get(st.speaker.entity) : undefined;
    out.push({ ref: { entity: st.speaker.entity, name: st.speaker.name, type: rec?.type ?? null, at: st.speaker.start }, sentence: st.sentence });
  }
  return out.sort((a, b) => a.ref.at - b.ref.at);
}

const PRONOUNS = new Set(['it', 'he', 'she', 'they']);

/**
 * Resolve a subject phrase as the statements component resolves speakers: a pronoun or a document
 * ("the statement") to whom it stands for, a definite nominal to its fuller mention, a name to its
 * entity. The text is the phrase as written, or the resolved name for pronouns and documents.
 */
export function resolveSubject(ctx: Ctx, span: TokSpan, si: number, priors: Prior[]): GapSubject {
  const start = tStart(ctx, span.first);
  const written = ctx.text.slice(start, tEnd(ctx, span.last));
  const before = priors.filter((p) => p.ref.at < start);
  const w = ctx.words[span.first];
  if (span.first === span.last && PRONOUNS.has(w)) {
    const r = resolvePronoun(ctx, w, start, si, before);
    return { text: r?.ref.name ?? written, entity: r?.ref.entity ?? null, start };
  }
  if (isDocumentPhrase(ctx, span)) {
    const r = resolveDocumentAuthor(ctx, span, [], before, new Map());
    return { text: written, entity: r?.ref.entity ?? null, start };
  }
  if (isDefiniteNominal(ctx, span)) {
    const r = resolveNominal(ctx, span, before);
    if (r) return { text: written, entity: r.ref.entity, start };
  }
  return { text: written, entity: referentOf(ctx, span).entity, start };
}

/** The subject written before the token `at` ("The ministry did not …"). */
export function subjectBefore(ctx: Ctx, at: number, si: number, priors: Prior[]): GapSubject | null {
  const s = ctx.doc.sentences[si].tokenStart;
  const span = speakerLeft(ctx, at, s);
  return span ? resolveSubject(ctx, span, si, priors) : null;
}

/** The subject starting at token `at` ("a response from Russia"). */
export function subjectAt(ctx: Ctx, at: number, si: number, priors: Prior[]): GapSubject | null {
  const e = ctx.doc.sentences[si].tokenEnd;
  const span = npStartingAt(ctx, at, e - 1, false);
  return span ? resolveSubject(ctx, span, si, priors) : null;
}
