/** The shapes the HTTP API returns (see /api/openapi.json); only the fields the UI reads. */

export interface Span { start: number; end: number; text: string }
export type EntityType = 'PERSON' | 'ORG' | 'MEDIA' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

export interface ReportHeader { id: string; date: string | null; sources: string[]; title: string | null; url: string | null; outlet?: string | null }
export interface ReportSummary { id: string; date: string | null; title: string | null; sources: string[]; excerpt: string }
export interface SearchHit { reportId: string; date: string | null; title: string | null; sources: string[]; snippet: string; score: number }

export interface Mention extends Span { id: string; type: EntityType; entity: string; name: string; role?: string | null; affiliation?: string | null; confidence: number; rule: string }
export interface EntityRecord { id: string; name: string; type: EntityType; aliases: string[]; key?: string | null; role?: string | null; affiliation?: string | null }
export interface SpeakerRef extends Span { entity: string | null; resolvedBy?: string | null; name?: string | null }
export interface Statement {
  id: string; speaker: SpeakerRef | null; cue: Span & { lemma: string }; content: Span[]; kind: string; medium?: string | null;
  polarity: 'assert' | 'deny'; hedged: boolean; sentence: number; parent?: string | null; rule: string;
}
export interface Unknown extends Span { id: string; kind: string; subject: { text: string; entity: string | null } | null; about: string; sentence: number; rule: string }
export interface DateExpr extends Span { id: string; when: string; precision: string; stated: string[]; inferred: string[]; rule: string }
export interface ActorRef extends Span { entity: string | null; name?: string | null }
export interface EventRecord {
  id: string; type: string; mode?: string | null; trigger: Span; actor: ActorRef | null; target: ActorRef | null;
  date: { when: string | null; precision: string | null; dateId: string | null; inferred: boolean }; place?: ActorRef | null;
  statement: string | null; negated: boolean; hedged: boolean; sentence: number; rule: string;
}
export interface Diagnostic { code: string; message: string; severity: string }

export interface Analysis {
  report: ReportHeader; text: string; sentences: { start: number; end: number }[];
  entities: Mention[]; entityIndex: EntityRecord[]; statements: Statement[]; events: EventRecord[];
  dates: DateExpr[]; unknowns: Unknown[]; diagnostics: Diagnostic[];
}

export interface InReport<T> { reportId: string; reportDate: string | null; sources: string[]; item: T; title?: string | null }
export interface FacetValue { value: string; count: number; type?: EntityType }
export interface SearchResult {
  query: string; type: 'report' | 'statement'; total: number; capped: boolean; scope: number;
  facets: { outlet: FacetValue[]; date: FacetValue[]; dateUnit: 'day' | 'month' | 'year'; entity: FacetValue[]; entityType: FacetValue[] };
  reports: SearchHit[]; statements: InReport<Statement>[];
}
export interface Stats { reports: number; sources: number; entities: number; mentions: number; statements: number; events: number; dates: number; unknowns: number; stories: number }
export interface EntityPage {
  name: string; types: { type: EntityType; count: number }[]; keys: string[]; aliases: string[]; roles: string[]; affiliations: string[];
  reports: { id: string; date: string | null; sources: string[] }[]; reportCount: number; reportsRead: number;
  statementsBy: InReport<Statement>[]; statementsAbout: InReport<Statement>[]; events: InReport<EventRecord>[];
  coActors: { name: string; type: EntityType; key: string; reports: number }[];
}
export interface GraphNode { id: string; name: string; type: EntityType; reports: number }
export interface GraphEdge {
  id: string; source: string; target: string; kind: 'statement' | 'event'; label: string; count: number;
  firstDate: string | null; lastDate: string | null; evidence: { reportId: string; date: string | null; start: number; end: number; text: string }[];
}
export interface Graph { nodes: GraphNode[]; edges: GraphEdge[]; reportsRead: number }

export interface EntityRef { id: string; name: string; type: EntityType }
export interface StorySummary {
  id: string; title: string; first: string | null; last: string | null; reports: number; independentSources: number; origins: string[]; entities: EntityRef[];
}
export interface Closure { unknown: string; closedBy: string; item: string | null; text: string; rule: string }
export interface StoryReport { id: string; date: string | null; title: string | null; sources: string[]; copyOf: string | null; outlet: string; excerpt: string }
export interface Claim { reportId: string; date: string | null; sources: string[]; speaker: string | null; statement: string | null; start: number; end: number; text: string }
export interface Disagreement { kind: 'number' | 'denial'; about: string; sides: { value: string; claims: Claim[] }[] }
export type InStory<T> = T & { reportId: string; reportDate: string | null };
export interface StoryUnknown extends InStory<Unknown> { status: 'open' | 'closed'; closedBy: Closure | null }
/** One page of a story: story-wide figures, and the page's reports with what they say. */
export interface StoryPage {
  id: string; title: string; first: string | null; last: string | null; entities: string[]; entityList: EntityRef[];
  reports: number; independentSources: number; origins: string[];
  outlets: { outlet: string; reports: number; copies: number }[]; copies: number; gaps: { open: number; closed: number; statements: number };
  disagreements: Disagreement[]; disagreementScope: { reports: number; independent: number; capped: boolean };
  page: { offset: number; limit: number };
  reportList: StoryReport[]; statements: InStory<Statement>[]; events: InStory<EventRecord>[]; unknowns: StoryUnknown[];
}
export interface UnknownWithStatus extends InReport<Unknown> { status: 'open' | 'closed'; closedBy: Closure | null }
export interface CanonicalEntity {
  id: string; key: string; name: string; type: EntityType; aliases: string[]; roles: { role: string; date: string | null; reportId: string }[];
  affiliations: string[]; members: { report: string; entity: string; name: string }[]; reports: number; curated: number[];
}
export interface CurationRecord { seq: number; at: string; op: Record<string, string> }
export interface EntityView extends EntityPage {
  canonical?: CanonicalEntity | null; others?: { id: string; name: string; type: EntityType; reports: number }[];
  curation?: CurationRecord[]; stories?: StorySummary[];
}
export interface Provenance {
  id: string; report: { id: string; date: string | null; title: string | null; sources: string[]; copyOf: string | null };
  kind: 'statement' | 'event'; within: Statement[]; statement: Statement | null; event: EventRecord | null; linkedEvents: EventRecord[]; rule: string;
}
