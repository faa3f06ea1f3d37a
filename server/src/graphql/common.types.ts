import { registerEnumType } from 'type-graphql';

export enum Confidence {
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}
registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How firmly the cited sources support a record.',
  valuesConfig: {
    HIGH: { description: 'Stated plainly by at least one reliable source.' },
    MEDIUM: { description: 'Reported, but indirect, approximate or from a single less established source.' },
    LOW: { description: 'Plausible but thinly sourced; treat with care.' },
  },
});

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending order.',
  valuesConfig: {
    ASC: { description: 'Smallest first: A to Z, oldest to newest, lowest to highest.' },
    DESC: { description: 'Largest first: Z to A, newest to oldest, highest to lowest.' },
  },
});
