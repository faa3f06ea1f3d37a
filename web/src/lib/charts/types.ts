export interface LinePoint {
  /** First day of the period, YYYY-MM-DD. */
  day: string;
  /** How the period is named to readers, e.g. "2025-Q4". */
  label: string;
  value: number | null;
}

export interface LineSeries {
  key: string;
  name: string;
  colour: string;
  points: LinePoint[];
}

export interface LineSelection {
  key: string;
  day: string;
}

export interface TooltipLine {
  label: string;
  value: string;
  colour?: string;
  emphasis?: boolean;
}

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** Marker path (d3-shape symbol); a line swatch when absent. */
  symbol?: string;
  /** Hollow marker (e.g. a facility not operating). */
  hollow?: boolean;
  /** Faint fill (e.g. a facility whose future is in doubt). */
  faint?: boolean;
  dashed?: boolean;
}

/** One stacked bar: a category (year, recipient) split into parts (suppliers). */
export interface StackedBar {
  key: string;
  label: string;
  parts: { key: string; value: number }[];
}

export interface StackKey {
  key: string;
  label: string;
  colour: string;
}

export interface MatrixRow {
  key: string;
  label: string;
  /** Short text before the label, e.g. the date. */
  detail: string;
  /** Set for rows drawn subdued, e.g. "postponed" for a summit that did not take place. */
  note: string | null;
}

export interface MatrixColumn {
  key: string;
  /** Short header, e.g. an actor code. */
  label: string;
  /** Full name for tooltips and screen readers. */
  name: string;
  /** Header colour, or null for the default text colour. */
  colour: string | null;
}

/** What one cell shows. */
export interface MatrixMark {
  shape: 'filled' | 'crossed-box' | 'cross' | 'dash';
  colour: string;
  /** An outer ring, e.g. for the summit's convener. */
  ring: boolean;
  /** Words for the tooltip and screen readers. */
  text: string;
}

export interface MapMarker {
  key: string;
  longitude: number;
  latitude: number;
  colour: string;
  /** Marker path centred on 0,0 (shape by kind). */
  symbol: string;
  /** Fill and stroke style (by status). */
  look: 'held' | 'in-doubt' | 'not-operating' | 'gone';
  /** Full sentence for screen readers. */
  label: string;
  heading: string;
  lines: TooltipLine[];
}
