import type { EntityRecord, EntityType } from '../model/annotations.js';
import type { InReport, SearchHit } from '../store/store.js';

export interface FacetValue {
  value: string;
  count: number;
  /** The entity type, for entity facets. */
  type?: EntityType;
}

export interface SearchFacets {
  outlet: FacetValue[];
  /** Buckets of report dates; `dateUnit` says whether they are days, months or years. */
  date: FacetValue[];
  dateUnit: 'day' | 'month' | 'year';
  entity: FacetValue[];
  entityType: FacetValue[];
}

const TOP = 20;

function top(counts: Map<string, FacetValue>, n = TOP): FacetValue[] {
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, n);
}

function bump(counts: Map<string, FacetValue>, key: string, value: string, type?: EntityType): void {
  const f = counts.get(key);
  if (f) f.count++;
  else counts.set(key, type ? { value, count: 1, type } : { value, count: 1 });
}

/** Days when the dates span two months or less, else months, else years past three years. */
export function dateUnitFor(dates: string[]): SearchFacets['dateUnit'] {
  if (dates.length === 0) return 'day';
  const sorted = [...dates].sort();
  const spanDays = (Date.parse(sorted[sorted.length - 1].slice(0, 10)) - Date.parse(sorted[0].slice(0, 10))) / 86_400_000;
  if (!(spanDays > 62)) return 'day';
  return spanDays > 3 * 366 ? 'year' : 'month';
}

/** Entity identity across reports: the key canonical entities group by (src/link). */
export { entityKey } from '../link/canonical-entities.js';

/**
 * Count, over a set of report hits, the reports per outlet, per date bucket, per entity and per
 * entity type (each report counts once per value).
 */
export function computeFacets(hits: SearchHit[], entitiesByReport: Map<string, EntityRecord[]>): SearchFacets {
  const outlet = new Map<string, FacetValue>();
  const date = new Map<string, FacetValue>();
  const entity = new Map<string, FacetValue>();
  const entityType = new Map<string, FacetValue>();
  const dates = hits.map((h) => h.date).filter((d): d is string => d !== null);
  const unit = dateUnitFor(dates);
  const cut = unit === 'day' ? 10 : unit === 'month' ? 7 : 4;
  for (const h of hits) {
    for (const s of new Set(h.sources)) bump(outlet, s.toLowerCase(), s);
    bump(date, h.date ? h.date.slice(0, cut) : 'undated', h.date ? h.date.slice(0, cut) : 'undated');
    const seen = new Set<string>();
    const types = new Set<string>();
    for (const e of entitiesByReport.get(h.reportId) ?? []) {
      // Facets filter by name, so one value per name whatever type each report gave it.
      const k = e.name.toLowerCase();
      if (!seen.has(k)) bump(entity, k, e.name, e.type);
      seen.add(k);
      if (!types.has(e.type)) bump(entityType, e.type, e.type);
      types.add(e.type);
    }
  }
  return {
    outlet: top(outlet),
    date: [...date.values()].sort((a, b) => b.value.localeCompare(a.value)),
    dateUnit: unit,
    entity: top(entity),
    entityType: top(entityType),
  };
}

/** Group entity listings by report id. */
export function groupByReport(rows: InReport<EntityRecord>[]): Map<string, EntityRecord[]> {
  const out = new Map<string, EntityRecord[]>();
  for (const r of rows) {
    const list = out.get(r.reportId);
    if (list) list.push(r.item);
    else out.set(r.reportId, [r.item]);
  }
  return out;
}
