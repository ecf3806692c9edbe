/**
 * The field catalogue: every field of the report with its label, definition, citation, peer, use of
 * tie weights, format and reading, grouped into topics (the blocks of the reports) and sections (the
 * chapters of docs/measures.md). Every renderer takes its field lists, labels, definitions and formats
 * from here, and src/report/measures-reference.ts writes the measures reference from it. Adding a
 * measure: the measure, its entry here, a test.
 */
import type { FieldEntry, Topic } from './types.js';
import { MEMBER_FIELDS } from './members.js';
import { COMMUNITY_FIELDS, SUMMARY_FIELDS } from './summary.js';
import { INDICATOR_FIELDS } from './indicators.js';
import { STRUCTURE_TOPICS } from './topics-structure.js';
import { GROUP_TOPICS } from './topics-groups.js';
import { SYNERGY_TOPICS } from './topics-synergy.js';
import { OPPORTUNITY_FIELDS, OPPORTUNITY_REFERENCES, OPPORTUNITY_SECTION, OPPORTUNITY_TOPICS } from './opportunities.js';
import { REFERENCES as BASE_REFERENCES, SECTIONS as BASE_SECTIONS } from './sections.js';
import { NULL_MODEL_FIELDS, NULL_MODEL_TOPICS } from './null-model.js';

export type { FieldEntry, FieldFormat, Reference, Section, Topic } from './types.js';
export { PREAMBLE } from './sections.js';

/** The chapters of the measures reference (the opportunities last). */
export const SECTIONS = Object.freeze([...BASE_SECTIONS, OPPORTUNITY_SECTION]);
/** The bibliography, by citation. */
export const REFERENCES = Object.freeze([...BASE_REFERENCES, ...OPPORTUNITY_REFERENCES].sort((a, b) => a.cite.localeCompare(b.cite, 'en')));
export { MEMBER_FIELDS };

/** Every field, members first (in members.csv order), then summary, communities and the indicator sections. */
export const FIELDS: readonly FieldEntry[] = Object.freeze([...MEMBER_FIELDS, ...SUMMARY_FIELDS, ...COMMUNITY_FIELDS, ...INDICATOR_FIELDS, ...OPPORTUNITY_FIELDS, ...NULL_MODEL_FIELDS]);

/** Every topic, in the order of the measures reference. */
export const TOPICS: readonly Topic[] = Object.freeze([...STRUCTURE_TOPICS, ...GROUP_TOPICS, ...SYNERGY_TOPICS, ...OPPORTUNITY_TOPICS, ...NULL_MODEL_TOPICS]);

const fieldByPath = new Map(FIELDS.map((f) => [f.path, f]));
const topicByKey = new Map(TOPICS.map((t) => [t.key, t]));

/** The entry of a field by its dotted path (`members[].betweenness`); throws for an unknown path. */
export function field(path: string): FieldEntry {
  const f = fieldByPath.get(path);
  if (!f) throw new Error(`field catalogue: no entry for ${path}`);
  return f;
}

/** The entry of a field by its path, or undefined. */
export function findField(path: string): FieldEntry | undefined {
  return fieldByPath.get(path);
}

/** The entry of a per-member field by its key (`betweenness`), or undefined (a field this version does not know). */
export function memberField(key: string): FieldEntry | undefined {
  return fieldByPath.get(`members[].${key}`);
}

/** A topic by key; throws for an unknown key. */
export function topic(key: string): Topic {
  const t = topicByKey.get(key);
  if (!t) throw new Error(`field catalogue: no topic ${key}`);
  return t;
}

/** The field's definition, or its topic's when the field has none of its own. */
export function definitionOf(f: FieldEntry): string {
  return f.definition ?? topic(f.topic).definition;
}

/** The field's citation, or its topic's. */
export function citationOf(f: FieldEntry): string {
  return f.citation ?? topic(f.topic).citation;
}

/** The field's reading, or its topic's. */
export function readingOf(f: FieldEntry): string {
  return f.reading ?? topic(f.topic).reading;
}

/** The compact label of a field (HTML members table, text rankings). */
export function columnLabel(f: FieldEntry): string {
  return f.columnLabel ?? f.label;
}

/** Decimals of a field in the text reports. */
export function digitsOf(f: FieldEntry): number {
  return f.digits ?? 3;
}

/** Key of a per-member field (`members[].betweenness` → `betweenness`). */
export function memberKey(f: FieldEntry): string {
  return f.path.slice('members[].'.length);
}

/**
 * Whether the report holds a per-member field: some member has it; with no member, every field that
 * is neither optional nor directed-only (directed-only ones on directed graphs). So a renderer shows a
 * field only when the report has it (`inDegree` on undirected graphs, `typeClass` before the reader
 * added it).
 */
export function memberFieldPresent(members: readonly object[], directed: boolean, f: FieldEntry): boolean {
  const key = memberKey(f);
  if (members.length > 0) return members.some((m) => Object.prototype.hasOwnProperty.call(m, key));
  return !f.optional && (!f.directedOnly || directed);
}
