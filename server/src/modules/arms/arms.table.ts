import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
} from 'drizzle-orm/pg-core';
import { confidenceEnum, keyColumn, slugCheck, timestamps } from '../../db/columns.js';
import { actors } from '../actors/actors.table.js';
import { sources } from '../sources/sources.table.js';

/** SIPRI Arms Transfers Database weapon categories. */
export const armsCategoryEnum = pgEnum('arms_category', [
  'aircraft',
  'air_defence',
  'anti_submarine_warfare',
  'armoured_vehicles',
  'artillery',
  'engines',
  'missiles',
  'naval_weapons',
  'satellites',
  'sensors',
  'ships',
  'other',
]);
export const armsTransferStatusEnum = pgEnum('arms_transfer_status', [
  'ordered',
  'delivering',
  'delivered',
  'cancelled',
]);

export const armsTransfers = pgTable(
  'arms_transfers',
  {
    id: serial('id').primaryKey(),
    key: keyColumn(),
    supplierCode: text('supplier_code')
      .notNull()
      .references(() => actors.code),
    recipientCode: text('recipient_code')
      .notNull()
      .references(() => actors.code),
    category: armsCategoryEnum('category').notNull(),
    designation: text('designation').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity'),
    orderYear: integer('order_year'),
    /** Years in which deliveries happened, as far as sources say (may be empty even when delivered). */
    deliveryYears: integer('delivery_years')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    status: armsTransferStatusEnum('status').notNull(),
    /** SIPRI trend-indicator value in millions: military capability, not price. */
    tivMillions: numeric('tiv_millions', { precision: 12, scale: 2 }),
    /** Reported deal value in millions of US dollars, kept apart from TIV. */
    dealValueUsdMillions: numeric('deal_value_usd_millions', { precision: 14, scale: 2 }),
    confidence: confidenceEnum('confidence').notNull(),
    ...timestamps,
  },
  (table) => [
    check('arms_transfers_key_slug', slugCheck('key')),
    check('arms_transfers_distinct_parties', sql`${table.supplierCode} <> ${table.recipientCode}`),
    check('arms_transfers_quantity_non_negative', sql`${table.quantity} IS NULL OR ${table.quantity} >= 0`),
    check('arms_transfers_tiv_non_negative', sql`${table.tivMillions} IS NULL OR ${table.tivMillions} >= 0`),
    check(
      'arms_transfers_deal_value_non_negative',
      sql`${table.dealValueUsdMillions} IS NULL OR ${table.dealValueUsdMillions} >= 0`,
    ),
    check(
      'arms_transfers_order_year_range',
      sql`${table.orderYear} IS NULL OR ${table.orderYear} BETWEEN 1950 AND 2100`,
    ),
    check(
      'arms_transfers_delivery_years_range',
      sql`1950 <= ALL(${table.deliveryYears}) AND 2100 >= ALL(${table.deliveryYears})`,
    ),
    index('arms_transfers_supplier_idx').on(table.supplierCode),
    index('arms_transfers_recipient_idx').on(table.recipientCode),
    index('arms_transfers_category_idx').on(table.category),
    index('arms_transfers_status_idx').on(table.status),
    index('arms_transfers_order_year_idx').on(table.orderYear),
    index('arms_transfers_delivery_years_idx').using('gin', table.deliveryYears),
  ],
);

export const armsTransferSources = pgTable(
  'arms_transfer_sources',
  {
    armsTransferId: integer('arms_transfer_id')
      .notNull()
      .references(() => armsTransfers.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    primaryKey({ columns: [table.armsTransferId, table.sourceId] }),
    index('arms_transfer_sources_source_idx').on(table.sourceId),
  ],
);
