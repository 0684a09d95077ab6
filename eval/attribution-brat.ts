import type { Span } from '../src/model/span.js';

/** One gold attribution relation: its spans per role (each may be discontinuous or absent). */
export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/**
 * Read a brat standoff .ann file in the PolNeAR scheme: `T` lines are spans typed Source, Cue,
 * Content (offsets "a b;c d" for discontinuous spans); `E` lines tie them into one attribution.
 * An `E` line may name `T` ids defined after it, so spans are read first. Lines that do not start
 * with a T/E/# id (the text of a span that contained a line break) are skipped.
 */
export function parseBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const relations: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 2) {
      const sp = cols[1].indexOf(' ');
      if (sp < 0) continue;
      const type = cols[1].slice(0, sp);
      const ranges = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([start, end]) => ({ start, end }));
      spans.set(cols[0], { type, spans: ranges });
    } else if (/^E\d+$/.test(cols[0]) && cols.length >= 2) {
      const args: Record<string, string> = {};
      for (const part of cols[1].trim().split(/\s+/).slice(1)) {
        const [role, id] = part.split(':');
        if (role && id) args[role] = id;
      }
      relations.push(args);
    }
  }
  const get = (id: string | undefined): Span[] => (id ? spans.get(id)?.spans ?? [] : []);
  return relations.map((r) => ({ source: get(r.Source), cue: get(r.Cue), content: get(r.Content) }));
}
