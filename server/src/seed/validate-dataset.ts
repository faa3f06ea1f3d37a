import type { Dataset } from './dataset.js';
import { isIsoDate } from '../lib/dates.js';
import type { IsoDate, SourceSeed } from './dataset.types.js';

export interface DatasetProblem {
  /** Where, e.g. `summits[sharm-el-sheikh-peace-summit-2025].participants[RUS]`. */
  path: string;
  message: string;
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks every rule the database would enforce, and a few it cannot (cited sources exist,
 * keys are unique across files), so a bad dataset is refused whole with every problem listed.
 */
export function validateDataset(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const actorCodes = new Set<string>();
  for (const actor of dataset.actors) {
    if (!/^[A-Z]{3}$/.test(actor.code))
      report(`actors[${actor.code}]`, 'code must be three upper-case letters');
    if (actorCodes.has(actor.code)) report(`actors[${actor.code}]`, 'duplicate actor code');
    actorCodes.add(actor.code);
  }
  const checkActor = (path: string, code: string | null) => {
    if (code !== null && !actorCodes.has(code)) report(path, `unknown actor ${code}`);
  };
  for (const power of dataset.powers) checkActor(`powers[${power.code}]`, power.code);

  const regionSlugs = new Set(dataset.regions.map((region) => region.slug));
  for (const region of dataset.regions) {
    region.members.forEach((code) => checkActor(`regions[${region.slug}].members`, code));
  }
  const checkRegions = (path: string, slugs: string[]) => {
    for (const slug of slugs) if (!regionSlugs.has(slug)) report(path, `unknown region ${slug}`);
  };

  const sourcesByKey = checkSources(dataset.sources, report);
  const checkDate = (path: string, value: IsoDate | null) => {
    if (value !== null && !isIsoDate(value)) report(path, `invalid date ${value}`);
  };
  const checkCitations = (path: string, keys: string[]) => {
    if (keys.length === 0) report(path, 'cites no source');
    for (const key of keys) if (!sourcesByKey.has(key)) report(path, `cites unknown source ${key}`);
  };

  const recordKeys = new Set<string>();
  const checkKey = (path: string, key: string) => {
    if (!slugPattern.test(key)) report(path, 'key must be a lower-case slug');
    if (recordKeys.has(`${path.split('[')[0]}:${key}`)) report(path, 'duplicate key');
    recordKeys.add(`${path.split('[')[0]}:${key}`);
  };

  for (const summit of dataset.summits) {
    const path = `summits[${summit.key}]`;
    checkKey(path, summit.key);
    checkActor(`${path}.host`, summit.host);
    summit.conveners.forEach((code) => checkActor(`${path}.conveners`, code));
    checkRegions(`${path}.regions`, summit.regions);
    checkDate(`${path}.startDate`, summit.startDate);
    checkDate(`${path}.endDate`, summit.endDate);
    if (summit.endDate < summit.startDate) report(path, 'endDate is before startDate');
    checkCitations(path, summit.sources);
    const seen = new Set<string>();
    for (const participant of summit.participants) {
      const participantPath = `${path}.participants[${participant.actor}]`;
      checkActor(participantPath, participant.actor);
      if (seen.has(participant.actor)) report(participantPath, 'actor listed twice');
      seen.add(participant.actor);
      if (participant.level !== null && participant.status !== 'attended') {
        report(participantPath, 'only an attending delegation has a level');
      }
      checkCitations(participantPath, participant.sources);
    }
  }

  for (const facility of dataset.facilities) {
    const path = `facilities[${facility.key}]`;
    checkKey(path, facility.key);
    checkActor(`${path}.host`, facility.host);
    checkActor(`${path}.operator`, facility.operator);
    if (facility.host === facility.operator) report(path, 'host and operator are the same');
    if (Math.abs(facility.latitude) > 90) report(`${path}.latitude`, 'out of range');
    if (Math.abs(facility.longitude) > 180) report(`${path}.longitude`, 'out of range');
    checkCitations(path, facility.sources);
    if (facility.statuses.length === 0) report(`${path}.statuses`, 'has no status timeline');
    facility.statuses.forEach((period, index) => {
      const periodPath = `${path}.statuses[${index}]`;
      checkDate(`${periodPath}.validFrom`, period.validFrom);
      checkDate(`${periodPath}.validTo`, period.validTo);
      if (period.validTo !== null && period.validTo <= period.validFrom)
        report(periodPath, 'validTo must be after validFrom');
      const next = facility.statuses[index + 1];
      if (next && (period.validTo === null || period.validTo > next.validFrom)) {
        report(periodPath, 'overlaps the next period (periods must be ordered and disjoint)');
      }
      checkCitations(periodPath, period.sources);
    });
  }

  for (const transfer of dataset.armsTransfers) {
    const path = `armsTransfers[${transfer.key}]`;
    checkKey(path, transfer.key);
    checkActor(`${path}.supplier`, transfer.supplier);
    checkActor(`${path}.recipient`, transfer.recipient);
    if (transfer.supplier === transfer.recipient) report(path, 'supplier and recipient are the same');
    for (const [field, value] of Object.entries({
      quantity: transfer.quantity,
      tivMillions: transfer.tivMillions,
      dealValueUsdMillions: transfer.dealValueUsdMillions,
    })) {
      if (value !== null && !(value >= 0)) report(`${path}.${field}`, 'must be non-negative');
    }
    const years = [...(transfer.orderYear === null ? [] : [transfer.orderYear]), ...transfer.deliveryYears];
    if (years.some((year) => !Number.isInteger(year) || year < 1950 || year > 2100))
      report(path, 'year out of range');
    if (transfer.status === 'ordered' && transfer.deliveryYears.length > 0) {
      report(`${path}.status`, 'is ordered but lists delivery years');
    }
    checkCitations(path, transfer.sources);
  }

  for (const event of dataset.events) {
    const path = `events[${event.key}]`;
    checkKey(path, event.key);
    checkDate(`${path}.date`, event.date);
    event.actors.forEach((code) => checkActor(`${path}.actors`, code));
    checkRegions(`${path}.regions`, event.regions);
    checkCitations(path, event.sources);
  }

  return problems;
}

function checkSources(
  sources: SourceSeed[],
  report: (path: string, message: string) => void,
): Map<string, SourceSeed> {
  const byKey = new Map<string, SourceSeed>();
  const keyByUrl = new Map<string, string>();
  for (const source of sources) {
    const path = `sources[${source.key}]`;
    const existing = byKey.get(source.key);
    if (existing && existing.url !== source.url) report(path, 'key reused for a different URL');
    byKey.set(source.key, source);
    if (!/^https?:\/\//.test(source.url)) report(`${path}.url`, 'must be an http(s) URL');
    if (!source.publisher.trim()) report(`${path}.publisher`, 'is empty');
    if (!source.title.trim()) report(`${path}.title`, 'is empty');
    if (source.publishedOn !== null && !isIsoDate(source.publishedOn))
      report(`${path}.publishedOn`, 'invalid date');
    if (!isIsoDate(source.accessedOn)) report(`${path}.accessedOn`, 'invalid date');
    keyByUrl.set(source.url, keyByUrl.get(source.url) ?? source.key);
  }
  return byKey;
}
