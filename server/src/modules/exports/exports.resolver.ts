import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { ConnectionResult } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { authorName } from '../auth/auth.service.js';
import { JsonObjectScalar } from '../queries/json-object.scalar.js';
import type { SavedQueryRow } from '../queries/saved-queries.repository.js';
import { SavedQuery } from '../queries/saved-queries.types.js';
import type { RunRow } from './export-runs.repository.js';
import {
  citationFor,
  compareRuns,
  fileUrl,
  filesOf,
  getRun,
  getRunsConnection,
  runNow,
} from './export-runs.service.js';
import type { ScheduleRow } from './export-schedules.repository.js';
import {
  createSchedule,
  deleteSchedule,
  getNextRuns,
  getSchedule,
  getSchedulesConnection,
  previewCron,
  updateScheduleSettings,
} from './export-schedules.service.js';
import { DATAPACKAGE_FILE } from './exports.model.js';
import {
  CreateExportScheduleInput,
  ExportFile,
  ExportFormat,
  ExportRun,
  ExportRunConnection,
  ExportRunDiff,
  ExportRunsArgs,
  ExportSchedule,
  ExportScheduleConnection,
  ExportSchedulesArgs,
  ExportTarget,
  ScheduleRunsArgs,
  UpdateExportScheduleInput,
} from './exports.types.js';

@Resolver(() => ExportSchedule)
export class ExportSchedulesResolver {
  @Query(() => ExportScheduleConnection, { description: 'Export schedules, by name.' })
  exportSchedules(
    @Args(() => ExportSchedulesArgs) args: ExportSchedulesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<ScheduleRow>> {
    return getSchedulesConnection(ctx.db, args);
  }

  @Query(() => ExportSchedule, {
    nullable: true,
    description: 'One export schedule by id, or null if there is none.',
  })
  exportSchedule(
    @Arg('id', () => ID, { description: 'The schedule’s `id` (a UUID).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ScheduleRow | null> {
    return getSchedule(ctx.db, id);
  }

  @Query(() => [Date], {
    description:
      'Checks a 5-field cron and IANA time zone (BAD_USER_INPUT naming `cron` or `timeZone` if invalid) and returns its next ticks, DST-aware, to preview a schedule before saving it.',
  })
  exportCronPreview(
    @Arg('cron', () => String, { description: 'e.g. `0 6 * * 1`.' }) cron: string,
    @Arg('timeZone', () => String, { description: 'e.g. `Europe/Berlin`.' }) timeZone: string,
    @Arg('count', () => Int, { defaultValue: 5, description: 'How many ticks, 1–50.' }) count: number,
  ): Date[] {
    return previewCron(cron, timeZone, count);
  }

  @Authorized('editor')
  @Mutation(() => ExportSchedule, {
    description: 'Creates an export schedule; its first tick is computed at once.',
  })
  createExportSchedule(
    @Arg('input', () => CreateExportScheduleInput, { description: 'The new schedule’s settings.' })
    input: CreateExportScheduleInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ScheduleRow> {
    return createSchedule(ctx.db, info.schema, input, authorName(ctx.viewer));
  }

  @Authorized('editor')
  @Mutation(() => ExportSchedule, {
    description:
      'Changes a schedule if `expectedVersion` is its current version; otherwise nothing is written and the error code is CONFLICT. Runs already queued keep the settings they were queued with.',
  })
  updateExportSchedule(
    @Arg('id', () => ID, { description: 'The schedule to change.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you edited.' }) expectedVersion: number,
    @Arg('input', () => UpdateExportScheduleInput, { description: 'The settings to change.' })
    input: UpdateExportScheduleInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ScheduleRow> {
    return updateScheduleSettings(ctx.db, info.schema, id, expectedVersion, input);
  }

  @Authorized('editor')
  @Mutation(() => Boolean, {
    description:
      'Deletes a schedule together with its run history and files (their links stop working). CONFLICT when `expectedVersion` is stale.',
  })
  deleteExportSchedule(
    @Arg('id', () => ID, { description: 'The schedule to delete.' }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The `version` you saw; recommended.' })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return deleteSchedule(ctx.db, ctx.exports, id, expectedVersion ?? undefined);
  }

  @Authorized('editor')
  @Mutation(() => ExportRun, {
    description: 'Queues a run of the schedule now (enabled or not) and returns it.',
  })
  runExportNow(
    @Arg('id', () => ID, { description: 'The schedule.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RunRow> {
    return runNow(ctx.db, ctx.pool, ctx.exports, id);
  }

  @FieldResolver(() => SavedQuery, {
    nullable: true,
    description: 'The exported saved query (target SAVED_QUERY).',
  })
  async savedQuery(@Root() schedule: ScheduleRow, @Ctx() ctx: RequestContext): Promise<SavedQueryRow | null> {
    return schedule.savedQueryId ? ctx.loaders.savedQueryById.load(schedule.savedQueryId) : null;
  }

  @FieldResolver(() => [Date], { description: 'The next ticks from now (none while disabled), DST-aware.' })
  nextRuns(
    @Root() schedule: ScheduleRow,
    @Arg('count', () => Int, { defaultValue: 5, description: 'How many, 0–50.' }) count: number,
  ): Date[] {
    return getNextRuns(schedule, count);
  }

  @FieldResolver(() => ExportRunConnection, { description: 'This schedule’s runs, newest first.' })
  runs(
    @Root() schedule: ScheduleRow,
    @Args(() => ScheduleRunsArgs) args: ScheduleRunsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<RunRow>> {
    return getRunsConnection(ctx.db, args, { scheduleId: schedule.id, status: args.status });
  }

  @FieldResolver(() => ExportRun, { nullable: true, description: 'The newest run, if any.' })
  lastRun(@Root() schedule: ScheduleRow, @Ctx() ctx: RequestContext): Promise<RunRow | null> {
    return ctx.loaders.lastExportRunBySchedule.load(schedule.id);
  }
}

@Resolver(() => ExportRun)
export class ExportRunsResolver {
  @Query(() => ExportRunConnection, { description: 'Export runs of all schedules, newest first.' })
  exportRuns(
    @Args(() => ExportRunsArgs) args: ExportRunsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<RunRow>> {
    return getRunsConnection(ctx.db, args, args.where ?? {});
  }

  @Query(() => ExportRun, { nullable: true, description: 'One export run by id, or null if there is none.' })
  exportRun(
    @Arg('id', () => ID, { description: 'The run’s `id` (a UUID).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RunRow | null> {
    return getRun(ctx.db, id);
  }

  @Query(() => ExportRunDiff, {
    description:
      'Rows added, removed and changed per resource between two succeeded runs of the same schedule.',
  })
  exportRunDiff(
    @Arg('baseRunId', () => ID, { description: 'The earlier run.' }) baseRunId: string,
    @Arg('runId', () => ID, { description: 'The later run.' }) runId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return compareRuns(ctx.db, ctx.exports, baseRunId, runId);
  }

  @FieldResolver(() => ExportSchedule, { description: 'The schedule the run belongs to.' })
  async schedule(@Root() run: RunRow, @Ctx() ctx: RequestContext): Promise<ScheduleRow> {
    return (await ctx.loaders.exportScheduleById.load(run.scheduleId))!;
  }

  @FieldResolver(() => ExportTarget, { description: 'What was exported (frozen when the run was queued).' })
  target(@Root() run: RunRow): string {
    return run.definition.target;
  }

  @FieldResolver(() => [ExportFormat], { description: 'Formats written (frozen when the run was queued).' })
  formats(@Root() run: RunRow): string[] {
    return run.definition.formats;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The GraphQL document run (saved-query exports).',
  })
  query(@Root() run: RunRow): string | null {
    return run.definition.savedQuery?.document ?? null;
  }

  @FieldResolver(() => JsonObjectScalar, { nullable: true, description: 'The variables it ran with.' })
  variables(@Root() run: RunRow): Record<string, unknown> | null {
    return run.definition.savedQuery?.variables ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Milliseconds from the latest attempt’s start to the end.',
  })
  durationMs(@Root() run: RunRow): number | null {
    return run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null;
  }

  @FieldResolver(() => [ExportFile], {
    description: 'Published files with permanent links and SHA-256 (empty until the run has succeeded).',
  })
  files(@Root() run: RunRow) {
    return filesOf(run);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Link to datapackage.json (succeeded runs).' })
  manifestUrl(@Root() run: RunRow): string | null {
    return run.status === 'succeeded' ? fileUrl(run.id, DATAPACKAGE_FILE) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '“Cite this snapshot”: name, data instant, versions, permanent link and manifest checksum.',
  })
  citation(@Root() run: RunRow): string | null {
    return citationFor(run);
  }
}
