import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'A published page that a record cites: the evidence behind every fact in Clout.' })
export class Source {
  @Field(() => ID, { description: 'Stable identifier of the source.' })
  id!: string;

  @Field(() => String, { description: 'Address of the page that was read.' })
  url!: string;

  @Field(() => String, { description: 'Who published the page.' })
  publisher!: string;

  @Field(() => String, { description: 'The page’s headline or title.' })
  title!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Publication date as stated by the page; null if it gives none.',
  })
  publishedOn!: string | null;

  @Field(() => DateScalar, { description: 'When the page was read for Clout.' })
  accessedOn!: string;
}

@ObjectType({ description: 'A page of sources.' })
export class SourceConnection extends Connection(Source, 'source') {}

@InputType({ description: 'Filters on sources; all given conditions must hold.' })
export class SourceWhere {
  @Field(() => String, { nullable: true, description: 'Exact publisher name, e.g. `Reuters`.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive match on title, publisher or URL.' })
  search?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or after this day.' })
  publishedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or before this day.' })
  publishedTo?: string | null;
}

export enum SourceOrderField {
  PUBLISHED_ON = 'publishedOn',
  PUBLISHER = 'publisher',
  TITLE = 'title',
}
registerEnumType(SourceOrderField, {
  name: 'SourceOrderField',
  description: 'Fields sources can be sorted by.',
  valuesConfig: {
    PUBLISHED_ON: { description: 'By publication date; pages without one sort last.' },
    PUBLISHER: { description: 'By publisher name, alphabetically.' },
    TITLE: { description: 'By title, alphabetically.' },
  },
});

@InputType({ description: 'Sort order for sources.' })
export class SourceOrder {
  @Field(() => SourceOrderField, { description: 'The field to sort by.' })
  field!: SourceOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class SourcesArgs extends PageArgs {
  @Field(() => SourceWhere, { nullable: true, description: 'Filters.' })
  where?: SourceWhere | null;

  @Field(() => SourceOrder, {
    nullable: true,
    description: 'Sort order; newest publication first when omitted.',
  })
  orderBy?: SourceOrder | null;
}
