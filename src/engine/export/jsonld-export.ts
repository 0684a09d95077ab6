import { createHash } from 'node:crypto';
import type { Analysis } from '../../model/analysis.js';
import type { EntityType, Statement } from '../../model/annotations.js';
import type { Store } from '../../store/store.js';
import { actorKey } from './actors.js';
import type { TextSink } from './sink.js';
import { storedAnalyses } from './stored-analyses.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Where a claim appeared: enough to build an appearance / firstAppearance node. */
interface Appearance {
  reportId: string;
  date: string | null;
  url: string | null;
  title: string | null;
  sources: string[];
}

const CONTEXT: Json = ['https://schema.org', { ng: 'urn:newsgraph:' }];

const PERSONISH: Partial<Record<EntityType, string>> = { PERSON: 'Person', ORG: 'Organization', MEDIA: 'Organization', GPE: 'Country' };

const contentText = (s: Statement) => s.content.map((c) => c.text).join(' … ');

/** Same speaker, same words (case and spacing aside): the same claim, wherever it appears. */
function claimKey(a: Analysis, s: Statement): string {
  const e = s.speaker?.entity ? a.entityIndex.find((x) => x.id === s.speaker!.entity) : undefined;
  const who = e ? actorKey(e) : (s.speaker?.name ?? s.speaker?.text ?? '').toLowerCase();
  return createHash('sha1').update(`${who}\u0000${contentText(s).toLowerCase().replace(/\s+/g, ' ').trim()}`).digest('hex');
}

function appearanceNode(p: Appearance): Json {
  return {
    '@type': 'NewsArticle', '@id': `urn:newsgraph:report:${p.reportId}`, identifier: p.reportId,
    url: p.url, headline: p.title, datePublished: p.date,
    publisher: p.sources.map((name) => ({ '@type': 'Organization', name })),
  };
}

/** A statement as schema.org: a Claim (and a Quotation when quoted directly). */
export function statementNode(a: Analysis, s: Statement, first: Appearance | null): Json {
  const entity = s.speaker?.entity ? a.entityIndex.find((x) => x.id === s.speaker!.entity) : undefined;
  const speakerName = entity?.name ?? s.speaker?.name ?? s.speaker?.text ?? null;
  const author: Json = speakerName
    ? { '@type': (entity && PERSONISH[entity.type]) ?? 'Thing', name: speakerName, ...(entity ? { identifier: actorKey(entity) } : {}) }
    : null;
  const here: Appearance = { reportId: a.report.id, date: a.report.date, url: a.report.url, title: a.report.title, sources: a.report.sources };
  const node: { [k: string]: Json } = {
    '@type': s.kind === 'direct' ? ['Claim', 'Quotation'] : 'Claim',
    '@id': `urn:newsgraph:statement:${a.report.id}:${s.id}`,
    text: contentText(s),
    author,
    dateCreated: a.report.date,
    appearance: appearanceNode(here),
    firstAppearance: appearanceNode(first ?? here),
    'ng:kind': s.kind, 'ng:polarity': s.polarity, 'ng:hedged': s.hedged, 'ng:cue': s.cue.text,
    'ng:start': s.content[0]?.start ?? s.cue.start, 'ng:end': s.content[s.content.length - 1]?.end ?? s.cue.end, 'ng:rule': s.rule,
  };
  if (s.kind === 'direct') node.creator = author;
  return node;
}

/**
 * Write statements as one JSON-LD document (`@graph` of schema.org Claims), streamed. Pass one
 * finds each claim's first appearance (earliest report with the same speaker and words); pass
 * two writes the nodes. Fields beyond schema.org (kind, offsets, rule) are under `ng:`.
 */
export async function exportJsonLd(store: Store, sink: TextSink): Promise<number> {
  const first = new Map<string, Appearance>();
  for await (const a of storedAnalyses(store)) {
    for (const s of a.statements) {
      const key = claimKey(a, s);
      const seen = first.get(key);
      const date = a.report.date;
      if (!seen || (date !== null && (seen.date === null || date < seen.date || (date === seen.date && a.report.id < seen.reportId)))) {
        first.set(key, { reportId: a.report.id, date, url: a.report.url, title: a.report.title, sources: a.report.sources });
      }
    }
  }
  await sink.write(`{"@context":${JSON.stringify(CONTEXT)},"@graph":[`);
  let n = 0;
  for await (const a of storedAnalyses(store)) {
    for (const s of a.statements) {
      await sink.write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(statementNode(a, s, first.get(claimKey(a, s)) ?? null))}`);
      n++;
    }
  }
  await sink.write(`${n ? '\n' : ''}]}\n`);
  return n;
}
