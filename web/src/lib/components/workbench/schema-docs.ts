// What the schema docs panel shows, read from a GraphQLSchema: the type index, one type's page and
// a ranked search. Pure (no DOM), so it is unit-tested; SchemaDocs.svelte only renders it.
import {
  astFromValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export type TypeKind = 'object' | 'interface' | 'union' | 'enum' | 'input' | 'scalar';

/** A place in the docs: a type page, optionally scrolled to one of its fields or enum values. */
export interface DocsTarget {
  type: string;
  field?: string;
}

export interface InputValueDoc {
  name: string;
  /** As written in SDL, e.g. `[SummitStatus!]`. */
  type: string;
  /** As written in SDL, e.g. `20` or `"RUS"`; null when there is none. */
  defaultValue: string | null;
  description: string | null;
  deprecationReason: string | null;
}

export interface FieldDoc {
  name: string;
  type: string;
  description: string | null;
  args: InputValueDoc[];
  deprecationReason: string | null;
}

export interface EnumValueDoc {
  name: string;
  description: string | null;
  deprecationReason: string | null;
}

export interface TypeDoc {
  name: string;
  kind: TypeKind;
  description: string | null;
  fields: FieldDoc[];
  inputFields: InputValueDoc[];
  enumValues: EnumValueDoc[];
  interfaces: string[];
  /** Members of a union, or the object types implementing an interface. */
  possibleTypes: string[];
}

export interface TypeGroup {
  label: string;
  types: { name: string; description: string | null }[];
}

export const SEARCH_LIMIT = 50;

export type MatchKind = 'type' | 'field' | 'argument' | 'value';

export interface SchemaMatch {
  kind: MatchKind;
  /** `Summit`, `Query.summit`, `Query.summit(id)` or `SummitStatus.HELD`. */
  label: string;
  /** The field's or argument's type, e.g. `[Summit!]!`; null for types and enum values. */
  type: string | null;
  description: string | null;
  target: DocsTarget;
}

export const KIND_LABELS: Record<TypeKind, string> = {
  object: 'object type',
  interface: 'interface',
  union: 'union',
  enum: 'enum',
  input: 'input type',
  scalar: 'scalar',
};

const GROUP_LABELS: Record<TypeKind, string> = {
  object: 'Object types',
  interface: 'Interfaces',
  union: 'Unions',
  enum: 'Enums',
  input: 'Input types',
  scalar: 'Scalars',
};

const KIND_ORDER: TypeKind[] = ['object', 'interface', 'union', 'enum', 'input', 'scalar'];

export function kindOf(type: GraphQLNamedType): TypeKind {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

/** `[Summit!]!` → `{ before: '[', name: 'Summit', after: '!]!' }`, so the name can be a link. */
export function typeParts(typeString: string): { before: string; name: string; after: string } {
  const match = /^([[\s]*)([_A-Za-z][_0-9A-Za-z]*)(.*)$/.exec(typeString);
  if (!match) return { before: '', name: typeString, after: '' };
  return { before: match[1] ?? '', name: match[2] ?? '', after: match[3] ?? '' };
}

export function namedTypeOf(typeString: string): string {
  return typeParts(typeString).name;
}

function isIntrospectionType(name: string): boolean {
  return name.startsWith('__');
}

function rootTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (type): type is NonNullable<typeof type> => Boolean(type),
  );
}

/** Every type: the root types first, then the others grouped by kind, each group by name. */
export function listTypes(schema: GraphQLSchema): TypeGroup[] {
  const summary = (type: GraphQLNamedType) => ({ name: type.name, description: type.description ?? null });
  const roots = rootTypes(schema);
  const others = Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type.name) && !roots.includes(type))
    .sort((a, b) => a.name.localeCompare(b.name));
  const groups: TypeGroup[] = [{ label: 'Root types', types: roots.map(summary) }];
  for (const kind of KIND_ORDER) {
    const types = others.filter((type) => kindOf(type) === kind);
    if (types.length) groups.push({ label: GROUP_LABELS[kind], types: types.map(summary) });
  }
  return groups;
}

function printDefault(value: GraphQLArgument | GraphQLInputField): string | null {
  if (value.defaultValue === undefined) return null;
  const ast = astFromValue(value.defaultValue, value.type);
  return ast ? print(ast) : null;
}

export function describeInputValue(value: GraphQLArgument | GraphQLInputField): InputValueDoc {
  return {
    name: value.name,
    type: String(value.type),
    defaultValue: printDefault(value),
    description: value.description ?? null,
    deprecationReason: value.deprecationReason ?? null,
  };
}

export function describeField(field: GraphQLField<unknown, unknown>): FieldDoc {
  return {
    name: field.name,
    type: String(field.type),
    description: field.description ?? null,
    args: field.args.map(describeInputValue),
    deprecationReason: field.deprecationReason ?? null,
  };
}

/** One type's page, or null when the schema has no such type (or it is an introspection type). */
export function describeType(schema: GraphQLSchema, name: string): TypeDoc | null {
  const type = schema.getType(name);
  if (!type || isIntrospectionType(type.name)) return null;
  const hasFields = isObjectType(type) || isInterfaceType(type);
  const isAbstract = isUnionType(type) || isInterfaceType(type);
  return {
    name: type.name,
    kind: kindOf(type),
    description: type.description ?? null,
    fields: hasFields ? Object.values(type.getFields()).map(describeField) : [],
    inputFields: isInputObjectType(type) ? Object.values(type.getFields()).map(describeInputValue) : [],
    enumValues: isEnumType(type)
      ? type.getValues().map((value) => ({
          name: value.name,
          description: value.description ?? null,
          deprecationReason: value.deprecationReason ?? null,
        }))
      : [],
    interfaces: hasFields ? type.getInterfaces().map((item) => item.name) : [],
    possibleTypes: isAbstract ? schema.getPossibleTypes(type).map((item) => item.name) : [],
  };
}

/**
 * Where cm6-graphql's `onShowInDocs(field, type, parentType)` (Ctrl/⌘-click) should take the docs:
 * the field on its parent type, else the (unwrapped) type.
 */
export function targetFromShowInDocs(field?: string, type?: string, parentType?: string): DocsTarget | null {
  if (field && parentType) return { type: namedTypeOf(parentType), field };
  if (type) return { type: namedTypeOf(type) };
  return null;
}

interface SearchEntry extends SchemaMatch {
  /** The entry's own name, which the ranking compares with. */
  name: string;
}

/** The parts of a type, field, argument or enum value that search reads and shows. */
function searchable(doc: { name: string; type?: string; description: string | null }) {
  return { name: doc.name, type: doc.type ?? null, description: doc.description };
}

function searchEntries(schema: GraphQLSchema): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const summary of listTypes(schema).flatMap((group) => group.types)) {
    const page = describeType(schema, summary.name);
    if (!page) continue;
    const owner = page.name;
    entries.push({ ...searchable(page), kind: 'type', label: owner, target: { type: owner } });
    for (const field of [...page.fields, ...page.inputFields]) {
      const target = { type: owner, field: field.name };
      const label = `${owner}.${field.name}`;
      entries.push({ ...searchable(field), kind: 'field', label, target });
      for (const arg of 'args' in field ? field.args : []) {
        entries.push({ ...searchable(arg), kind: 'argument', label: `${label}(${arg.name})`, target });
      }
    }
    for (const value of page.enumValues) {
      const target = { type: owner, field: value.name };
      entries.push({ ...searchable(value), kind: 'value', label: `${owner}.${value.name}`, target });
    }
  }
  return entries;
}

// Built once per schema: the schema only changes when it is loaded again.
const entriesBySchema = new WeakMap<GraphQLSchema, SearchEntry[]>();

const MATCH_KIND_ORDER: MatchKind[] = ['type', 'field', 'argument', 'value'];

/** 0 exact name, 1 name prefix, 2 name substring, 3 description substring; null for no match. */
function rankOf(entry: SearchEntry, needle: string): number | null {
  // `Summit.name` searches the qualified label, `name` the entry's own name.
  const name = (needle.includes('.') ? entry.label : entry.name).toLowerCase();
  if (name === needle) return 0;
  if (name.startsWith(needle)) return 1;
  if (name.includes(needle)) return 2;
  if (entry.description?.toLowerCase().includes(needle)) return 3;
  return null;
}

/**
 * Types, fields (`Type.field`), arguments and enum values matching `text`, best first: exact name,
 * then name prefix, then name substring, then description; within a rank types before fields before
 * arguments before enum values, then by label.
 */
export function searchSchema(schema: GraphQLSchema, text: string, limit = SEARCH_LIMIT): SchemaMatch[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  let entries = entriesBySchema.get(schema);
  if (!entries) {
    entries = searchEntries(schema);
    entriesBySchema.set(schema, entries);
  }
  return entries
    .map((entry) => ({ entry, rank: rankOf(entry, needle) }))
    .filter((item): item is { entry: SearchEntry; rank: number } => item.rank !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        MATCH_KIND_ORDER.indexOf(a.entry.kind) - MATCH_KIND_ORDER.indexOf(b.entry.kind) ||
        a.entry.label.localeCompare(b.entry.label),
    )
    .slice(0, limit)
    .map(({ entry }) => ({
      kind: entry.kind,
      label: entry.label,
      type: entry.type,
      description: entry.description,
      target: entry.target,
    }));
}

/** A description split at its `backticks`, so code reads as code: [{ code: false, text }, …]. */
export function descriptionParts(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? { code: true, text: part.slice(1, -1) }
        : { code: false, text: part },
    );
}
