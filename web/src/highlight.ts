import type { Analysis, DateExpr, EventRecord, Mention, Statement, Unknown } from './types.js';

export type Layer = 'entity' | 'statement' | 'event' | 'date' | 'unknown';
export const LAYERS: Layer[] = ['statement', 'entity', 'event', 'date', 'unknown'];

export type Annotation =
  | { layer: 'entity'; key: string; item: Mention }
  | { layer: 'statement'; key: string; item: Statement }
  | { layer: 'event'; key: string; item: EventRecord }
  | { layer: 'date'; key: string; item: DateExpr }
  | { layer: 'unknown'; key: string; item: Unknown };

/** One highlighted stretch of an annotation, with the CSS class that draws it. */
export interface Piece { start: number; end: number; cls: string; ann: Annotation }

/** A run of text covered by the same pieces (possibly none). */
export interface Segment { start: number; end: number; pieces: Piece[] }

/** Every annotation of an analysis, each with a key unique across layers. */
export function annotationsOf(a: Analysis): Annotation[] {
  return [
    ...a.statements.map((item) => ({ layer: 'statement' as const, key: `statement:${item.id}`, item })),
    ...a.entities.map((item) => ({ layer: 'entity' as const, key: `entity:${item.id}`, item })),
    ...a.events.map((item) => ({ layer: 'event' as const, key: `event:${item.id}`, item })),
    ...a.dates.map((item) => ({ layer: 'date' as const, key: `date:${item.id}`, item })),
    ...a.unknowns.map((item) => ({ layer: 'unknown' as const, key: `unknown:${item.id}`, item })),
  ];
}

/** The spans an annotation highlights: a statement has speaker, cue and content parts. */
export function piecesOf(ann: Annotation): Piece[] {
  switch (ann.layer) {
    case 'entity':
      return [{ start: ann.item.start, end: ann.item.end, cls: `ent t-${ann.item.type}`, ann }];
    case 'statement': {
      const s = ann.item;
      return [
        ...(s.speaker ? [{ start: s.speaker.start, end: s.speaker.end, cls: 'st-speaker', ann }] : []),
        { start: s.cue.start, end: s.cue.end, cls: 'st-cue', ann },
        ...s.content.map((c) => ({ start: c.start, end: c.end, cls: 'st-content', ann })),
      ];
    }
    case 'event':
      return [{ start: ann.item.trigger.start, end: ann.item.trigger.end, cls: 'ev-trigger', ann }];
    case 'date':
      return [{ start: ann.item.start, end: ann.item.end, cls: 'date', ann }];
    case 'unknown':
      return [{ start: ann.item.start, end: ann.item.end, cls: 'unknown', ann }];
  }
}

/**
 * Cut the text at every piece boundary so overlapping annotations become flat runs, each
 * knowing all the pieces that cover it. Pieces outside the text or empty are dropped. `extraCuts`
 * also cut the text (to mark a character range that no annotation covers exactly).
 */
export function segment(textLength: number, anns: Annotation[], extraCuts: number[] = []): Segment[] {
  const pieces = anns.flatMap(piecesOf).filter((p) => p.start >= 0 && p.end <= textLength && p.start < p.end);
  const cuts = new Set<number>([0, textLength, ...extraCuts.filter((c) => c > 0 && c < textLength)]);
  for (const p of pieces) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const starts = new Map<number, Piece[]>();
  for (const p of pieces) starts.set(p.start, [...(starts.get(p.start) ?? []), p]);
  const out: Segment[] = [];
  let open: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    open = open.filter((p) => p.end > s).concat(starts.get(s) ?? []);
    // Innermost first, so the explanation starts with the most specific annotation.
    out.push({ start: s, end: e, pieces: [...open].sort((x, y) => (x.end - x.start) - (y.end - y.start)) });
  }
  return out;
}
