import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { regionMembers } from '../regions/regions.table.js';
import { armsTransfers } from './arms.table.js';

type TransferSelect = typeof armsTransfers.$inferSelect;

export interface ArmsTransferRow {
  rowId: number;
  id: string;
  supplierCode: string;
  recipientCode: string;
  category: TransferSelect['category'];
  designation: string;
  description: string;
  quantity: number | null;
  orderYear: number | null;
  deliveryYears: number[];
  status: TransferSelect['status'];
  tivMillions: number | null;
  dealValueUsdMillions: number | null;
  confidence: TransferSelect['confidence'];
}

export interface ArmsTransferFilter {
  region?: string;
  suppliers?: string[];
  recipient?: string;
  categories?: TransferSelect['category'][];
  statuses?: TransferSelect['status'][];
  fromYear?: number;
  toYear?: number;
}

export interface ArmsTransferSort {
  field: 'orderYear' | 'lastDeliveryYear' | 'supplier' | 'recipient' | 'dealValue';
  direction: 'asc' | 'desc';
}

const transferColumns = {
  rowId: armsTransfers.id,
  id: armsTransfers.key,
  supplierCode: armsTransfers.supplierCode,
  recipientCode: armsTransfers.recipientCode,
  category: armsTransfers.category,
  designation: armsTransfers.designation,
  description: armsTransfers.description,
  quantity: armsTransfers.quantity,
  orderYear: armsTransfers.orderYear,
  deliveryYears: armsTransfers.deliveryYears,
  status: armsTransfers.status,
  // numeric columns are parsed to numbers by the pg type parser in db/client.ts
  tivMillions: sql<number | null>`${armsTransfers.tivMillions}`,
  dealValueUsdMillions: sql<number | null>`${armsTransfers.dealValueUsdMillions}`,
  confidence: armsTransfers.confidence,
};

const sortExpressions: Record<ArmsTransferSort['field'], SQL> = {
  orderYear: sql`${armsTransfers.orderYear}`,
  lastDeliveryYear: sql`${armsTransfers.deliveryYears}[cardinality(${armsTransfers.deliveryYears})]`,
  supplier: sql`${armsTransfers.supplierCode}`,
  recipient: sql`${armsTransfers.recipientCode}`,
  dealValue: sql`${armsTransfers.dealValueUsdMillions}`,
};

/** The years from..to as an int[] literal, for an indexed overlap test on delivery years. */
function yearSpan(fromYear: number, toYear: number): SQL {
  return sql`ARRAY(SELECT generate_series(${fromYear}::int, ${toYear}::int))`;
}

function conditions(db: Database, filter: ArmsTransferFilter): SQL | undefined {
  const hasYears = filter.fromYear !== undefined || filter.toYear !== undefined;
  const fromYear = filter.fromYear ?? 1950;
  const toYear = filter.toYear ?? 2100;
  return and(
    filter.region
      ? inArray(
          armsTransfers.recipientCode,
          db
            .select({ code: regionMembers.actorCode })
            .from(regionMembers)
            .where(eq(regionMembers.regionSlug, filter.region)),
        )
      : undefined,
    filter.suppliers?.length ? inArray(armsTransfers.supplierCode, filter.suppliers) : undefined,
    filter.recipient ? eq(armsTransfers.recipientCode, filter.recipient) : undefined,
    filter.categories?.length ? inArray(armsTransfers.category, filter.categories) : undefined,
    filter.statuses?.length ? inArray(armsTransfers.status, filter.statuses) : undefined,
    hasYears
      ? or(
          sql`${armsTransfers.orderYear} BETWEEN ${fromYear} AND ${toYear}`,
          sql`${armsTransfers.deliveryYears} && ${yearSpan(fromYear, toYear)}`,
        )
      : undefined,
  );
}

export function listArmsTransfers(
  db: Database,
  filter: ArmsTransferFilter,
  sort: ArmsTransferSort,
  page: Page,
): Promise<ArmsTransferRow[]> {
  const direction = sort.direction === 'asc' ? sql`ASC` : sql`DESC`;
  return db
    .select(transferColumns)
    .from(armsTransfers)
    .where(conditions(db, filter))
    .orderBy(sql`${sortExpressions[sort.field]} ${direction} NULLS LAST`, asc(armsTransfers.key))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countArmsTransfers(db: Database, filter: ArmsTransferFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(armsTransfers).where(conditions(db, filter));
  return row?.value ?? 0;
}
