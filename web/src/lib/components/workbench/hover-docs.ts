// Hover docs for the GraphQL editor: what is under the pointer (field, argument, input field, enum
// value, directive, variable or type name) with its signature, description and deprecation.
// `hoverDocAt` is pure, so it is unit-tested; jsdom has no layout to hover in.
import type { EditorState, Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { getSchema } from 'cm6-graphql';
import type { GraphQLArgument, GraphQLSchema } from 'graphql';
import { getContextAtPosition, offsetToPosition, type State } from 'graphql-language-service';
import {
  describeInputValue,
  descriptionParts,
  kindOf,
  namedTypeOf,
  type InputValueDoc,
  type TypeKind,
} from './schema-docs';

export interface HoverDoc {
  /** The hovered name's range in the document. */
  from: number;
  to: number;
  /** e.g. `Query.summit(id: ID!): Summit`. */
  signature: string;
  description: string | null;
  deprecationReason: string | null;
}

type Described = Pick<HoverDoc, 'signature' | 'description' | 'deprecationReason'>;

const NAME_CHAR = /[_0-9A-Za-z]/;

const TYPE_KEYWORDS: Record<TypeKind, string> = {
  object: 'type',
  interface: 'interface',
  union: 'union',
  enum: 'enum',
  input: 'input',
  scalar: 'scalar',
};

function nameRangeAt(text: string, offset: number): { from: number; to: number } | null {
  if (!NAME_CHAR.test(text.charAt(offset))) return null;
  let from = offset;
  let to = offset + 1;
  while (from > 0 && NAME_CHAR.test(text.charAt(from - 1))) from--;
  while (to < text.length && NAME_CHAR.test(text.charAt(to))) to++;
  return { from, to };
}

function inputValue(value: InputValueDoc): string {
  return `${value.name}: ${value.type}${value.defaultValue === null ? '' : ` = ${value.defaultValue}`}`;
}

function argumentList(args: readonly GraphQLArgument[]): string {
  return args.length ? `(${args.map((arg) => inputValue(describeInputValue(arg))).join(', ')})` : '';
}

function described(
  signature: string,
  doc: { description?: string | null; deprecationReason?: string | null },
): Described {
  return {
    signature,
    description: doc.description ?? null,
    deprecationReason: doc.deprecationReason ?? null,
  };
}

type TypeInfo = NonNullable<ReturnType<typeof getContextAtPosition>>['typeInfo'];

function fieldDoc(info: TypeInfo): Described | null {
  const field = info.fieldDef;
  if (!field) return null;
  // __typename and friends belong to every type; qualifying them would mislead.
  const owner = field.name.startsWith('__') || !info.parentType ? '' : `${String(info.parentType)}.`;
  return described(`${owner}${field.name}${argumentList(field.args)}: ${String(field.type)}`, field);
}

function inputFieldDoc(info: TypeInfo): Described | null {
  const field = info.fieldDef && info.inputObjectType?.getFields()[info.fieldDef.name];
  if (!field || !info.inputObjectType) return null;
  return described(`${info.inputObjectType.name}.${inputValue(describeInputValue(field))}`, field);
}

function argumentDoc(info: TypeInfo): Described | null {
  // Inside a directive's arguments the enclosing field is set too; the directive owns them.
  const owner = info.directiveDef ?? info.fieldDef;
  const arg = owner?.args.find((item) => item.name === info.argDef?.name);
  if (!owner || !arg) return null;
  const ownerName = info.directiveDef ? `@${owner.name}` : `${String(info.parentType)}.${owner.name}`;
  return described(`${ownerName}(${inputValue(describeInputValue(arg))})`, arg);
}

function enumValueDoc(info: TypeInfo): Described | null {
  const value = info.enumValue;
  if (!value || !info.inputType) return null;
  return described(`${namedTypeOf(String(info.inputType))}.${value.name}`, value);
}

function variableDoc(schema: GraphQLSchema, info: TypeInfo, name: string): Described | null {
  if (!info.type) return null;
  const type = schema.getType(namedTypeOf(String(info.type)));
  return described(`$${name}: ${String(info.type)}`, { description: type?.description });
}

function namedTypeDoc(schema: GraphQLSchema, info: TypeInfo): Described | null {
  const type = info.type && schema.getType(namedTypeOf(String(info.type)));
  if (!type) return null;
  return described(`${TYPE_KEYWORDS[kindOf(type)]} ${type.name}`, type);
}

function directiveDoc(info: TypeInfo): Described | null {
  const directive = info.directiveDef;
  if (!directive) return null;
  return described(`@${directive.name}${argumentList(directive.args)}`, directive);
}

// The online parser's rule kind and step say what a name is (as in graphql-language-service's own
// getHoverInformation); `step` tells the field's name from its alias or arguments.
function describeName(schema: GraphQLSchema, info: TypeInfo, state: State, name: string): Described | null {
  switch (state.kind) {
    case 'Field':
      return state.step === 0 ? fieldDoc(info) : null;
    case 'AliasedField':
      return state.step === 2 ? fieldDoc(info) : null;
    case 'ObjectField':
      return state.step === 0 ? inputFieldDoc(info) : null;
    case 'Argument':
      return state.step === 0 ? argumentDoc(info) : null;
    case 'EnumValue':
      return enumValueDoc(info);
    case 'Variable':
      return variableDoc(schema, info, name);
    case 'NamedType':
      return namedTypeDoc(schema, info);
    case 'Directive':
      return directiveDoc(info);
    default:
      return null;
  }
}

/** What to show for the name at `offset` (the character under the pointer), or null for nothing. */
export function hoverDocAt(schema: GraphQLSchema, text: string, offset: number): HoverDoc | null {
  const range = nameRangeAt(text, offset);
  if (!range) return null;
  const context = getContextAtPosition(text, offsetToPosition(text, offset), schema);
  if (!context) return null;
  const doc = describeName(schema, context.typeInfo, context.token.state, text.slice(range.from, range.to));
  return doc ? { ...range, ...doc } : null;
}

function renderHoverDoc(doc: HoverDoc): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-graphql-hover';
  const signature = dom.appendChild(document.createElement('code'));
  signature.className = 'cm-graphql-hover-signature';
  signature.textContent = doc.signature;
  if (doc.deprecationReason !== null) {
    const deprecated = dom.appendChild(document.createElement('p'));
    deprecated.className = 'cm-graphql-hover-deprecated';
    deprecated.textContent = `Deprecated: ${doc.deprecationReason}`;
  }
  if (doc.description) {
    const paragraph = dom.appendChild(document.createElement('p'));
    for (const part of descriptionParts(doc.description)) {
      paragraph.appendChild(
        part.code ? document.createElement('code') : document.createTextNode(''),
      ).textContent = part.text;
    }
  }
  return dom;
}

const hoverTheme = EditorView.baseTheme({
  '.cm-graphql-hover': { padding: '0.35rem 0.5rem', maxWidth: '32rem', fontSize: '0.85rem' },
  '.cm-graphql-hover p': { margin: '0.35rem 0 0', whiteSpace: 'pre-line' },
  '.cm-graphql-hover-signature': { fontFamily: 'ui-monospace, monospace', fontWeight: '600' },
  '.cm-graphql-hover-deprecated': { color: 'var(--danger)' },
});

/**
 * A hover tooltip for GraphQL documents. `readSchema` finds the schema in the editor state; by
 * default cm6-graphql's, so the tooltip follows `updateSchema`.
 */
export function graphqlHoverDocs(
  readSchema: (state: EditorState) => GraphQLSchema | void = getSchema,
): Extension {
  const tooltip = hoverTooltip((view, pos, side) => {
    const schema = readSchema(view.state);
    // `side` < 0: the pointer is before `pos`, over the character that ends there.
    const offset = side < 0 ? pos - 1 : pos;
    if (!schema || offset < 0) return null;
    const doc = hoverDocAt(schema, view.state.doc.toString(), offset);
    if (!doc) return null;
    return { pos: doc.from, end: doc.to, above: true, create: () => ({ dom: renderHoverDoc(doc) }) };
  });
  return [tooltip, hoverTheme];
}
