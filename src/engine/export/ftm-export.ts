import type { Analysis } from '../../model/analysis.js';
import type { EntityType } from '../../model/annotations.js';
import type { Store } from '../../store/store.js';
import { actorKey, createActorRegistry, exportId, type Actor } from './actors.js';
import type { TextSink } from './sink.js';
import { storedAnalyses } from './stored-analyses.js';

/** A FollowTheMoney entity as Aleph and `ftm` read it: id, schema, properties as lists of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/**
 * Our types in FtM schemata. FtM (as Aleph ships it) has no Country schema: a country is a
 * `country` property value, so a country actor is a LegalEntity carrying its ISO code, which
 * lets mentions and events point at it. Plain places are Addresses. Nationalities (NORP) and
 * MISC are not entities in FtM's sense and are left out.
 */
export const FTM_SCHEMA: Record<EntityType, string | null> = {
  PERSON: 'Person', ORG: 'Organization', MEDIA: 'Organization', GPE: 'LegalEntity', LOC: 'Address', NORP: null, MISC: null,
};

/** Schemata a Mention may resolve to and an Event may involve (FtM's LegalEntity range). */
const LEGAL = new Set(['Person', 'Organization', 'LegalEntity']);

const clean = (props: Record<string, (string | null | undefined)[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.filter((x): x is string => !!x && x.trim() !== '')]).filter(([, v]) => v.length > 0));

/** The FtM entity of an actor. */
export function actorEntity(actor: Actor): FtmEntity | null {
  const schema = actor.type === 'SPEAKER' ? null : FTM_SCHEMA[actor.type];
  if (!schema) return null;
  const country = /^gpe:([A-Z]{2})$/i.exec(actor.key)?.[1].toLowerCase();
  const props: Record<string, (string | null | undefined)[]> = schema === 'Address'
    ? { full: [actor.name], country: [country] }
    : { name: [actor.name], alias: actor.aliases, country: [country] };
  return { id: actor.id, schema, properties: clean(props) };
}

/** The report as an FtM Article, the document the mentions and events cite. */
export function articleEntity(a: Analysis): FtmEntity {
  const r = a.report;
  return {
    id: exportId('ng-article', r.id),
    schema: 'Article',
    properties: clean({ title: [r.title ?? a.text.slice(0, 80)], name: [r.title ?? a.text.slice(0, 80)], publishedAt: [r.date], publisher: r.sources, sourceUrl: [r.url], summary: [a.text.slice(0, 500)] }),
  };
}

/** Mentions (each points at its Article and, when it can, its actor) and events of one report. */
export function reportEntities(a: Analysis): FtmEntity[] {
  const article = exportId('ng-article', a.report.id);
  const byEntity = new Map(a.entityIndex.map((e) => [e.id, e]));
  const ref = (entityId: string | null | undefined): { id: string; schema: string } | null => {
    const e = entityId ? byEntity.get(entityId) : undefined;
    const schema = e ? FTM_SCHEMA[e.type] : null;
    return e && schema ? { id: exportId('ng-actor', actorKey(e)), schema } : null;
  };
  const out: FtmEntity[] = [];
  for (const m of a.entities) {
    const target = ref(m.entity);
    if (!target) continue;
    out.push({
      id: exportId('ng-mention', a.report.id, m.id), schema: 'Mention',
      properties: clean({ document: [article], resolved: [LEGAL.has(target.schema) ? target.id : null], name: [m.text], detectedSchema: [target.schema] }),
    });
  }
  for (const e of a.events) {
    const sentence = a.sentences[e.sentence];
    const involved = [ref(e.actor?.entity), ref(e.target?.entity)].filter((x) => x && LEGAL.has(x.schema)).map((x) => x!.id);
    out.push({
      id: exportId('ng-event', a.report.id, e.id), schema: 'Event',
      properties: clean({
        name: [`${e.type}: ${e.trigger.text}`], date: [e.date.when], involved, location: [e.place?.name ?? e.place?.text],
        summary: [sentence ? a.text.slice(sentence.start, sentence.end) : null], proof: [article], sourceUrl: [a.report.url],
      }),
    });
  }
  return out;
}

/**
 * Write FtM entities as JSON lines: actors (merged across reports), then per report its
 * Article, Mentions and Events. Load into Aleph with `ftm` tools or `alephclient write-entities`.
 */
export async function exportFtm(store: Store, sink: TextSink): Promise<number> {
  const actors = createActorRegistry();
  for await (const a of storedAnalyses(store)) actors.add(a);
  let n = 0;
  const put = async (e: FtmEntity | null) => {
    if (!e) return;
    await sink.write(`${JSON.stringify(e)}\n`);
    n++;
  };
  for (const actor of actors.list()) await put(actorEntity(actor));
  for await (const a of storedAnalyses(store)) {
    await put(articleEntity(a));
    for (const e of reportEntities(a)) await put(e);
  }
  return n;
}
