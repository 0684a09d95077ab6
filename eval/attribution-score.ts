import type { Span } from '../src/model/span.js';

/** One attribution as spans per role; the same shape for gold and predicted. */
export interface RoleSpans {
  source: Span[];
  cue: Span[];
  content: Span[];
}

export type Role = 'source' | 'cue' | 'content';
export const ROLES: Role[] = ['cue', 'source', 'content'];

export interface Counts {
  /** Predicted items matched / predicted items. */
  predMatched: number;
  pred: number;
  /** Gold items matched / gold items. */
  goldMatched: number;
  gold: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Precision, recall and F1 from counts; 0 when undefined. */
export function prf(c: Counts): Prf {
  const p = c.pred === 0 ? 0 : c.predMatched / c.pred;
  const r = c.gold === 0 ? 0 : c.goldMatched / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const emptyCounts = (): Counts => ({ predMatched: 0, pred: 0, goldMatched: 0, gold: 0 });

export function addCounts(a: Counts, b: Counts): void {
  a.predMatched += b.predMatched;
  a.pred += b.pred;
  a.goldMatched += b.goldMatched;
  a.gold += b.gold;
}

/**
 * Tokens of a text for scoring, independent of the pipeline's tokenizer: runs of letters and
 * digits, and single punctuation marks. Returned as [start, end) pairs.
 */
export function scoringTokens(text: string): { starts: number[]; ends: number[]; word: boolean[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const word: boolean[] = [];
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    word.push(/[\p{L}\p{N}]/u.test(m[0]));
  }
  return { starts, ends, word };
}

export type Tokens = ReturnType<typeof scoringTokens>;

/**
 * The token indices a set of spans covers: word tokens only (punctuation and quote marks do not
 * decide a match), unless the spans hold no word at all (a cue that is just ":").
 */
export function tokenSet(tokens: Tokens, spans: Span[]): Set<number> {
  const words = new Set<number>();
  const punct = new Set<number>();
  for (const sp of spans) {
    // Linear scan from a binary-searched start.
    let lo = 0;
    let hi = tokens.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.ends[mid] <= sp.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.starts.length && tokens.starts[k] < sp.end; k++) (tokens.word[k] ? words : punct).add(k);
  }
  return words.size > 0 ? words : punct;
}

function overlap(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && overlap(a, b) === a.size;
}

/**
 * One-to-one matching of predicted to gold items: pairs are taken best first (by Jaccard), each
 * item used once. `ok` decides whether a pair may match at all.
 */
export function matchItems<T>(pred: T[], gold: T[], score: (p: T, g: T) => number): [number, number][] {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const s = score(pred[i], gold[j]);
      if (s > 0) pairs.push([s, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  const o = overlap(a, b);
  return o === 0 ? 0 : o / (a.size + b.size - o);
}

export interface DocScore {
  exact: Record<Role, Counts>;
  partial: Record<Role, Counts>;
  /** Token-level: overlapping tokens / predicted tokens, / gold tokens. */
  token: Record<Role, Counts>;
  attribution: Counts;
}

const perRole = (): Record<Role, Counts> => ({ cue: emptyCounts(), source: emptyCounts(), content: emptyCounts() });

/** Score one document's predicted attributions against its gold ones. */
export function scoreDocument(text: string, pred: RoleSpans[], gold: RoleSpans[]): DocScore {
  const tokens = scoringTokens(text);
  const out: DocScore = { exact: perRole(), partial: perRole(), token: perRole(), attribution: emptyCounts() };
  const sets = (items: RoleSpans[], role: Role) => items.filter((a) => a[role].length > 0).map((a) => tokenSet(tokens, a[role])).filter((s) => s.size > 0);
  for (const role of ROLES) {
    const p = sets(pred, role);
    const g = sets(gold, role);
    const exact = matchItems(p, g, (a, b) => (sameSet(a, b) ? 1 : 0)).length;
    const partial = matchItems(p, g, jaccard).length;
    out.exact[role] = { predMatched: exact, pred: p.length, goldMatched: exact, gold: g.length };
    out.partial[role] = { predMatched: partial, pred: p.length, goldMatched: partial, gold: g.length };
    const pu = new Set<number>();
    const gu = new Set<number>();
    for (const s of p) for (const x of s) pu.add(x);
    for (const s of g) for (const x of s) gu.add(x);
    const o = overlap(pu, gu);
    out.token[role] = { predMatched: o, pred: pu.size, goldMatched: o, gold: gu.size };
  }
  // Whole attributions: cue and content overlap, and sources overlap (or both have none).
  const full = (items: RoleSpans[]) => items.map((a) => ({ cue: tokenSet(tokens, a.cue), content: tokenSet(tokens, a.content), source: tokenSet(tokens, a.source) }));
  const fp = full(pred);
  const fg = full(gold);
  const att = matchItems(fp, fg, (a, b) => {
    const c = jaccard(a.cue, b.cue);
    const t = jaccard(a.content, b.content);
    const bothNone = a.source.size === 0 && b.source.size === 0;
    const s = bothNone ? 1 : jaccard(a.source, b.source);
    return c > 0 && t > 0 && s > 0 ? c + t + s : 0;
  }).length;
  out.attribution = { predMatched: att, pred: fp.length, goldMatched: att, gold: fg.length };
  return out;
}
