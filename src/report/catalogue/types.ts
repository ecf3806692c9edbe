/**
 * Shapes of the field catalogue (src/report/catalogue/): one entry per report field, grouped into
 * topics (the blocks of the reports: "Betweenness", "E-I index", …) and sections (the chapters of the
 * measures reference, docs/measures.md). Text only; no measure is computed here.
 */

/**
 * How a field's value is written: `int` and `decimal` are numbers (decimal: `digits` decimals in the
 * text reports, default 3; full precision in JSON and CSV), `string` text from the input, `boolean`,
 * `list` an array of ids or pairs, `table` an array of records, `matrix` nested arrays, `object` a
 * record of named values (e.g. one value per brokerage role).
 */
export type FieldFormat = 'int' | 'decimal' | 'string' | 'boolean' | 'list' | 'table' | 'matrix' | 'object';

/** One field of the report. */
export interface FieldEntry {
  /** Dotted path in the report: `members[].betweenness`, `summary.transitivity`, `synergy.eiIndex.overall`. */
  path: string;
  /** The topic (report block) it belongs to: a key of the topics. */
  topic: string;
  /** Short label: the member panel of the HTML report, lists, drawings (lower case unless a name). */
  label: string;
  /** A more compact header where tables need one (HTML members table, text rankings); default `label`. */
  columnLabel?: string;
  /** Title as a heading or a row name ("Harmonic closeness", "Largest component"). */
  title: string;
  /** What it is, with the formula. Absent: the topic's definition says it (a topic with one field). */
  definition?: string;
  /** Source(s), short form; the full references are in REFERENCES. Absent: the topic's citation. */
  citation?: string;
  /** The networkx / igraph / R sna function it matches, or how it is tested when no peer has it. */
  peer: string;
  /** Whether and how tie weights are used. */
  weights: string;
  format: FieldFormat;
  /** Decimals in the text reports (format `decimal`; default 3). */
  digits?: number;
  /** How to read it, in plain language. Absent: the topic's reading. */
  reading?: string;
  /** Only on directed graphs (e.g. `inDegree`). */
  directedOnly?: boolean;
  /** An object with one value per brokerage role (`coordinator` … `total`), flattened as `<field>_<role>`; `format` is that of each value. */
  byRole?: boolean;
  /** Added by the reader when the input has it (e.g. `typeClass`, `helix`): shown only when present. */
  optional?: boolean;
}

/** A block of the reports and a subsection of the measures reference. */
export interface Topic {
  key: string;
  /** Key of the section (chapter of docs/measures.md) it belongs to. */
  section: string;
  title: string;
  /** Short definition with the formula, as printed under the block in the HTML and Markdown reports. */
  definition: string;
  /** Short citation as printed in the reports. */
  citation: string;
  /** One-line reading printed with the block. */
  reading: string;
  /** The measures reference only: library functions, algorithm, variants, degenerate cases, peers (Markdown). */
  notes: string[];
}

/** A chapter of the measures reference. */
export interface Section {
  key: string;
  title: string;
  /** Opening paragraphs (Markdown). */
  intro: string[];
  /** Reading printed under the section's summary table in the Markdown report, where there is one. */
  reading?: string;
}

/** A full reference of the bibliography. */
export interface Reference {
  /** Authors and year as cited ("Freeman (1979)"). */
  cite: string;
  /** Title and venue. */
  text: string;
}
