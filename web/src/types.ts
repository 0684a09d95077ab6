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
