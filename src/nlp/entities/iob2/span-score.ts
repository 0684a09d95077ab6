/** A typed span, in whatever units the caller uses (tokens or characters). */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** Counts for one type. */
export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (0..100) from counts. */
export function prf(c: PrfCounts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : (100 * c.tp) / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : (100 * c.tp) / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Add exact-match counts of predicted against gold spans to `acc`, per type and under `ALL`.
 * Only types in `types` are scored; a span counts as correct only when start, end and type all match.
 */
export function scoreSpans(gold: TypedSpan[], pred: TypedSpan[], types: readonly string[], acc: Map<string, PrfCounts>): void {
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.filter((s) => types.includes(s.type)).map(key));
  const p = new Set(pred.filter((s) => types.includes(s.type)).map(key));
  const get = (t: string) => {
    let c = acc.get(t);
    if (!c) acc.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const k of p) {
    const t = k.slice(k.lastIndexOf(':') + 1);
    const hit = g.has(k);
    get(t)[hit ? 'tp' : 'fp']++;
    get('ALL')[hit ? 'tp' : 'fp']++;
  }
  for (const k of g) {
    if (p.has(k)) continue;
    const t = k.slice(k.lastIndexOf(':') + 1);
    get(t).fn++;
    get('ALL').fn++;
  }
}
