import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { JsonObjectScalar } from './json-object.scalar.js';
import { SAVED_QUERY_DOCUMENT_MAX, SAVED_QUERY_NAME_MAX } from './saved-queries.table.js';

@ObjectType({
  description:
    'A GraphQL query kept under a name, with its variables, to rerun, share or export on a schedule.',
})
export class SavedQuery {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' })
  id!: string;

  @Field(() => String, { description: `Short name, 1–${SAVED_QUERY_NAME_MAX} characters.` })
  name!: string;

  @Field(() => String, { description: 'What the query answers; may be empty.' })
  description!: string;

  @Field(() => String, {
    description: 'The GraphQL document (one query operation), valid against this API’s schema when saved.',
  })
  document!: string;

  @Field(() => JsonObjectScalar, { description: 'Values for the document’s variables, as a JSON object.' })
  variables!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Who saved it; null until API tokens exist.' })
  author!: string | null;

  @Field(() => Int, {
    description: 'Increases by one on every update; pass it back as `expectedVersion` to update or delete.',
  })
  version!: number;

  @Field(() => Date, { description: 'When it was first saved.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of saved queries.' })
export class SavedQueryConnection extends Connection(SavedQuery, 'saved query') {}

@InputType({ description: 'Creates a saved query (no `id`) or updates one (`id` and `expectedVersion`).' })
export class SaveQueryInput {
  @Field(() => ID, { nullable: true, description: 'The saved query to update; omit to create a new one.' })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Required with `id`: the `version` you edited. If someone saved in between, nothing is written and the error code is CONFLICT.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { description: `Short name, 1–${SAVED_QUERY_NAME_MAX} characters.` })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the query answers.' })
  description?: string | null;

  @Field(() => String, {
    description: `The GraphQL document, at most ${SAVED_QUERY_DOCUMENT_MAX.toLocaleString('en')} characters; it must hold exactly one query operation and validate against the schema.`,
  })
  document!: string;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description:
      'Values for the document’s variables (a JSON object); checked against its variable definitions.',
  })
  variables?: Record<string, unknown> | null;
}

@InputType({ description: 'Filters on saved queries.' })
export class SavedQueryWhere {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or description.' })
  search?: string | null;
}

export enum SavedQueryOrderField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(SavedQueryOrderField, {
  name: 'SavedQueryOrderField',
  description: 'Fields saved queries can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By name, alphabetically.' },
    CREATED_AT: { description: 'By when it was first saved.' },
    UPDATED_AT: { description: 'By when it was last changed.' },
  },
});

@InputType({ description: 'Sort order for saved queries.' })
export class SavedQueryOrder {
  @Field(() => SavedQueryOrderField, { description: 'The field to sort by.' })
  field!: SavedQueryOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class SavedQueriesArgs extends PageArgs {
  @Field(() => SavedQueryWhere, { nullable: true, description: 'Filters.' })
  where?: SavedQueryWhere | null;

  @Field(() => SavedQueryOrder, {
    nullable: true,
    description: 'Sort order; most recently updated first when omitted.',
  })
  orderBy?: SavedQueryOrder | null;
}
