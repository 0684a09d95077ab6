import { pos, tEnd, tStart, word, type Ctx, type TokSpan } from '../context.js';
import { npStartingAt } from '../noun-phrase.js';
import { endsClause } from './shared.js';

/** Words that may follow an inverted speaker: "said X, who …", "said X in a statement", "said X (D-Md.)". */
const TAIL = new Set(['who', 'in', 'on', 'at', 'during', 'before', 'after', 'when', 'while', 'as', 'from', 'outside', 'via', 'last', 'this', 'earlier', 'of']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

const isCapitalised = (ctx: Ctx, i: number): boolean => /^\p{Lu}/u.test(ctx.doc.token(i));
const glued = (ctx: Ctx, i: number): boolean => tEnd(ctx, i - 1) === tStart(ctx, i);

/** True when the speaker may stop before token `k`: the clause ends or a circumstance follows. */
function endsSpeaker(ctx: Ctx, k: number, e: number, loose: boolean): boolean {
  return endsClause(ctx, k, e) || (loose && TAIL.has(word(ctx, k)));
}

/** "(D-Md.)" after a name: the index of its closing parenthesis, or -1. */
function parenthesisEnd(ctx: Ctx, open: number, e: number): number {
  if (word(ctx, open) !== '(') return -1;
  for (let k = open + 1; k < e && k - open <= 8; k++) if (word(ctx, k) === ')') return k;
  return -1;
}

/**
 * A speaker written right after its cue ("…,” said Judicial Watch president Tom Fitton, who …"):
 * the noun phrase at `first` when the clause ends after it or a circumstance, a relative clause or
 * a parenthesis follows; otherwise a run of capitalised words and nouns (the tagger sometimes
 * reads a word of a name as a verb). A bare day name ("said Monday") is not a speaker. Only with
 * `loose` (a speech verb, or a cue right after a quote) may a circumstance follow the speaker:
 * "…, praised workers on Monday" is a verb sharing its subject, not an inversion.
 */
export function speakerAfterCue(ctx: Ctx, first: number, e: number, loose: boolean): TokSpan | null {
  if (first >= e) return null;
  const np = npStartingAt(ctx, first, e - 1);
  if (np && !(np.first === np.last && DAYS.has(word(ctx, np.first)))) {
    const close = parenthesisEnd(ctx, np.last + 1, e);
    if (close >= 0 && endsSpeaker(ctx, close + 1, e, loose)) return { first: np.first, last: close };
    if (endsSpeaker(ctx, np.last + 1, e, loose)) return np;
  }
  let k = first;
  if (pos(ctx, k) === 'DET') k++;
  let capitalised = false;
  while (k < e && k - first < 10) {
    const p = pos(ctx, k);
    const w = word(ctx, k);
    const cap = isCapitalised(ctx, k) && !DAYS.has(w);
    // A full stop belongs to the name only as an abbreviation before another capital ("Sen. Ana").
    const abbrev = w === '.' && glued(ctx, k) && k + 1 < e && isCapitalised(ctx, k + 1);
    if (cap || p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || abbrev || ((w === '-' || w === "'s" || w === '’s') && glued(ctx, k))) {
      if (cap) capitalised = true;
      k++;
      continue;
    }
    break;
  }
  if (!capitalised || k === first || !loose) return null;
  const close = parenthesisEnd(ctx, k, e);
  if (close >= 0 && endsSpeaker(ctx, close + 1, e, loose)) return { first, last: close };
  return endsSpeaker(ctx, k, e, loose) ? { first, last: k - 1 } : null;
}
