import type { ActorRef, EventRecord } from '../src/model/annotations.js';

/** One gold actor of a PLOVER gold record. */
export interface GoldActor {
  actorText?: string;
  code?: string;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'its', 'their', 'his', 'her', 's', 'to', 'in', 'for', 'on']);

/** Lower-case word tokens without function words: the unit of actor agreement. */
export function actorTokens(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)));
}

/** Words of our actor: its text, its name and its members' names. */
export function ourActorTokens(a: ActorRef): Set<string> {
  const parts = [a.text, a.name ?? '', ...(a.members ?? []).map((m) => m.name)];
  return actorTokens(parts.join(' '));
}

/** Normalise a gold `source`/`target` field (a list, or "" when absent). */
export function goldActors(v: unknown): GoldActor[] {
  return Array.isArray(v) ? (v as GoldActor[]).filter((a) => a && typeof a.actorText === 'string' && a.actorText.trim() !== '') : [];
}

/** Slot counts for one role (actor or target). */
export interface SlotTally {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Agreement of one role: a match when our phrase shares a word with any gold actor text. Ours
 * without a gold actor, or not matching, is a false positive; a gold actor we miss or mismatch
 * is a false negative (a wrong actor counts both).
 */
export function scoreSlot(t: SlotTally, ours: ActorRef | null, gold: GoldActor[]): void {
  if (!ours && gold.length === 0) return;
  const mine = ours ? ourActorTokens(ours) : new Set<string>();
  const match = ours !== null && gold.some((g) => [...actorTokens(g.actorText!)].some((w) => mine.has(w)));
  if (match) t.tp++;
  else {
    if (ours) t.fp++;
    if (gold.length > 0) t.fn++;
  }
}

/** F1 of slot counts. */
export function slotF1(t: SlotTally): number {
  return t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}

/**
 * The event we put forward for a one-event gold sentence: the first main-clause event not marked
 * hypothetical (EventRecord.main), else the first event not hypothetical, else the first at all.
 */
export function primaryEvent(events: EventRecord[]): EventRecord | null {
  return events.find((e) => e.main !== false && e.aux !== 'hypothetical') ?? events.find((e) => e.aux !== 'hypothetical') ?? events[0] ?? null;
}

/** Per-type precision/recall/F1 from (gold, predicted) pairs; predicted null when we found none. */
export function typeScores(pairs: Array<[string, string | null]>): { micro: { p: number; r: number; f1: number }; macro: number; perType: Record<string, { tp: number; fp: number; fn: number; f1: number }> } {
  const per: Record<string, { tp: number; fp: number; fn: number; f1: number }> = {};
  const get = (k: string) => (per[k] ??= { tp: 0, fp: 0, fn: 0, f1: 0 });
  let correct = 0;
  let predicted = 0;
  for (const [g, p] of pairs) {
    if (p !== null) predicted++;
    if (p === g) {
      correct++;
      get(g).tp++;
    } else {
      get(g).fn++;
      if (p !== null) get(p).fp++;
    }
  }
  for (const v of Object.values(per)) v.f1 = v.tp === 0 ? 0 : (2 * v.tp) / (2 * v.tp + v.fp + v.fn);
  const goldTypes = [...new Set(pairs.map(([g]) => g))];
  const macro = goldTypes.reduce((s, g) => s + per[g].f1, 0) / (goldTypes.length || 1);
  const p = predicted ? correct / predicted : 0;
  const r = pairs.length ? correct / pairs.length : 0;
  return { micro: { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }, macro, perType: per };
}
