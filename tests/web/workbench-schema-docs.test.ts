import './support/dom';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { getSchema, graphql } from 'cm6-graphql';
import { buildSchema } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SchemaDocs from '../../web/src/lib/components/workbench/SchemaDocs.svelte';
import { graphqlHoverDocs, hoverDocAt } from '../../web/src/lib/components/workbench/hover-docs';
import {
  describeType,
  descriptionParts,
  listTypes,
  namedTypeOf,
  searchSchema,
  targetFromShowInDocs,
  typeParts,
} from '../../web/src/lib/components/workbench/schema-docs';
import sdl from '../../server/schema.graphql?raw';

afterEach(cleanup);

const clout = buildSchema(sdl);

// Clout deprecates nothing (yet), so deprecations, interfaces and defaults are tried on this one.
const small = buildSchema(`
  type Query {
    """One summit by id."""
    summit("""The summit's id.""" id: ID!): Summit
    """A page of summits."""
    summits(first: Int = 20, status: [SummitStatus!]): [Summit!]!
    """Old name for summit."""
    meeting(id: ID!): Summit @deprecated(reason: "Use \`summit\`.")
    search(where: SummitWhere): [Summit!]!
  }
  type Mutation {
    renameSummit(id: ID!, name: String!): Summit
  }
  interface Node {
    id: ID!
  }
  """A summit or leaders' meeting."""
  type Summit implements Node {
    id: ID!
    name: String!
    status: SummitStatus!
  }
  """Whether it happened."""
  enum SummitStatus {
    """It took place."""
    HELD
    PLANNED @deprecated(reason: "Say SCHEDULED.")
    SCHEDULED
  }
  input SummitWhere {
    name: String = "x"
    status: [SummitStatus!]
  }
  scalar Date
`);

describe('listTypes', () => {
  it('puts the root types first, then the others grouped by kind, without introspection types', () => {
    expect(listTypes(small).map((group) => [group.label, group.types.map((type) => type.name)])).toEqual([
      ['Root types', ['Query', 'Mutation']],
      ['Object types', ['Summit']],
      ['Interfaces', ['Node']],
      ['Enums', ['SummitStatus']],
      ['Input types', ['SummitWhere']],
      ['Scalars', ['Boolean', 'Date', 'ID', 'Int', 'String']],
    ]);
  });

  it('gives every Clout type a page', () => {
    const names = listTypes(clout).flatMap((group) => group.types.map((type) => type.name));
    expect(names.slice(0, 2)).toEqual(['Query', 'Mutation']);
    expect(names.filter((name) => !describeType(clout, name))).toEqual([]);
  });
});

describe('describeType', () => {
  it('lists fields with SDL type strings, arguments with defaults, and deprecations', () => {
    const query = describeType(small, 'Query')!;
    expect(query.kind).toBe('object');
    const [summit, summits, meeting] = query.fields;
    expect(summit).toEqual({
      name: 'summit',
      type: 'Summit',
      description: 'One summit by id.',
      args: [
        {
          name: 'id',
          type: 'ID!',
          defaultValue: null,
          description: "The summit's id.",
          deprecationReason: null,
        },
      ],
      deprecationReason: null,
    });
    expect(summits?.type).toBe('[Summit!]!');
    expect(summits?.args.map((arg) => [arg.name, arg.type, arg.defaultValue])).toEqual([
      ['first', 'Int', '20'],
      ['status', '[SummitStatus!]', null],
    ]);
    expect(meeting?.deprecationReason).toBe('Use `summit`.');
  });

  it('describes enum values, input fields, interfaces and their implementations', () => {
    expect(describeType(small, 'SummitStatus')?.enumValues).toEqual([
      { name: 'HELD', description: 'It took place.', deprecationReason: null },
      { name: 'PLANNED', description: null, deprecationReason: 'Say SCHEDULED.' },
      { name: 'SCHEDULED', description: null, deprecationReason: null },
    ]);
    expect(describeType(small, 'SummitWhere')?.inputFields[0]).toMatchObject({
      name: 'name',
      type: 'String',
      defaultValue: '"x"',
    });
    expect(describeType(small, 'Summit')?.interfaces).toEqual(['Node']);
    expect(describeType(small, 'Node')?.possibleTypes).toEqual(['Summit']);
  });

  it('has no page for unknown or introspection types', () => {
    expect(describeType(small, 'Nope')).toBeNull();
    expect(describeType(small, '__Schema')).toBeNull();
  });
});

describe('type strings', () => {
  it('split around the named type, for links', () => {
    expect(typeParts('[Summit!]!')).toEqual({ before: '[', name: 'Summit', after: '!]!' });
    expect(namedTypeOf('[[ID!]]')).toBe('ID');
    expect(namedTypeOf('String')).toBe('String');
  });

  it("map cm6-graphql's show-in-docs arguments to a docs target", () => {
    expect(targetFromShowInDocs('summit', 'Summit', 'Query')).toEqual({ type: 'Query', field: 'summit' });
    expect(targetFromShowInDocs(undefined, '[SummitStatus!]')).toEqual({ type: 'SummitStatus' });
    expect(targetFromShowInDocs()).toBeNull();
  });
});

describe('searchSchema', () => {
  it('ranks exact names, then prefixes, then substrings, then descriptions', () => {
    expect(searchSchema(small, 'Summit').map((match) => match.label)).toEqual([
      'Summit',
      'Query.summit',
      'SummitStatus',
      'SummitWhere',
      'Query.summits',
      'Mutation.renameSummit',
      'Query.meeting',
      'Query.summit(id)',
    ]);
  });

  it('matches arguments and enum values, and points each match at its page', () => {
    const [status] = searchSchema(small, 'status').filter((match) => match.kind === 'argument');
    expect(status).toEqual({
      kind: 'argument',
      label: 'Query.summits(status)',
      type: '[SummitStatus!]',
      description: null,
      target: { type: 'Query', field: 'summits' },
    });
    expect(searchSchema(small, 'held')[0]).toMatchObject({
      kind: 'value',
      label: 'SummitStatus.HELD',
      target: { type: 'SummitStatus', field: 'HELD' },
    });
  });

  it('searches qualified names with a dot, ignores blank text and caps the list', () => {
    expect(searchSchema(small, 'summit.name')[0]?.label).toBe('Summit.name');
    expect(searchSchema(small, '  ')).toEqual([]);
    expect(searchSchema(clout, 'e')).toHaveLength(50);
    expect(searchSchema(clout, 'e', 5)).toHaveLength(5);
  });

  it("finds Clout's Query.summit right after the Summit type", () => {
    expect(
      searchSchema(clout, 'summit')
        .slice(0, 2)
        .map((match) => match.label),
    ).toEqual(['Summit', 'Query.summit']);
  });
});

/** The hover content for the `nth` occurrence of `word` in `text`, pointing at its second character. */
function hoverOn(schema: typeof small, text: string, word: string, nth = 0) {
  let offset = -1;
  for (let index = 0; index <= nth; index++) offset = text.indexOf(word, offset + 1);
  return hoverDocAt(schema, text, offset + 1);
}

describe('hoverDocAt', () => {
  const text = `query Find($id: ID!, $status: SummitStatus) {
  summit(id: $id) { name __typename }
  meeting(id: "x") { id }
  summits(first: 2, status: [HELD]) @include(if: true) { status }
  search(where: { name: "Cairo" }) { id }
}`;

  it('shows a field with its arguments, type and description, over the whole name', () => {
    const offset = text.indexOf('summit(');
    expect(hoverDocAt(small, text, offset + 3)).toEqual({
      from: offset,
      to: offset + 'summit'.length,
      signature: 'Query.summit(id: ID!): Summit',
      description: 'One summit by id.',
      deprecationReason: null,
    });
    expect(hoverOn(small, text, 'summits')?.signature).toBe(
      'Query.summits(first: Int = 20, status: [SummitStatus!]): [Summit!]!',
    );
    expect(hoverOn(small, text, 'name')?.signature).toBe('Summit.name: String!');
    expect(hoverOn(small, text, '__typename')?.signature).toBe('__typename: String!');
  });

  it('marks deprecated fields and enum values', () => {
    expect(hoverOn(small, text, 'meeting')).toMatchObject({
      signature: 'Query.meeting(id: ID!): Summit',
      deprecationReason: 'Use `summit`.',
    });
  });

  it('shows arguments, input fields, enum values, variables, types and directives', () => {
    expect(hoverOn(small, text, 'id', 1)).toMatchObject({
      signature: 'Query.summit(id: ID!)',
      description: "The summit's id.",
    });
    expect(hoverOn(small, text, 'name:')?.signature).toBe('SummitWhere.name: String = "x"');
    expect(hoverOn(small, text, 'HELD')).toMatchObject({
      signature: 'SummitStatus.HELD',
      description: 'It took place.',
    });
    expect(hoverOn(small, text, 'id', 2)?.signature).toBe('$id: ID!');
    expect(hoverOn(small, text, 'SummitStatus')).toMatchObject({
      signature: 'enum SummitStatus',
      description: 'Whether it happened.',
    });
    expect(hoverOn(small, text, 'include')?.signature).toBe('@include(if: Boolean!)');
  });

  it('shows nothing over keywords, punctuation, whitespace or literals', () => {
    expect(hoverDocAt(small, text, 0)).toBeNull();
    expect(hoverDocAt(small, text, text.indexOf('{'))).toBeNull();
    expect(hoverDocAt(small, text, text.indexOf('  summit'))).toBeNull();
    expect(hoverOn(small, text, 'Cairo')).toBeNull();
  });

  it('plugs into an editor beside cm6-graphql', () => {
    // A second copy of @codemirror/state or /view would make the extension unrecognised here.
    const view = new EditorView({
      parent: document.body,
      state: EditorState.create({ doc: text, extensions: [graphql(small), graphqlHoverDocs()] }),
    });
    expect(getSchema(view.state)).toBe(small);
    view.destroy();
  });

  it("reads Clout's own descriptions", () => {
    const document = '{ summit(id: "x") { name } }';
    const doc = hoverDocAt(clout, document, document.indexOf('summit'));
    expect(doc?.signature).toBe('Query.summit(id: ID!): Summit');
    expect(doc?.description).toBe(clout.getQueryType()?.getFields().summit?.description);
  });
});

describe('SchemaDocs', () => {
  function docs() {
    return screen.getByRole('region', { name: 'Schema docs' });
  }

  it('starts with the Query and Mutation fields and every type', () => {
    render(SchemaDocs, { props: { schema: clout } });
    const headings = within(docs())
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Query', 'Mutation', 'All types']);
    expect(within(docs()).getByRole('button', { name: 'summits' })).toBeTruthy();
    expect(within(docs()).getAllByRole('button', { name: 'SummitStatus' }).length).toBeGreaterThan(0);
  });

  it('searches, and opens a match on its type with the field highlighted', async () => {
    const { container } = render(SchemaDocs, { props: { schema: clout } });
    await fireEvent.input(screen.getByLabelText('Search the schema'), { target: { value: 'summit' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Query.summit' }));
    expect(container.querySelector('h3[data-type="Query"]')).not.toBeNull();
    expect(container.querySelector('[data-field="summit"]')?.getAttribute('aria-current')).toBe('true');
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect((screen.getByLabelText('Search the schema') as HTMLInputElement).value).toBe('');
  });

  it('follows type links inside the panel and goes back', async () => {
    const { container } = render(SchemaDocs, { props: { schema: clout, focus: { type: 'Query' } } });
    const summit = container.querySelector<HTMLElement>('[data-field="summit"]')!;
    await fireEvent.click(within(summit).getByRole('button', { name: 'Summit' }));
    expect(container.querySelector('h3')?.getAttribute('data-type')).toBe('Summit');
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(container.querySelector('h3')?.getAttribute('data-type')).toBe('Query');
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(container.querySelector('h3[data-type]')).toBeNull();
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the focused type and field, and follows later focus changes', async () => {
    // jsdom has no scrollIntoView; record which element the panel scrolls to.
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { container, rerender } = render(SchemaDocs, {
      props: { schema: clout, focus: { type: 'Summit', field: 'name' } },
    });
    expect(container.querySelector('h3')?.getAttribute('data-type')).toBe('Summit');
    expect(container.querySelector('[aria-current]')?.getAttribute('data-field')).toBe('name');
    expect(scrollIntoView.mock.contexts).toEqual([container.querySelector('[data-field="name"]')]);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    await rerender({ schema: clout, focus: { type: 'SummitStatus' } });
    expect(container.querySelector('h3')?.getAttribute('data-type')).toBe('SummitStatus');
    expect(container.querySelector('[aria-current]')).toBeNull();
  });

  it('marks deprecations with their reason', () => {
    const { container } = render(SchemaDocs, { props: { schema: small, focus: { type: 'Query' } } });
    expect(container.querySelector('[data-field="meeting"] .deprecated')?.textContent).toBe(
      'Deprecated: Use `summit`.',
    );
    expect(container.querySelector('[data-field="summit"] .deprecated')).toBeNull();
  });

  it('waits for the schema and can be closed', async () => {
    const onclose = vi.fn();
    render(SchemaDocs, { props: { schema: null, onclose } });
    expect(screen.getByText('The schema has not loaded yet.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalledOnce();
  });
});

describe('descriptionParts', () => {
  it('marks `backticked` words as code and leaves the rest as text', () => {
    expect(descriptionParts('Region slug, e.g. `mena`; see `pageInfo.endCursor`.')).toEqual([
      { code: false, text: 'Region slug, e.g. ' },
      { code: true, text: 'mena' },
      { code: false, text: '; see ' },
      { code: true, text: 'pageInfo.endCursor' },
      { code: false, text: '.' },
    ]);
    expect(descriptionParts('A lone ` stays text')).toEqual([{ code: false, text: 'A lone ` stays text' }]);
  });
});
