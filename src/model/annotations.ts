import type { Span, TextSpan } from './span.js';

/**
 * Annotation shapes: one interface per layer. These are the analyze JSON's items and what the
 * store persists; later layers extend them with optional fields only, so the JSON stays stable.
 * Every item records the `rule` that produced it (provenance).
 */

export type EntityType = 'PERSON' | 'ORG' | 'MEDIA' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** A span of text that names something; points to a report-level entity. */
export interface Mention extends TextSpan {
  id: string;
  type: EntityType;
  /** Id of the report-level entity (an `EntityRecord.id` in `entityIndex`). */
  entity: string;
  /** The name as it should be shown (title stripped, canonical where known). */
  name: string;
  /** A title or role split off the name: "Foreign Minister", "President". */
  role?: string | null;
  /** Whom the mention belongs to: "Cuba" for "the Cuban foreign ministry". */
  affiliation?: string | null;
  /** True when a place name stands for its government ("Havana is acting"). */
  government?: boolean;
  confidence: number;
  rule: string;
}

/** A report-level entity: all mentions of one thing inside one report. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Canonical key for cross-report linking, e.g. `gpe:CU` for Cuba. */
  key?: string | null;
  role?: string | null;
  affiliation?: string | null;
}

export interface SpeakerRef extends TextSpan {
  /** Report-level entity id, or null when the speaker is not a known entity. */
  entity: string | null;
  /** The rule that decided who the speaker is (pronoun, nominal, direct...). */
  resolvedBy?: string | null;
  /** The entity's name after resolution ("it" → "Cuban foreign ministry"). */
  name?: string | null;
}

export type StatementKind = 'direct' | 'indirect' | 'mixed' | 'according-to';

/** An attribution: speaker + cue + content. */
export interface Statement {
  id: string;
  speaker: SpeakerRef | null;
  cue: TextSpan & { lemma: string };
  /** May be discontinuous. */
  content: TextSpan[];
  kind: StatementKind;
  /** statement, interview, post, report, ... when the text says. */
  medium?: string | null;
  polarity: 'assert' | 'deny';
  hedged: boolean;
  /** Index into the report's sentences. */
  sentence: number;
  /** Id of the statement whose content contains this one (attribution chain). */
  parent?: string | null;
  rule: string;
}

export type UnknownKind =
  | 'unspecified-actor'
  | 'no-response'
  | 'unclear-link'
  | 'declined-to-comment'
  | 'unconfirmed'
  | 'not-disclosed';

/** An explicit gap the text admits. */
export interface Unknown extends TextSpan {
  id: string;
  kind: UnknownKind;
  /** The entity that is silent, or whose role is unknown. */
  subject: { text: string; entity: string | null } | null;
  /** What is missing, in a few words ("who was behind the operation"). */
  about: string;
  sentence: number;
  rule: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'interval';

/** A time expression resolved against the report's date. */
export interface DateExpr extends TextSpan {
  id: string;
  /** ISO 8601: 2023-09-05, 2023-09, 2023, 2023-W36, 2020/2023, or 2023-09-01/2023-09-05. */
  when: string;
  precision: DatePrecision;
  /** Parts read from the text: some of year, month, day, weekday, ... */
  stated: string[];
  /** Parts inferred from the report date (or, for "that year" / "two years later", from the latest date stated earlier in the text). */
  inferred: string[];
  /**
   * Optional recurring value when the text names no year and the clause is habitual ("the
   * monsoon occurs in July" → `--07`, "his feast day is 30 September" → `--09-30`, ISO 8601
   * partial form). `when` keeps its meaning (the occurrence anchored on the report date);
   * `partial`, when present, is the better reading of the expression.
   */
  partial?: string;
  rule: string;
}

export interface ActorRef extends TextSpan {
  entity: string | null;
  name?: string | null;
  /** A compound actor's members ("the two countries" → Cuba, Russia), PLOVER-style. */
  members?: Array<{ entity: string | null; name: string }> | null;
  /** The government an organ acts for: "the Cuban foreign ministry" → Cuba. */
  government?: { name: string; entity: string | null } | null;
  /** How the role was found: subject, passive-agent, object, possessive, speaker, ... */
  rule?: string | null;
}

/** Something that happened or was done, coded with a PLOVER type. */
export interface EventRecord {
  id: string;
  type: string;
  mode?: string | null;
  trigger: TextSpan;
  actor: ActorRef | null;
  target: ActorRef | null;
  date: { when: string | null; precision: DatePrecision | null; dateId: string | null; inferred: boolean };
  place?: ActorRef | null;
  /** Id of the statement whose content asserts it: whose claim it is. */
  statement: string | null;
  negated: boolean;
  hedged: boolean;
  /** PLOVER auxiliary mode when the event is not reported as having happened: future or hypothetical. */
  aux?: 'future' | 'hypothetical' | null;
  /** True when the trigger is in its sentence's main clause (not a relative, adverbial or participial one). */
  main?: boolean;
  sentence: number;
  rule: string;
}

/** The layers a component may require or assign. */
export interface Layers {
  entities: Mention[];
  entityIndex: EntityRecord[];
  statements: Statement[];
  unknowns: Unknown[];
  dates: DateExpr[];
  events: EventRecord[];
}

export type LayerName = keyof Layers;

/** Span helper re-export, so components import one module. */
export type { Span, TextSpan };
