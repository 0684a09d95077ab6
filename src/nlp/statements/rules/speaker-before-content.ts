import { pos, tStart, word } from '../context.js';
import { quoteIndexAt } from '../quotes.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { EVIDENCE_NOUNS } from '../lexicon/nouns.js';
import { npStartingAt } from '../noun-phrase.js';
import { speakerLeft } from '../speaker.js';
import { nextSentenceQuote } from './next-sentence-quote.js';
import { contentStart, makeDraft } from './shared.js';
import type { CueRuleInput } from './types.js';

const FIRST_SECOND = new Set(['i', 'we', 'you']);
const CLAUSE_WORDS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where']);

/** True when the content starting at `first` is a clause, not a bare noun phrase. */
function isClausal(input: CueRuleInput, first: number): boolean {
  const { ctx, e } = input;
  if (CLAUSE_WORDS.has(word(ctx, first)) || /^[“"']/.test(word(ctx, first))) return true;
  const np = npStartingAt(ctx, first, e - 1, false);
  const v = np ? np.last + 1 : first;
  return v < e && (pos(ctx, v) === 'VERB' || pos(ctx, v) === 'AUX');
}

/**
 * "X said (that) …", "X told Y …", "X reported that …", "X believes …", "a poll shows …":
 * the speaker, then the cue, then the content to the end of the clause.
 */
export function speakerBeforeContent(input: CueRuleInput): Draft | null {
  const { ctx, cue, s, entry } = input;
  const speaker = speakerLeft(ctx, cue, s);
  if (!speaker) return null;
  const { first, medium } = contentStart(input, cue + 1);
  if (first >= input.e) return null;
  // "I think", "we want": first and second person only report the quoted speaker's own mind.
  // Outside quotes (an interview printed as questions and answers, a first-person column) they
  // are the writer's or interviewee's own attributions.
  if ((entry.cls === 'belief' || entry.cls === 'intention') && FIRST_SECOND.has(word(ctx, speaker.last)) && quoteIndexAt(ctx.quotes, tStart(ctx, cue)) >= 0) return null;
  if (entry.cls === 'evidential') {
    // "a poll shows Clinton ahead", "records show that …": evidence is a source. Any other subject
    // ("the band will show its video") needs a clause to count.
    // The evidence noun may head a longer phrase: "A review by the paper", "New polls released Sunday".
    let evidence = false;
    for (let k = speaker.first; k <= speaker.last && !evidence; k++) evidence = EVIDENCE_NOUNS.has(word(ctx, k));
    if (word(ctx, speaker.first) === 'which' || word(ctx, speaker.first) === 'that') evidence = EVIDENCE_NOUNS.has(word(ctx, speaker.first - 2)) || EVIDENCE_NOUNS.has(word(ctx, speaker.first - 1));
    if (!evidence && !(word(ctx, first) === 'that' && isClausal(input, first))) return null;
  }
  let content = contentRight(ctx, first, input.si);
  if (content.length === 0) return null;
  if (entry.cls === 'speech') content = nextSentenceQuote(ctx, input.si, content) ?? content;
  return makeDraft(input, { kind: 'span', span: speaker }, content, 'speaker-before-content', medium);
}
