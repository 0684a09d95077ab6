import { cueVerb, EVIDENTIAL_VERBS, PARTICLE_CUES, type CueVerb } from './lexicon/cue-verbs.js';
import { lemma, pos, word, type Ctx } from './context.js';
import { EVIDENCE_NOUNS } from './lexicon/nouns.js';

/** Why a verb-like token is not a cue; each check is one negative rule with its own test cases. */
const NOT_A_CUE: { rule: string; test: (ctx: Ctx, i: number) => boolean }[] = [
  // "the said company": "said" as an adjective after a determiner.
  { rule: 'said-adjective', test: (ctx, i) => word(ctx, i) === 'said' && (pos(ctx, i - 1) === 'DET' || pos(ctx, i) === 'ADJ') },
  // "that is to say", "needless to say", "suffice it to say", "so to speak", "to say nothing of".
  {
    rule: 'fixed-phrase',
    test: (ctx, i) => {
      const w = word(ctx, i);
      if (w !== 'say' && w !== 'speak') return false;
      const prev = `${word(ctx, i - 3)} ${word(ctx, i - 2)} ${word(ctx, i - 1)}`;
      return / (is|needless|it|so) to$/.test(` ${prev}`) || (word(ctx, i - 1) === 'to' && word(ctx, i + 1) === 'nothing');
    },
  },
  // "was told to leave", "were asked to wait": passive orders, not attributions.
  {
    rule: 'passive-order',
    test: (ctx, i) => {
      const l = lemma(ctx, i);
      if (l !== 'tell' && l !== 'ask' && l !== 'order' && l !== 'urge' && l !== 'instruct' && l !== 'advise') return false;
      const be = ['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets'];
      return be.includes(word(ctx, i - 1)) && word(ctx, i + 1) === 'to';
    },
  },
  // "tells the story of": narration, not a claim.
  { rule: 'tells-story', test: (ctx, i) => lemma(ctx, i) === 'tell' && /^(story|tale|history)$/.test(word(ctx, i + 2)) },
  // "add 2 cups", "added to the list", "added fuel": "add" as plain addition.
  {
    rule: 'add-not-speech',
    test: (ctx, i) => lemma(ctx, i) === 'add' && (/^(to|up|onto|on|in|more|another|fuel|insult|new|momentum)$/.test(word(ctx, i + 1)) || pos(ctx, i + 1) === 'NUM'),
  },
  // "called" is only a stance cue with a person/org object and a complement; "so-called", "called off".
  {
    rule: 'called-naming',
    test: (ctx, i) =>
      lemma(ctx, i) === 'call' &&
      (word(ctx, i - 1) === '-' || word(ctx, i - 1) === 'so' || /^(off|up|in|it|at)$/.test(word(ctx, i + 1)) || (word(ctx, i) === 'called' && /^(is|was|are|were|be|been|being)$/.test(word(ctx, i - 1)))),
  },
  // "a program called Sandy Hook Promise", "a class called “Perception”", "called to mind": naming
  // a thing, not a judgement of it.
  {
    rule: 'called-name',
    test: (ctx, i) =>
      word(ctx, i) === 'called' &&
      ((pos(ctx, i - 1) === 'NOUN' && (/^[#“"]/.test(word(ctx, i + 1)) || pos(ctx, i + 1) === 'PROPN' || pos(ctx, i + 1) === 'ADJ')) ||
        (word(ctx, i + 1) === 'to' && word(ctx, i + 2) === 'mind')),
  },
  // "point" only as "point out" / "point to".
  { rule: 'point-not-phrasal', test: (ctx, i) => lemma(ctx, i) === 'point' && !/^(out|to)$/.test(word(ctx, i + 1)) },
  // "continue to", "continued its": not "continued: …" / "…, he continued."
  { rule: 'continue-not-speech', test: (ctx, i) => lemma(ctx, i) === 'continue' && !/^[,.:”"]$/.test(word(ctx, i + 1)) && word(ctx, i + 1) !== 'that' },
  // "read the bill", "reading": "read" only as a document reads ("…,” the statement reads.").
  { rule: 'read-not-document', test: (ctx, i) => lemma(ctx, i) === 'read' && (!/^(reads|read)$/.test(word(ctx, i)) || !/^[,.:”"]$/.test(word(ctx, i + 1))) },
  // "saw the video", "see you there": "see" is a belief only as "see X as Y" or "see that …".
  {
    rule: 'see-not-judgement',
    test: (ctx, i) => {
      if (lemma(ctx, i) !== 'see') return false;
      if (word(ctx, i + 1) === 'that' && pos(ctx, i + 2) !== 'NOUN') return false;
      for (let k = i + 2; k < i + 9 && k < ctx.doc.tokenCount; k++) {
        if (word(ctx, k) === 'as') return false;
        if (pos(ctx, k) === 'VERB' || pos(ctx, k) === 'AUX' || pos(ctx, k) === 'PUNCT') return true;
      }
      return true;
    },
  },
  // "talked about", "referring to", "lashed out": these verbs are cues only with their particle.
  { rule: 'particle-missing', test: (ctx, i) => PARTICLE_CUES.get(lemma(ctx, i))?.has(word(ctx, i + 1)) === false },
  // "the self-described socialist", "a self-proclaimed expert": part of an adjective, not a cue.
  { rule: 'self-compound', test: (ctx, i) => /^self-/.test(word(ctx, i)) || (word(ctx, i - 1) === '-' && word(ctx, i - 2) === 'self') },
  // "the contests known as Super Tuesday": naming, not knowing.
  { rule: 'known-as', test: (ctx, i) => lemma(ctx, i) === 'know' && word(ctx, i + 1) === 'as' },
  // "You know, the Lord made …", "I mean, you know.": a filler, not a belief.
  { rule: 'you-know-filler', test: (ctx, i) => word(ctx, i) === 'know' && word(ctx, i - 1) === 'you' && /^[,.!?;”"—–]$/.test(word(ctx, i + 1)) },
  // "has not responded to requests for comment": a silence (an unknown), not a statement.
  {
    rule: 'respond-to-request',
    test: (ctx, i) => {
      if (lemma(ctx, i) !== 'respond' && lemma(ctx, i) !== 'reply') return false;
      let k = i + 1;
      if (word(ctx, k) !== 'to') return false;
      k++;
      while (k < i + 5 && (pos(ctx, k) === 'DET' || pos(ctx, k) === 'ADJ' || pos(ctx, k) === 'PRON')) k++;
      return /^(requests?|questions?|calls?|emails?|messages?|inquiries|enquiries|queries)$/.test(word(ctx, k));
    },
  },
  // "has not been charged", "was criticized": a passive speech or stance verb without "by" names
  // no source. "It was reported that", "is said to", "was asked about" stay cues.
  {
    rule: 'passive-stance',
    test: (ctx, i) => {
      if (!/(?:ed|en)$/.test(word(ctx, i)) || word(ctx, i + 1) === 'by' || word(ctx, i + 1) === 'that' || word(ctx, i + 1) === 'to') return false;
      const cls = cueVerb(lemma(ctx, i))?.cls;
      if ((cls !== 'stance' && cls !== 'speech') || PASSIVE_CUES.has(lemma(ctx, i))) return false;
      let k = i - 1;
      while (k > i - 4 && (pos(ctx, k) === 'ADV' || word(ctx, k) === 'not' || word(ctx, k) === "n't")) k--;
      return /^(is|was|are|were|be|been|being|get|got|gets|getting)$/.test(word(ctx, k));
    },
  },
];

/** Speech verbs whose passive still reports what someone said or asked. */
const PASSIVE_CUES = new Set(['say', 'report', 'ask', 'quote', 'tell', 'cite']);

/** The first negative rule that rejects token `i` as a cue, or null. */
export function rejectCue(ctx: Ctx, i: number): string | null {
  for (const r of NOT_A_CUE) if (r.test(ctx, i)) return r.rule;
  return null;
}

const VERB_LIKE = new Set(['VERB', 'AUX']);
// The tagger sometimes calls an inflected verb a noun ("strikes"); only these frequent speech
// verbs are trusted in any POS, and only in their inflected forms.
const TRUSTED_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'reported', 'notes', 'argues', 'insists', 'warns', 'explains', 'insisted', 'stressed', 'reads', 'tweeted', 'noted', 'warned', 'argued', 'claimed', 'denied']);

const INTENTION_FORMS = /^(plans|planned|wants|wanted|hopes|hoped|vows|vowed|pledges|pledged|promises|promised|intends|seeks|wishes|threatens|offers|refuses|decides|expects)$/;
const SUBJECT_POS = new Set(['PROPN', 'PRON', 'NOUN']);
const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'SCONJ']);

/**
 * A verb form the tagger called a noun ("notes", "argues", "reports"): an -s/-ed form right after
 * a possible subject and right before a clause ("that", a quote, a determiner, a name).
 */
function looksFinite(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  // "Six in 10 say he is …": a number is a possible subject of a base form.
  const numeric = pos(ctx, i - 1) === 'NUM' && !/(?:s|ed)$/.test(w);
  if ((!SUBJECT_POS.has(pos(ctx, i - 1)) && !numeric) || (pos(ctx, i - 2) === 'DET' && pos(ctx, i - 1) !== 'NOUN')) return false;
  // A base form needs a plural subject: "documents show", "they say".
  if (!numeric && !/(?:s|ed)$/.test(w) && !/s$/.test(word(ctx, i - 1)) && !/^(they|we|i|you)$/.test(word(ctx, i - 1)) && !pluralEvidenceBefore(ctx, i)) return false;
  // A noun before a comma or a full stop is a noun ("sexist attacks, saying …"); a clause must follow.
  const next = word(ctx, i + 1);
  // "Obama plans to send …", "She vows to fight": an intention verb before an infinitive.
  if (next === 'to' && INTENTION_FORMS.test(w) && (pos(ctx, i + 2) === 'VERB' || pos(ctx, i + 2) === 'AUX')) return true;
  return next === 'that' || next === ':' || /^[“"]$/.test(next) || CLAUSE_START_POS.has(pos(ctx, i + 1));
}

/** "FEC records from the 2008 cycle show": a plural evidence noun heads the phrase before a base form. */
function pluralEvidenceBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const p = pos(ctx, k);
    if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' || p === 'PRON') return false;
    if (/s$/.test(word(ctx, k)) && EVIDENCE_NOUNS.has(word(ctx, k))) return true;
  }
  return false;
}

/** The cue verb at token `i`, or undefined when the token is not one. */
export function cueAt(ctx: Ctx, i: number): CueVerb | undefined {
  const l = lemma(ctx, i);
  const entry: CueVerb | undefined = cueVerb(l) ?? (EVIDENTIAL_VERBS.has(l) ? { lemma: l, cls: 'evidential' } : undefined);
  if (!entry) return undefined;
  const p = pos(ctx, i);
  if (!VERB_LIKE.has(p) && !TRUSTED_FORMS.has(word(ctx, i)) && !looksFinite(ctx, i)) return undefined;
  if (p !== 'VERB' && (pos(ctx, i - 1) === 'DET' || pos(ctx, i - 1) === 'ADJ')) return undefined;
  if (rejectCue(ctx, i)) return undefined;
  return entry;
}
