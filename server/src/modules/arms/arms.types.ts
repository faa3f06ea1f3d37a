import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Confidence, SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';

export enum ArmsCategory {
  AIRCRAFT = 'aircraft',
  AIR_DEFENCE = 'air_defence',
  ANTI_SUBMARINE_WARFARE = 'anti_submarine_warfare',
  ARMOURED_VEHICLES = 'armoured_vehicles',
  ARTILLERY = 'artillery',
  ENGINES = 'engines',
  MISSILES = 'missiles',
  NAVAL_WEAPONS = 'naval_weapons',
  SATELLITES = 'satellites',
  SENSORS = 'sensors',
  SHIPS = 'ships',
  OTHER = 'other',
}
registerEnumType(ArmsCategory, {
  name: 'ArmsCategory',
  description: 'Weapon category, following the SIPRI Arms Transfers Database.',
  valuesConfig: {
    AIRCRAFT: { description: 'Fixed-wing aircraft, helicopters and drones.' },
    AIR_DEFENCE: {
      description: 'Ground-based air defence: surface-to-air missile systems and anti-aircraft guns.',
    },
    ANTI_SUBMARINE_WARFARE: { description: 'Weapons for finding and attacking submarines.' },
    ARMOURED_VEHICLES: { description: 'Tanks, armoured personnel carriers and other armoured vehicles.' },
    ARTILLERY: { description: 'Guns, howitzers, mortars and multiple rocket launchers.' },
    ENGINES: { description: 'Engines for military aircraft, ships and armoured vehicles.' },
    MISSILES: { description: 'Guided missiles and torpedoes.' },
    NAVAL_WEAPONS: { description: 'Ship-borne weapon systems, such as naval guns and air defence.' },
    SATELLITES: { description: 'Military satellites.' },
    SENSORS: { description: 'Radars, sonars and other sensors.' },
    SHIPS: { description: 'Warships, submarines and other military vessels.' },
    OTHER: { description: 'Anything else, such as a package of deals that spans several categories.' },
  },
});

export enum ArmsTransferStatus {
  ORDERED = 'ordered',
  DELIVERING = 'delivering',
  DELIVERED = 'delivered',
  CANCELLED = 'cancelled',
}
registerEnumType(ArmsTransferStatus, {
  name: 'ArmsTransferStatus',
  description: 'Where a deal stands.',
  valuesConfig: {
    ORDERED: { description: 'Ordered; nothing delivered yet.' },
    DELIVERING: { description: 'Deliveries under way.' },
    DELIVERED: { description: 'Fully delivered.' },
    CANCELLED: { description: 'Called off.' },
  },
});

@ObjectType({ description: 'A transfer of major arms from a supplier to a recipient.' })
export class ArmsTransfer {
  @Field(() => ID, { description: 'Stable identifier (a slug).' })
  id!: string;

  @Field(() => ArmsCategory, { description: 'SIPRI weapon category.' })
  category!: ArmsCategory;

  @Field(() => String, { description: 'Weapon designation, e.g. `S-400` or `Bayraktar TB2`.' })
  designation!: string;

  @Field(() => String, { description: 'What was transferred, briefly.' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Number of items, when reported.' })
  quantity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the order was placed, when reported.' })
  orderYear!: number | null;

  @Field(() => [Int], { description: 'Years in which deliveries took place; empty if none yet.' })
  deliveryYears!: number[];

  @Field(() => ArmsTransferStatus, { description: 'Ordered, delivering, delivered or cancelled.' })
  status!: ArmsTransferStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      'SIPRI trend-indicator value in millions: military capability transferred, not price. Null unless a source gives it.',
  })
  tivMillions!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Reported deal value in millions of US dollars, when reported.',
  })
  dealValueUsdMillions!: number | null;

  @Field(() => Confidence, { description: 'How firmly the sources support this record.' })
  confidence!: Confidence;
}

@ObjectType({ description: 'A page of arms transfers.' })
export class ArmsTransferConnection extends Connection(ArmsTransfer, 'arms transfer') {}

@InputType({ description: 'Filters on arms transfers; all given conditions must hold.' })
export class ArmsTransferWhere {
  @Field(() => String, {
    nullable: true,
    description: 'Only transfers to this region’s member countries (slug).',
  })
  region?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only transfers from one of these suppliers (codes).',
  })
  supplier?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only transfers to this recipient (code).' })
  recipient?: string | null;

  @Field(() => [ArmsCategory], { nullable: true, description: 'Only these categories.' })
  category?: ArmsCategory[] | null;

  @Field(() => [ArmsTransferStatus], { nullable: true, description: 'Only these statuses.' })
  status?: ArmsTransferStatus[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only transfers ordered or delivered in or after this year.',
  })
  fromYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only transfers ordered or delivered in or before this year.',
  })
  toYear?: number | null;
}

export enum ArmsTransferOrderField {
  ORDER_YEAR = 'orderYear',
  LAST_DELIVERY_YEAR = 'lastDeliveryYear',
  SUPPLIER = 'supplier',
  RECIPIENT = 'recipient',
  DEAL_VALUE = 'dealValue',
}
registerEnumType(ArmsTransferOrderField, {
  name: 'ArmsTransferOrderField',
  description: 'Fields arms transfers can be sorted by (unknown values sort last).',
  valuesConfig: {
    ORDER_YEAR: { description: 'By `orderYear`, the year the order was placed.' },
    LAST_DELIVERY_YEAR: { description: 'By the latest of `deliveryYears`.' },
    SUPPLIER: { description: 'By the supplier’s code.' },
    RECIPIENT: { description: 'By the recipient’s code.' },
    DEAL_VALUE: { description: 'By `dealValueUsdMillions`, the reported deal value.' },
  },
});

@InputType({ description: 'Sort order for arms transfers.' })
export class ArmsTransferOrder {
  @Field(() => ArmsTransferOrderField, { description: 'The field to sort by.' })
  field!: ArmsTransferOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class ArmsTransfersArgs extends PageArgs {
  @Field(() => ArmsTransferWhere, { nullable: true, description: 'Filters.' })
  where?: ArmsTransferWhere | null;

  @Field(() => ArmsTransferOrder, {
    nullable: true,
    description: 'Sort order; newest order first when omitted.',
  })
  orderBy?: ArmsTransferOrder | null;
}
