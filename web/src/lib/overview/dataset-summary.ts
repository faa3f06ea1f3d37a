import { request } from '../graphql/client';
import { DatasetSummaryDocument, type DatasetSummaryQuery } from '../graphql/generated/graphql';

export type DatasetSummary = DatasetSummaryQuery;

export function loadDatasetSummary(): Promise<DatasetSummary> {
  return request(DatasetSummaryDocument, {});
}
