import type { EntityType } from '../model/annotations.js';

/** One real thing across reports: the canonical entity that report-level entities link to. */
export interface CanonicalEntity {
  id: string;
  /** The grouping key: a gazetteer key (`gpe:PT`) or `<type group>:<folded name>`. */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Roles over time: each role with the report date it was seen on. */
  roles: { role: string; date: string | null; reportId: string }[];
  affiliations: string[];
  /** Report-level members, with the name each report used. */
  members: { report: string; entity: string; name: string }[];
  reports: number;
  /** Curation operations that shaped this entity, by sequence number. */
  curated: number[];
}

/** A report detected as a (near-)copy of an earlier one. */
export interface CopyLink {
  reportId: string;
  copyOf: string;
  similarity: number;
}

/** A gap closed by a later report. */
export interface Closure {
  /** `<reportId>:<unknownId>` of the gap. */
  unknown: string;
  closedBy: string;
  /** Id of the statement (or event) in the closing report that answers it. */
  item: string | null;
  text: string;
  rule: string;
}

export interface Story {
  id: string;
  title: string;
  reportIds: string[];
  first: string | null;
  last: string | null;
  /** Canonical entity ids, most central first. */
  entities: string[];
  reports: number;
  independentSources: number;
  /** The independent origins (credited agencies/outlets, copies counted once). */
  origins: string[];
}

export interface LinkResult {
  entities: CanonicalEntity[];
  copies: CopyLink[];
  stories: Story[];
  closures: Closure[];
}

/** A curation operation on canonical entities, replayed after every relink. */
export type CurationOp =
  | { op: 'merge'; into: string; from: string }
  | { op: 'split'; entity: string; alias: string }
  | { op: 'rename'; entity: string; name: string }
  | { op: 'alias-add'; entity: string; alias: string };

export interface CurationRecord {
  seq: number;
  at: string;
  op: CurationOp;
}
