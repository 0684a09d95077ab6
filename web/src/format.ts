import { h } from './dom.js';
import type { EntityType } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-03-11 → "11 Mar 2024"; 2024-03 → "Mar 2024"; anything else as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'person', ORG: 'organisation', MEDIA: 'media outlet', GPE: 'country or city', LOC: 'place', NORP: 'group or nationality', MISC: 'other',
};

/** A small coloured label for an entity type. */
export const typeBadge = (type: string) => h('span', { class: `badge t-${type}`, title: TYPE_LABELS[type as EntityType] ?? type }, type);

/** A report's title, or the start of its text when it has none. */
export function reportTitle(title: string | null | undefined, fallbackText = ''): string {
  if (title && title.trim()) return title.trim();
  const t = fallbackText.trim().replace(/\s+/g, ' ');
  return t ? (t.length > 90 ? `${t.slice(0, 87)}…` : t) : 'Untitled report';
}

/** The credited sources as chips. */
export const sourceChips = (sources: string[]) => h('span', { class: 'sources' }, sources.length === 0 ? h('span', { class: 'muted' }, 'no credited source') : sources.map((s) => h('span', { class: 'chip source' }, s)));

/** "1 report" / "3 reports". */
export const plural = (n: number, word: string, many = `${word}s`) => `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
