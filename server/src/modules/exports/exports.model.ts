// Plain types shared by the tables, the snapshot writer, the jobs and the API.

export type ExportFormatName = 'csv' | 'json' | 'ndjson';
export const EXPORT_FORMATS: readonly ExportFormatName[] = ['csv', 'json', 'ndjson'];

export type ExportTargetName = 'saved_query' | 'full_dataset';

/** A schedule's definition frozen into its run when the run is queued. */
export interface RunDefinition {
  scheduleName: string;
  target: ExportTargetName;
  cron: string;
  timeZone: string;
  formats: ExportFormatName[];
  savedQuery: {
    id: string;
    name: string;
    version: number;
    document: string;
    variables: Record<string, unknown>;
  } | null;
}

/** One file of a finished run, as recorded in `export_runs.files` and in datapackage.json. */
export interface ExportFileRecord {
  name: string;
  /** The data package resource the file holds (a table or a list in the query result). */
  resource: string;
  format: ExportFormatName | 'datapackage';
  mediaType: string;
  bytes: number;
  rows: number | null;
  sha256: string;
  /** Columns identifying a row (tabular files), for comparing runs. */
  primaryKey?: string[];
}

export const MEDIA_TYPES: Record<ExportFileRecord['format'], string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  datapackage: 'application/json; charset=utf-8',
};

export const DATAPACKAGE_FILE = 'datapackage.json';
