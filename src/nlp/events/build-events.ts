import type { EventRecord, Statement } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';
import { npEndingAt } from './clause/noun-phrase.js';
import { governingVerb, subjectOf } from './clause/roles.js';
import { isVerbAt } from './clause/verb-chain.js';
import { codeType } from './code-type.js';
import { clauseRecipient, nounRoles, ref, verbRoles, type Roles } from './event-roles.js';
import { npSpan, speakerActor } from './link/actor-ref.js';
import { eventDate } from './link/event-date.js';
import { eventPlace } from './link/place.js';
import { statementAt } from './link/statement.js';
import { applyControl, type Trigger } from './match/control.js';
import { findTriggers } from './match/find-triggers.js';
import { modalDemands } from './match/modal-demand.js';
import { modalityAt, type Modality } from './modality.js';
import type { PloverType } from './plover.js';
import { isSubordinate } from './salience.js';

/**
 * Agentless actions an authority reports about its own sphere: "attempts have been neutralized
 * and criminal proceedings initiated", said by a ministry, are the ministry's government's doing.
 */
const IMPLICIT_SPEAKER_TYPES = new Set(['COERCE', 'ACCUSE', 'SANCTION']);
const CONDITION = /\b(?:unless|if)\b/i;

/** True when the statement's speaker is a state or an organ of one. */
function isAuthority(doc: Doc, st: Statement): boolean {
  const m = doc.get('entities').find((x) => x.entity === st.speaker?.entity);
  return !!m && (m.type === 'GPE' || (m.type === 'ORG' && !!m.affiliation));
}

/** End of the clause that holds token `i`: the next comma, semicolon, subordinator or sentence end. */
function clauseEnd(doc: Doc, i: number): number {
  const s = doc.sentences[doc.sentenceOfToken(i)];
  for (let j = i + 1; j < s.tokenEnd; j++) {
    if (/^[,;:]$/.test(doc.token(j)) || doc.pos(j) === 'SCONJ') return doc.tokens.start[j];
  }
  return s.end;
}

/**
 * Modality of a trigger: a noun's comes from the verb that governs it ("will provide aid"); in
 * reported speech "would" is the future seen from the past ("said they would boycott").
 */
function modalityOf(doc: Doc, t: Trigger, isVerb: boolean, st: Statement | null): Modality {
  let at = t.roleVerb;
  if (!isVerb) {
    const np = npEndingAt(doc, t.last) ?? { first: t.first, last: t.last };
    const gv = governingVerb(doc, np.first);
    if (gv >= 0) at = gv;
  }
  const m = modalityAt(doc, at);
  if (m.aux === null && st && m.would) return { ...m, aux: 'future', hedged: false };
  return m;
}

/** Roles of a "must/should" demand: the one who says it asks it of the one who must act. */
function demandRoles(doc: Doc, t: Trigger, st: Statement | null): Roles {
  const actor = t.roleVerb >= 0 ? ref(doc, subjectOf(doc, t.roleVerb), 'reporting-subject', null) : st ? speakerActor(doc, st, npSpan(doc, { first: t.head, last: t.head }), 'speaker') : null;
  const speakerSpan = actor?.rule === 'speaker' && st?.speaker ? { start: st.speaker.start, end: st.speaker.end, text: st.speaker.text } : {};
  return { actor: actor ? { ...actor, ...speakerSpan } : null, target: ref(doc, subjectOf(doc, t.head), 'obliged-subject', null), implicit: false };
}

/** Lexicon and control triggers of a sentence, then "must/should" demands (which replace a lexicon trigger on the same verb). */
function triggersOf(doc: Doc, si: number, statements: Statement[]): Trigger[] {
  const inStatement = (i: number) => statementAt(statements, doc.tokens.start[i], doc.tokens.end[i]) !== null;
  const demands = modalDemands(doc, si, inStatement);
  const heads = new Set(demands.map((d) => d.head));
  return [...applyControl(doc, findTriggers(doc, si)).filter((t) => !heads.has(t.head)), ...demands].sort((a, b) => a.first - b.first);
}

/**
 * Code every event of a Doc: triggers from the lexicon, control verbs and reported demands; actor
 * and target from the clause; modality, and the manual's type rules (code-type.ts); main clause or
 * not; statement, date and place. An event left without a doer inside a statement by a state
 * organ (an agentless passive) takes the speaker as actor (`implicit-speaker`). When no object
 * names a recipient, the first entity named in the trigger's clause is the target (`clause-entity`).
 */
export function buildEvents(doc: Doc): EventRecord[] {
  const out: EventRecord[] = [];
  const statements = doc.get('statements');
  const dates = doc.get('dates');
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    for (const t of triggersOf(doc, si, statements)) {
      const start = doc.tokens.start[t.first];
      const end = doc.tokens.end[t.last];
      const headStart = doc.tokens.start[t.head];
      const st = statementAt(statements, headStart, doc.tokens.end[t.head]);
      const isVerb = isVerbAt(doc, t.head);
      const roles = t.rule === 'modal-demand' ? demandRoles(doc, t, st) : isVerbAt(doc, t.roleVerb) ? verbRoles(doc, t, st) : nounRoles(doc, t, st);
      let actor = roles.actor;
      const entry = t.match.pattern.entry;
      if (!actor && roles.implicit && st && IMPLICIT_SPEAKER_TYPES.has(entry.type) && isAuthority(doc, st)) actor = speakerActor(doc, st, npSpan(doc, { first: t.head, last: t.head }), 'implicit-speaker');
      if (actor && actor.rule === 'implicit-speaker') actor = { ...actor, start: st!.speaker!.start, end: st!.speaker!.end, text: st!.speaker!.text };
      const clause = clauseEnd(doc, t.last);
      const target = roles.target ?? clauseRecipient(doc, end, clause, actor);
      const modality = t.rule === 'modal-demand' ? { negated: false, hedged: false, aux: null, would: false } : modalityOf(doc, t, isVerb, st);
      const conditional = CONDITION.test(doc.text.slice(end, sentence.end));
      const coded = codeType(entry.type as PloverType, { ...modality, conditional });
      // The manual: "joint military operations are coded as COOPERATE but single-country exercises MOBILIZE".
      const joint = coded.type === 'MOBILIZE' && (actor?.members?.length ?? 0) > 1 && /exercise|drill|maneuv|manoeuv|game/i.test(t.match.pattern.entry.pattern);
      const type = joint ? 'COOPERATE' : coded.type;
      const rule = [t.rule === 'lexicon' || t.rule === 'embedded' || t.rule === 'order-to' ? `${t.rule}:${entry.pattern}` : t.rule, coded.rule, joint ? 'joint-exercise' : null].filter(Boolean).join('+');
      out.push({
        id: `ev${out.length + 1}`,
        type,
        mode: type === entry.type ? entry.mode ?? null : null,
        trigger: { start, end, text: doc.text.slice(start, end) },
        actor,
        target,
        date: eventDate(dates, sentence, headStart, doc.report.date),
        place: eventPlace(doc.text, doc.get('entities'), end, clause, target),
        statement: st?.id ?? null,
        negated: modality.negated && coded.rule !== 'negated-cooperation',
        hedged: modality.hedged || (st?.hedged ?? false),
        aux: modality.aux,
        main: !isSubordinate(doc, t.first, t.head),
        sentence: si,
        rule,
      });
    }
  }
  return out;
}
