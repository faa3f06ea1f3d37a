import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';

@ObjectType({ description: 'A region in which standing is measured; a country may sit in several.' })
export class Region {
  @Field(() => String, {
    description: 'Stable identifier: `mena`, `south-caucasus`, `central-asia`, `horn-sahel`.',
  })
  slug!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'What the region covers.' })
  description!: string;
}

@ObjectType({ description: 'A page of regions.' })
export class RegionConnection extends Connection(Region, 'region') {}

@InputType({ description: 'Filters on regions.' })
export class RegionWhere {
  @Field(() => String, {
    nullable: true,
    description: 'Only regions that have this actor as a member (code, e.g. `SDN`).',
  })
  member?: string | null;
}

@ArgsType()
export class RegionsArgs extends PageArgs {
  @Field(() => RegionWhere, { nullable: true, description: 'Filters.' })
  where?: RegionWhere | null;
}
