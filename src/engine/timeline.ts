import type { Store } from '../store/store.js';

export interface TimelineItem {
  /** ISO date (or month/year) the item happened or was said; the report date when the text gives none. */
  when: string | null;
  /** True when `when` is the report date rather than a date the text states. */
  inferred: boolean;
  kind: 'event' | 'statement';
  id: string;
  reportId: string;
  sources: string[];
  summary: string;
}

export interface TimelineOptions {
  entity?: string;
  since?: string;
  until?: string;
  limit?: number;
}

const within = (when: string | null, o: TimelineOptions) =>
  (!o.since || (when ?? '') >= o.since) && (!o.until || (when ?? '').slice(0, o.until.length) <= o.until);

/**
 * Events and statements in time order, optionally only those involving an entity (as actor,
 * target or speaker) and within dates.
 */
export async function timeline(store: Store, o: TimelineOptions = {}): Promise<TimelineItem[]> {
  const limit = o.limit ?? 200;
  const items: TimelineItem[] = [];
  const events = await store.events({ entity: o.entity, since: o.since, until: o.until, limit: 500 });
  for (const e of events.items) {
    const v = e.item;
    const who = v.actor ? (v.actor.name ?? v.actor.text) : '?';
    const whom = v.target ? ` → ${v.target.name ?? v.target.text}` : '';
    items.push({
      when: v.date.when ?? e.reportDate, inferred: v.date.inferred || !v.date.when, kind: 'event', id: `${e.reportId}:${v.id}`, reportId: e.reportId, sources: e.sources,
      summary: `${v.type}${v.negated ? ' (negated)' : ''}: ${who} ${v.trigger.text}${whom}`,
    });
  }
  const statements = await store.statements({ speaker: o.entity, limit: 500 });
  for (const s of statements.items) {
    if (!within(s.reportDate, o)) continue;
    const st = s.item;
    const who = st.speaker ? (st.speaker.name ?? st.speaker.text) : '(unknown)';
    const content = st.content.map((c) => c.text).join(' … ');
    items.push({
      when: s.reportDate, inferred: true, kind: 'statement', id: `${s.reportId}:${st.id}`, reportId: s.reportId, sources: s.sources,
      summary: `${who} ${st.cue.text}${st.polarity === 'deny' ? ' (denial)' : ''}: ${content.length > 140 ? `${content.slice(0, 139)}…` : content}`,
    });
  }
  items.sort((a, b) => (a.when ?? '').localeCompare(b.when ?? '') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  return items.slice(0, limit);
}
