import {
  buildClientSchema,
  introspectionFromSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/graphql/schema.js';

const described = (item: { description?: string | null }) => Boolean(item.description?.trim());

/** Names the parts of one type that have no description, e.g. `Query.summit(id)`. */
function undescribedParts(type: GraphQLNamedType): string[] {
  const missing = described(type) ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!described(field)) missing.push(`${type.name}.${field.name}`);
      const args = 'args' in field ? field.args : [];
      for (const arg of args) if (!described(arg)) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!described(value)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('every type, field, argument, input field and enum value of the API has a description', async () => {
    // Read back through introspection: that is how the workbench's docs browser sees the schema.
    const schema = buildClientSchema(introspectionFromSchema(await createSchema()));
    const undescribed = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
      .flatMap(undescribedParts);
    expect(undescribed, 'give each of these a description a data analyst can use').toEqual([]);
  });
});
