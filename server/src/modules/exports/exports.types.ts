import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { JsonObjectScalar } from '../queries/json-object.scalar.js';
import type { RunRow } from './export-runs.repository.js';

export enum ExportTarget {
  SAVED_QUERY = 'saved_query',
  FULL_DATASET = 'full_dataset',
}
registerEnumType(ExportTarget, {
  name: 'ExportTarget',
  description: 'What a schedule exports.',
  valuesConfig: {
    SAVED_QUERY: { description: 'The result of a saved query, run with its variables.' },
    FULL_DATASET: {
      description: 'Every table behind the read API (evidence, citations, methodologies, standings), whole.',
    },
  },
});

export enum ExportFormat {
  CSV = 'csv',
  JSON = 'json',
  NDJSON = 'ndjson',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File formats of a snapshot.',
  valuesConfig: {
    CSV: { description: 'RFC 4180 CSV, one file per table (or per list in a query result), flattened.' },
    JSON: { description: 'JSON: a query’s whole result, or one array per table.' },
    NDJSON: { description: 'Newline-delimited JSON, one object per row, one file per table or list.' },
  },
});

export enum ExportFileFormat {
  CSV = 'csv',
  JSON = 'json',
  NDJSON = 'ndjson',
  DATAPACKAGE = 'datapackage',
}
registerEnumType(ExportFileFormat, {
  name: 'ExportFileFormat',
  description: 'Format of one file of a snapshot.',
  valuesConfig: {
    CSV: { description: 'An RFC 4180 CSV file holding one table or list.' },
    JSON: { description: 'A JSON file: a query’s whole result, or one table as an array of rows.' },
    NDJSON: { description: 'A newline-delimited JSON file, one object per row of one table or list.' },
    DATAPACKAGE: { description: 'datapackage.json, the Frictionless Data Package manifest (written last).' },
  },
});

export enum ExportRunStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}
registerEnumType(ExportRunStatus, {
  name: 'ExportRunStatus',
  description: 'Where a run stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker (also between retries, with the last `error`).' },
    RUNNING: { description: 'A worker is writing it.' },
    SUCCEEDED: { description: 'Finished; its files are published and never change.' },
    FAILED: { description: 'Failed on its last attempt; see `error`. The webhook, if any, was told.' },
  },
});

export enum ExportRunTrigger {
  SCHEDULE = 'schedule',
  MANUAL = 'manual',
}
registerEnumType(ExportRunTrigger, {
  name: 'ExportRunTrigger',
  description: 'What started a run.',
  valuesConfig: {
    SCHEDULE: { description: 'A cron tick (see `scheduledFor`).' },
    MANUAL: { description: '`runExportNow`.' },
  },
});

@ObjectType({ description: 'One file of a finished snapshot, with its permanent link and checksum.' })
export class ExportFile {
  @Field(() => String, { description: 'File name, e.g. `summits.csv`.' })
  name!: string;

  @Field(() => String, { description: 'The table or query list the file holds, e.g. `summits`.' })
  resource!: string;

  @Field(() => ExportFileFormat, { description: 'File format.' })
  format!: ExportFileFormat;

  @Field(() => String, { description: 'Content type it is served with.' })
  mediaType!: string;

  @Field(() => Float, { description: 'Size in bytes.' })
  bytes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Data rows (not counting a CSV header); null if not tabular.',
  })
  rows!: number | null;

  @Field(() => String, {
    description: 'SHA-256 of the file, hex; also in datapackage.json and the download headers.',
  })
  sha256!: string;

  @Field(() => String, {
    description: 'Permanent download link, relative to the server: `/exports/<runId>/<name>`.',
  })
  url!: string;
}

@ObjectType({
  description: 'A scheduled (or on-demand) snapshot export: what, when, in which formats, kept how long.',
})
export class ExportSchedule {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' })
  id!: string;

  @Field(() => String, { description: 'Name, e.g. `Weekly MENA standings`.' })
  name!: string;

  @Field(() => String, { description: 'What the export is for; may be empty.' })
  description!: string;

  @Field(() => ExportTarget, { description: 'A saved query or the full dataset.' })
  target!: ExportTarget;

  @Field(() => JsonObjectScalar, {
    description: 'Variables given by the schedule; they override the saved query’s own for its runs.',
  })
  variables!: Record<string, unknown>;

  @Field(() => String, {
    description: '5-field cron (minute hour day-of-month month day-of-week), e.g. `0 6 * * 1`.',
  })
  cron!: string;

  @Field(() => String, {
    description: 'IANA time zone the cron is read in, e.g. `Europe/Berlin` (DST-aware).',
  })
  timeZone!: string;

  @Field(() => [ExportFormat], { description: 'Formats written by each run.' })
  formats!: ExportFormat[];

  @Field(() => Int, {
    nullable: true,
    description: 'Keep only the newest N finished runs (and their files).',
  })
  keepLast!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Delete finished runs (and files) older than this many days.',
  })
  maxAgeDays!: number | null;

  @Field(() => Boolean, { description: 'Whether cron ticks start runs. `runExportNow` works either way.' })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Receives a JSON POST (event `export.run.failed`) when a run fails for good; retried with backoff.',
  })
  webhookUrl!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The next tick that will start a run; null while disabled.',
  })
  nextRunAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who created it; null until API tokens exist.' })
  author!: string | null;

  @Field(() => Int, { description: 'Increases on every update; pass it as `expectedVersion`.' })
  version!: number;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its settings last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One execution of a schedule: its status, timing, size, files and provenance.' })
export class ExportRun {
  @Field(() => ID, { description: 'Stable identifier (a UUID); part of the permanent links.' })
  id!: string;

  @Field(() => ExportRunStatus, { description: 'Queued, running, succeeded or failed.' })
  status!: ExportRunStatus;

  @Field(() => ExportRunTrigger, { description: 'A cron tick or a manual run.' })
  trigger!: ExportRunTrigger;

  @Field(() => Date, { nullable: true, description: 'The cron tick this run is for; null for manual runs.' })
  scheduledFor!: Date | null;

  @Field(() => Date, { description: 'When it was queued.' })
  queuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its latest attempt started.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it succeeded or failed for good.' })
  finishedAt!: Date | null;

  @Field(() => Int, { description: 'Attempts started so far (retries included).' })
  attempt!: number;

  @Field(() => Float, { nullable: true, description: 'Data rows written, each table or list counted once.' })
  rows!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes written across all files.' })
  bytes!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, if it did.' })
  error!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The instant the data was read (start of its REPEATABLE READ transaction).',
  })
  snapshotAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Clout’s data version at that instant.' })
  dataVersion!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The standing methodology version current at that instant.',
  })
  methodologyVersion!: number | null;
}

@ObjectType({ description: 'A page of export schedules.' })
export class ExportScheduleConnection extends Connection(ExportSchedule, 'export schedule') {}

@ObjectType({ description: 'A page of export runs.' })
export class ExportRunConnection extends Connection(ExportRun, 'export run') {}

@ObjectType({ description: 'How one resource (table or list) differs between two runs.' })
export class ExportResourceDiff {
  @Field(() => String, { description: 'Resource name, e.g. `summits`.' })
  resource!: string;

  @Field(() => [String], {
    description:
      'Columns identifying a row; a row whose key is in both runs but whose values differ is `changed`.',
  })
  keyFields!: string[];

  @Field(() => Boolean, { description: 'Whether the base run has this resource.' })
  inBase!: boolean;

  @Field(() => Boolean, { description: 'Whether the compared run has this resource.' })
  inRun!: boolean;

  @Field(() => Int, { description: 'Rows only in the compared run.' })
  added!: number;

  @Field(() => Int, { description: 'Rows only in the base run.' })
  removed!: number;

  @Field(() => Int, { description: 'Rows in both whose values differ.' })
  changed!: number;

  @Field(() => Int, { description: 'Rows identical in both.' })
  unchanged!: number;

  @Field(() => [String], { description: 'Keys of up to 20 added rows (JSON arrays of the key values).' })
  addedKeys!: string[];

  @Field(() => [String], { description: 'Keys of up to 20 removed rows.' })
  removedKeys!: string[];

  @Field(() => [String], { description: 'Keys of up to 20 changed rows.' })
  changedKeys!: string[];
}

@ObjectType({ description: 'Rows added, removed and changed per resource between two runs of one schedule.' })
export class ExportRunDiff {
  @Field(() => ExportRun, { description: 'The earlier run compared against.' })
  base!: RunRow;

  @Field(() => ExportRun, { description: 'The run compared.' })
  run!: RunRow;

  @Field(() => [ExportResourceDiff], { description: 'One entry per resource in either run.' })
  resources!: ExportResourceDiff[];
}

@InputType({ description: 'A new export schedule.' })
export class CreateExportScheduleInput {
  @Field(() => String, { description: 'Name, 1–200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the export is for.' })
  description?: string | null;

  @Field(() => ExportTarget, { description: 'A saved query (give `savedQueryId`) or the full dataset.' })
  target!: ExportTarget;

  @Field(() => ID, {
    nullable: true,
    description: 'The saved query to export; only with target SAVED_QUERY.',
  })
  savedQueryId?: string | null;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'Variables overriding the saved query’s own; checked against its variable definitions.',
  })
  variables?: Record<string, unknown> | null;

  @Field(() => String, { description: '5-field cron, e.g. `0 6 * * 1` for Mondays at 06:00.' })
  cron!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. `Europe/Berlin`.' })
  timeZone!: string;

  @Field(() => [ExportFormat], { description: 'One or more formats.' })
  formats!: ExportFormat[];

  @Field(() => Int, {
    nullable: true,
    description: 'Keep the newest N finished runs (1–10,000); null keeps all.',
  })
  keepLast?: number | null;

  @Field(() => Int, { nullable: true, description: 'Delete finished runs older than N days (1–36,500).' })
  maxAgeDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Start runs on cron ticks (default true).',
  })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL told when a run fails for good.' })
  webhookUrl?: string | null;
}

@InputType({
  description: 'Changes to an export schedule; omitted fields keep their value, null clears optional ones.',
})
export class UpdateExportScheduleInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => ExportTarget, { nullable: true, description: 'New target.' })
  target?: ExportTarget | null;

  @Field(() => ID, { nullable: true, description: 'New saved query (target SAVED_QUERY).' })
  savedQueryId?: string | null;

  @Field(() => JsonObjectScalar, { nullable: true, description: 'New variables (replace the old ones).' })
  variables?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'New cron.' })
  cron?: string | null;

  @Field(() => String, { nullable: true, description: 'New IANA time zone.' })
  timeZone?: string | null;

  @Field(() => [ExportFormat], { nullable: true, description: 'New formats.' })
  formats?: ExportFormat[] | null;

  @Field(() => Int, { nullable: true, description: 'New keep-last count; null keeps all.' })
  keepLast?: number | null;

  @Field(() => Int, { nullable: true, description: 'New maximum age in days; null keeps forever.' })
  maxAgeDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Enable or disable cron ticks.' })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New webhook URL; null removes it.' })
  webhookUrl?: string | null;
}

@InputType({ description: 'Filters on export schedules.' })
export class ExportScheduleWhere {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or description.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only enabled (true) or disabled (false) schedules.' })
  enabled?: boolean | null;
}

@ArgsType()
export class ExportSchedulesArgs extends PageArgs {
  @Field(() => ExportScheduleWhere, { nullable: true, description: 'Filters.' })
  where?: ExportScheduleWhere | null;
}

@InputType({ description: 'Filters on export runs.' })
export class ExportRunWhere {
  @Field(() => ID, { nullable: true, description: 'Only runs of this schedule.' })
  scheduleId?: string | null;

  @Field(() => [ExportRunStatus], { nullable: true, description: 'Only runs with one of these statuses.' })
  status?: ExportRunStatus[] | null;
}

@ArgsType()
export class ExportRunsArgs extends PageArgs {
  @Field(() => ExportRunWhere, { nullable: true, description: 'Filters; runs are listed newest first.' })
  where?: ExportRunWhere | null;
}

@ArgsType()
export class ScheduleRunsArgs extends PageArgs {
  @Field(() => [ExportRunStatus], { nullable: true, description: 'Only runs with one of these statuses.' })
  status?: ExportRunStatus[] | null;
}
