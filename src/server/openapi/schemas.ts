import type { JsonSchema } from '../route.js';
import { STORY_SCHEMAS } from './story-schemas.js';

/** A reference to one of the component schemas below. */
export const ref = (name: keyof typeof SCHEMAS): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): JsonSchema => ({ type: [type, 'null'] });
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const span: JsonSchema = {
  type: 'object', required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
  description: 'UTF-16 code-unit offsets into the report text, end-exclusive',
};
const inReport = (item: JsonSchema): JsonSchema => ({
  type: 'object', required: ['reportId', 'reportDate', 'sources', 'item'],
  properties: { reportId: { type: 'string' }, reportDate: nullable('string'), sources: strings, item },
});
const facet: JsonSchema = {
  type: 'array',
  items: { type: 'object', required: ['value', 'count'], properties: { value: { type: 'string' }, count: { type: 'integer' }, type: { type: 'string' } } },
};

/**
 * Component schemas of the OpenAPI document. Annotation items are described by their main
 * fields; the full shapes are src/model/annotations.ts, which only ever gains optional fields.
 */
export const SCHEMAS = {
  Error: {
    type: 'object', required: ['ok', 'error'],
    properties: {
      ok: { const: false },
      error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
    },
  },
  Span: span,
  ReportHeader: {
    type: 'object', required: ['id', 'date', 'sources', 'title', 'url'],
    properties: { id: { type: 'string' }, date: nullable('string'), sources: strings, title: nullable('string'), url: nullable('string'), outlet: nullable('string'), externalId: nullable('string') },
  },
  ReportSummary: {
    type: 'object', required: ['id', 'date', 'title', 'sources', 'excerpt'],
    properties: { id: { type: 'string' }, date: nullable('string'), title: nullable('string'), sources: strings, excerpt: { type: 'string' } },
  },
  SearchHit: {
    type: 'object', required: ['reportId', 'date', 'title', 'sources', 'snippet', 'score'],
    properties: {
      reportId: { type: 'string' }, date: nullable('string'), title: nullable('string'), sources: strings,
      snippet: { type: 'string', description: 'matched words are marked with [ and ]' }, score: { type: 'number' },
    },
  },
  Mention: {
    type: 'object', required: ['id', 'start', 'end', 'text', 'type', 'entity', 'name', 'rule'],
    properties: { ...span.properties as object, id: { type: 'string' }, type: { type: 'string' }, entity: { type: 'string' }, name: { type: 'string' }, role: nullable('string'), confidence: { type: 'number' }, rule: { type: 'string' } },
  },
  EntityRecord: {
    type: 'object', required: ['id', 'name', 'type', 'aliases'],
    properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, aliases: strings, key: nullable('string'), role: nullable('string'), affiliation: nullable('string') },
  },
  Statement: {
    type: 'object', required: ['id', 'speaker', 'cue', 'content', 'kind', 'polarity', 'hedged', 'sentence', 'rule'],
    properties: {
      id: { type: 'string' }, speaker: { oneOf: [{ type: 'null' }, span] }, cue: span, content: { type: 'array', items: span },
      kind: { enum: ['direct', 'indirect', 'mixed', 'according-to'] }, polarity: { enum: ['assert', 'deny'] }, hedged: { type: 'boolean' },
      sentence: { type: 'integer' }, parent: nullable('string'), rule: { type: 'string' },
    },
  },
  EventRecord: {
    type: 'object', required: ['id', 'type', 'trigger', 'actor', 'target', 'date', 'statement', 'negated', 'hedged', 'sentence', 'rule'],
    properties: {
      id: { type: 'string' }, type: { type: 'string', description: 'PLOVER event type' }, trigger: span, actor: { oneOf: [{ type: 'null' }, span] },
      target: { oneOf: [{ type: 'null' }, span] }, date: { type: 'object' }, statement: nullable('string'), negated: { type: 'boolean' },
      hedged: { type: 'boolean' }, sentence: { type: 'integer' }, rule: { type: 'string' },
    },
  },
  DateExpr: {
    type: 'object', required: ['id', 'start', 'end', 'text', 'when', 'precision', 'stated', 'inferred', 'rule'],
    properties: { ...span.properties as object, id: { type: 'string' }, when: { type: 'string' }, precision: { type: 'string' }, stated: strings, inferred: strings, rule: { type: 'string' } },
  },
  Unknown: {
    type: 'object', required: ['id', 'start', 'end', 'text', 'kind', 'subject', 'about', 'sentence', 'rule'],
    properties: { ...span.properties as object, id: { type: 'string' }, kind: { type: 'string' }, subject: { type: ['object', 'null'] }, about: { type: 'string' }, sentence: { type: 'integer' }, rule: { type: 'string' } },
  },
  Analysis: {
    type: 'object', required: ['report', 'text', 'sentences', 'entities', 'entityIndex', 'statements', 'events', 'dates', 'unknowns', 'diagnostics'],
    properties: {
      report: { $ref: '#/components/schemas/ReportHeader' }, text: { type: 'string' }, sentences: { type: 'array', items: { type: 'object' } },
      entities: { type: 'array', items: { $ref: '#/components/schemas/Mention' } },
      entityIndex: { type: 'array', items: { $ref: '#/components/schemas/EntityRecord' } },
      statements: { type: 'array', items: { $ref: '#/components/schemas/Statement' } },
      events: { type: 'array', items: { $ref: '#/components/schemas/EventRecord' } },
      dates: { type: 'array', items: { $ref: '#/components/schemas/DateExpr' } },
      unknowns: { type: 'array', items: { $ref: '#/components/schemas/Unknown' } },
      diagnostics: { type: 'array', items: { type: 'object' } },
    },
  },
  StatementInReport: inReport({ $ref: '#/components/schemas/Statement' }),
  EventInReport: inReport({ $ref: '#/components/schemas/EventRecord' }),
  UnknownInReport: inReport({ $ref: '#/components/schemas/Unknown' }),
  SearchResult: {
    type: 'object', required: ['query', 'type', 'total', 'capped', 'facets', 'reports', 'statements'],
    properties: {
      query: { type: 'string' }, type: { enum: ['report', 'statement'] }, total: { type: 'integer' }, capped: { type: 'boolean' }, scope: { type: 'integer' },
      facets: { type: 'object', properties: { outlet: facet, date: facet, dateUnit: { enum: ['day', 'month', 'year'] }, entity: facet, entityType: facet } },
      reports: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
      statements: { type: 'array', items: { $ref: '#/components/schemas/StatementInReport' } },
    },
  },
  Stats: {
    type: 'object',
    properties: Object.fromEntries(['reports', 'sources', 'entities', 'mentions', 'statements', 'events', 'dates', 'unknowns', 'stories', 'diagnostics'].map((k) => [k, { type: 'integer' }])),
  },
  EntityPage: {
    type: 'object', required: ['name', 'types', 'aliases', 'roles', 'reports', 'reportCount', 'statementsBy', 'statementsAbout', 'events', 'coActors'],
    properties: {
      name: { type: 'string' }, types: { type: 'array', items: { type: 'object' } }, keys: strings, aliases: strings, roles: strings, affiliations: strings,
      reports: { type: 'array', items: { type: 'object' } }, reportCount: { type: 'integer' }, reportsRead: { type: 'integer' },
      statementsBy: { type: 'array', items: { $ref: '#/components/schemas/StatementInReport' } },
      statementsAbout: { type: 'array', items: { $ref: '#/components/schemas/StatementInReport' } },
      events: { type: 'array', items: { $ref: '#/components/schemas/EventInReport' } },
      coActors: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, type: { type: 'string' }, key: { type: 'string' }, reports: { type: 'integer' } } } },
      canonical: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/CanonicalEntity' }], description: 'the one entity across reports (null before linking)' },
      others: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, reports: { type: 'integer' } } }, description: 'other canonical entities sharing the name or an alias' },
      curation: { type: 'array', items: { type: 'object', properties: { seq: { type: 'integer' }, at: { type: 'string' }, op: { type: 'object' } } }, description: 'curation edits that shaped it, oldest first' },
      stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } },
    },
  },
  Graph: {
    type: 'object', required: ['nodes', 'edges', 'reportsRead'],
    properties: {
      nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, reports: { type: 'integer' } } } },
      edges: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, kind: { enum: ['statement', 'event'] }, label: { type: 'string' }, count: { type: 'integer' }, firstDate: nullable('string'), lastDate: nullable('string'), evidence: { type: 'array', items: { type: 'object' } } } } },
      reportsRead: { type: 'integer' },
    },
  },
  NewReport: {
    type: 'object', required: ['text'], additionalProperties: false,
    properties: {
      text: { type: 'string', minLength: 1, maxLength: 200000 }, date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      sources: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 20 }, title: { type: 'string', maxLength: 500 },
      url: { type: 'string', maxLength: 2000 },
    },
  },
  Stored: {
    type: 'object', required: ['id', 'stored', 'linked'],
    properties: {
      id: { type: 'string' }, stored: { type: 'boolean', description: 'false when the same report was already stored' },
      linked: { type: 'boolean', description: 'whether the report is in the stored links (stories, canonical entities, closed gaps); storing does not relink' },
      hint: { type: 'string', description: 'when not linked: how to link it (`newsgraph link`)' },
    },
  },
  ...STORY_SCHEMAS,
} satisfies Record<string, JsonSchema>;
