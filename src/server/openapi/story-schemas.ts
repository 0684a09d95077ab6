import type { JsonSchema } from '../route.js';

const nullable = (type: string): JsonSchema => ({ type: [type, 'null'] });
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const component = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const entityRef: JsonSchema = {
  type: 'object', required: ['id', 'name', 'type'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' } },
};
const closure: JsonSchema = {
  type: 'object', required: ['unknown', 'closedBy', 'item', 'text', 'rule'],
  description: 'how a later report closed a gap',
  properties: {
    unknown: { type: 'string', description: '`<reportId>:<unknownId>` of the gap' }, closedBy: { type: 'string', description: 'the id of the report that closed it' },
    item: { ...nullable('string'), description: 'the statement or event of the closing report that answers it' }, text: { type: 'string' }, rule: { type: 'string' },
  },
};
const claim: JsonSchema = {
  type: 'object', required: ['reportId', 'date', 'sources', 'speaker', 'statement', 'start', 'end', 'text'],
  properties: {
    reportId: { type: 'string' }, date: nullable('string'), sources: strings, speaker: { ...nullable('string'), description: "the statement's speaker, else null (the report's own voice)" },
    statement: nullable('string'), start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' },
  },
};
const inStory = (name: string): JsonSchema => ({
  allOf: [component(name), { type: 'object', required: ['reportId', 'reportDate'], properties: { reportId: { type: 'string' }, reportDate: nullable('string') } }],
});

/** Component schemas for stories, canonical entities, closed gaps and provenance (merged into SCHEMAS). */
export const STORY_SCHEMAS = {
  EntityRef: entityRef,
  Closure: closure,
  StorySummary: {
    type: 'object', required: ['id', 'title', 'first', 'last', 'reports', 'independentSources', 'origins', 'entities'],
    properties: {
      id: { type: 'string' }, title: { type: 'string' }, first: nullable('string'), last: nullable('string'),
      reports: { type: 'integer', description: 'every report, copies included' },
      independentSources: { type: 'integer', description: 'distinct origins: syndicated copies count once, an agency credit counts the agency' },
      origins: strings, entities: { type: 'array', items: entityRef, description: 'the most central canonical entities' },
    },
  },
  StoryPage: {
    type: 'object',
    required: ['id', 'title', 'first', 'last', 'entities', 'entityList', 'reports', 'independentSources', 'origins', 'outlets', 'copies', 'gaps', 'disagreements', 'disagreementScope', 'page', 'reportList', 'statements', 'events', 'unknowns'],
    properties: {
      id: { type: 'string' }, title: { type: 'string' }, first: nullable('string'), last: nullable('string'),
      entities: { ...strings, description: 'canonical entity ids, most central first' }, entityList: { type: 'array', items: entityRef },
      reports: { type: 'integer', description: 'every report of the story, copies included' }, independentSources: { type: 'integer' }, origins: strings,
      outlets: {
        type: 'array', description: 'the whole story: reports per outlet (the report\'s outlet, else its first credited source), most first',
        items: { type: 'object', required: ['outlet', 'reports', 'copies'], properties: { outlet: { type: 'string' }, reports: { type: 'integer' }, copies: { type: 'integer' } } },
      },
      copies: { type: 'integer', description: 'the whole story: reports that are (near-)copies of an earlier one' },
      gaps: {
        type: 'object', required: ['open', 'closed', 'statements'], description: 'the whole story: open and closed gaps, a gap restated by several reports counted once; `statements` counts every statement of one',
        properties: { open: { type: 'integer' }, closed: { type: 'integer' }, statements: { type: 'integer' } },
      },
      disagreements: {
        type: 'array', description: 'conflicting claims side by side, among the independent reports `disagreementScope` names (copies left out)',
        items: {
          type: 'object', required: ['kind', 'about', 'sides'],
          properties: {
            kind: { enum: ['number', 'denial'] }, about: { type: 'string' },
            sides: { type: 'array', items: { type: 'object', required: ['value', 'claims'], properties: { value: { type: 'string' }, claims: { type: 'array', items: claim } } } },
          },
        },
      },
      disagreementScope: {
        type: 'object', required: ['reports', 'independent', 'capped'], description: 'disagreements come from the first `reports` (by date) of the story\'s `independent` reports; `capped` when that is not all of them',
        properties: { reports: { type: 'integer' }, independent: { type: 'integer' }, capped: { type: 'boolean' } },
      },
      page: { type: 'object', required: ['offset', 'limit'], properties: { offset: { type: 'integer' }, limit: { type: 'integer' } }, description: 'where this page starts among the story\'s reports (by date)' },
      reportList: {
        type: 'array', description: 'this page\'s reports, by date; `copyOf` marks a (near-)copy of an earlier report, which does not count as a source',
        items: {
          type: 'object', required: ['id', 'date', 'title', 'sources', 'copyOf', 'outlet', 'excerpt'],
          properties: { id: { type: 'string' }, date: nullable('string'), title: nullable('string'), sources: strings, copyOf: nullable('string'), outlet: { type: 'string' }, excerpt: { type: 'string', description: 'the first sentence' } },
        },
      },
      statements: { type: 'array', items: inStory('Statement'), description: 'statements of this page\'s reports' },
      events: { type: 'array', items: inStory('EventRecord'), description: 'events of this page\'s reports' },
      unknowns: { type: 'array', description: 'gaps stated in this page\'s reports', items: { allOf: [inStory('Unknown'), { type: 'object', required: ['status', 'closedBy'], properties: { status: { enum: ['open', 'closed'] }, closedBy: { oneOf: [{ type: 'null' }, closure] } } }] } },
    },
  },
  UnknownWithStatus: {
    type: 'object', required: ['reportId', 'reportDate', 'sources', 'item', 'status', 'closedBy'],
    properties: {
      reportId: { type: 'string' }, reportDate: nullable('string'), sources: strings, item: component('Unknown'),
      status: { enum: ['open', 'closed'] }, closedBy: { oneOf: [{ type: 'null' }, closure] },
    },
  },
  CanonicalEntity: {
    type: 'object', required: ['id', 'key', 'name', 'type', 'aliases', 'roles', 'affiliations', 'members', 'reports', 'curated'],
    properties: {
      id: { type: 'string' }, key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, aliases: strings,
      roles: { type: 'array', description: 'roles over time', items: { type: 'object', properties: { role: { type: 'string' }, date: nullable('string'), reportId: { type: 'string' } } } },
      affiliations: strings,
      members: { type: 'array', description: 'the report-level entities it gathers, with the name each report used', items: { type: 'object', properties: { report: { type: 'string' }, entity: { type: 'string' }, name: { type: 'string' } } } },
      reports: { type: 'integer' }, curated: { type: 'array', items: { type: 'integer' }, description: 'sequence numbers of the curation edits that shaped it' },
    },
  },
  Provenance: {
    type: 'object', required: ['id', 'report', 'kind', 'within', 'statement', 'event', 'linkedEvents', 'rule'],
    properties: {
      id: { type: 'string' },
      report: { type: 'object', required: ['id', 'date', 'title', 'sources', 'copyOf'], properties: { id: { type: 'string' }, date: nullable('string'), title: nullable('string'), sources: strings, copyOf: nullable('string') } },
      kind: { enum: ['statement', 'event'] },
      within: { type: 'array', items: component('Statement'), description: 'statements it sits inside, outermost first' },
      statement: { oneOf: [{ type: 'null' }, component('Statement')], description: 'the statement itself, or the one an event is claimed in' },
      event: { oneOf: [{ type: 'null' }, component('EventRecord')] },
      linkedEvents: { type: 'array', items: component('EventRecord'), description: "events whose claim the statement carries" },
      rule: { type: 'string' },
    },
  },
} satisfies Record<string, JsonSchema>;
