import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  chooseOperation,
  curlSnippet,
  fetchSnippet,
  filterSaved,
  operationKind,
  operationsIn,
  parseVariables,
  prettify,
  variableProblems,
} from '../../web/src/lib/components/workbench/workbench.service';
import { apiHeaders } from '../../web/src/lib/graphql/token.svelte';
import sdl from '../../server/schema.graphql?raw';

describe('workbench examples', () => {
  const schema = buildSchema(sdl);
  for (const example of EXAMPLES) {
    it(`"${example.name}" is valid against the schema, with JSON variables`, () => {
      expect(validate(schema, parse(example.document)).map((error) => error.message)).toEqual([]);
      expect(parseVariables(example.variables).ok).toBe(true);
    });
  }
});

describe('parseVariables', () => {
  it('accepts an object or nothing, and explains anything else', () => {
    expect(parseVariables('  ')).toEqual({ ok: true, value: {} });
    expect(parseVariables('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const broken = parseVariables('{ "region": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^Variables are not valid JSON/);
    expect(parseVariables('[1]')).toEqual({ ok: false, message: expect.stringMatching(/JSON object/) });
  });
});

describe('copy snippets', () => {
  it('quote the document and variables for the shell and for JavaScript', () => {
    const run = { document: '{ actor(code: "RUS") { name } } # it\'s', variables: { a: 1 } };
    const curl = curlSnippet('http://x', run);
    expect(curl).toContain("'http://x/graphql'");
    expect(curl).toContain("it'\\''s");
    expect(curl).not.toContain('authorization');
    const js = fetchSnippet('http://x', { document: '{ powers { code } }', variables: { a: 1 } });
    expect(js).toContain('"http://x/graphql"');
    expect(js).toContain('variables: {"a":1}');
    expect(js).not.toContain('operationName');
  });

  it('name the operation to run and read a token from the environment, never inline', () => {
    const run = {
      document: 'query A { powers { code } } query B { regions { id } }',
      variables: {},
      operationName: 'B',
    };
    const curl = curlSnippet('http://x', run, true);
    expect(curl).toContain('"operationName":"B"');
    expect(curl).toContain('-H "authorization: Bearer $CLOUT_TOKEN"');
    const js = fetchSnippet('http://x', run, true);
    expect(js).toContain('operationName: "B"');
    expect(js).toContain('process.env.CLOUT_TOKEN');
  });
});

describe('operations', () => {
  const text = 'query Powers { powers { code } }\n\nquery Regions { regions { id } }\n';

  it('lists each operation with its place in the text, and none while the text does not parse', () => {
    const operations = operationsIn(text);
    expect(operations.map((item) => [item.name, item.kind])).toEqual([
      ['Powers', 'query'],
      ['Regions', 'query'],
    ]);
    expect(text.slice(operations[1]!.from, operations[1]!.to)).toBe('query Regions { regions { id } }');
    expect(operationsIn('{ powers { code ')).toEqual([]);
  });

  it('runs the one under the cursor, else the chosen one, else the first; a single one needs no name', () => {
    const operations = operationsIn(text);
    expect(chooseOperation(operations, null, text.indexOf('regions'))).toBe('Regions');
    expect(chooseOperation(operations, 'Regions', text.indexOf('powers'))).toBe('Powers');
    expect(chooseOperation(operations, 'Regions', null)).toBe('Regions');
    expect(chooseOperation(operations, 'Gone', null)).toBe('Powers');
    expect(chooseOperation(operationsIn('{ powers { code } }'), null, 3)).toBeNull();
  });

  it('tells a mutation from a query, so the workbench can hold mutations back without a token', () => {
    const mixed = operationsIn('query Read { powers { code } } mutation Drop { deleteSavedQuery(id: "x") }');
    expect(operationKind(mixed, 'Drop')).toBe('mutation');
    expect(operationKind(mixed, 'Read')).toBe('query');
    expect(operationKind(mixed, null)).toBeNull();
    expect(operationKind(operationsIn('mutation { deleteSavedQuery(id: "x") }'), null)).toBe('mutation');
    expect(operationKind(operationsIn('mutation {'), null)).toBeNull();
  });
});

describe('API token', () => {
  it('travels as a bearer header only when there is one', () => {
    expect(apiHeaders(null)).toEqual({ 'content-type': 'application/json' });
    expect(apiHeaders('clout_abc')).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer clout_abc',
    });
  });
});

describe('variableProblems', () => {
  const schema = buildSchema(sdl);
  const document = `query Standings($region: String!, $from: Date) {
  standings(region: $region, from: $from) { power { code } }
}
query Powers { powers { code } }`;

  it('says what the server would refuse for the operation to run, and names undeclared variables', () => {
    expect(variableProblems(schema, document, 'Standings', { region: 'mena', from: '2015-01-01' })).toEqual(
      [],
    );
    expect(variableProblems(schema, document, 'Standings', { regoin: 'mena' })).toEqual([
      expect.stringMatching(/\$region.*of required type "String!" was not provided/),
      'Variable "$regoin" is not declared by operation "Standings", so it is not used.',
    ]);
    expect(variableProblems(schema, document, 'Standings', { region: 7 })).toEqual([
      expect.stringMatching(/\$region.*got invalid value 7.*String cannot represent a non string value/),
    ]);
    expect(variableProblems(schema, document, 'Powers', { region: 'mena' })).toEqual([
      'Variable "$region" is not declared by operation "Powers", so it is not used.',
    ]);
  });

  it('stays quiet while the document does not parse or the operation is not chosen', () => {
    expect(variableProblems(schema, '{ powers { code ', null, { a: 1 })).toEqual([]);
    expect(variableProblems(schema, document, null, { a: 1 })).toEqual([]);
  });
});

describe('prettify', () => {
  it('lays a document out in the standard style, strings untouched', () => {
    expect(prettify('{ powers(x: "#not a comment") { code } }')).toEqual({
      ok: true,
      text: '{\n  powers(x: "#not a comment") {\n    code\n  }\n}\n',
    });
  });

  it('refuses rather than drop comments, wherever they are, or text that does not parse', () => {
    for (const text of [
      '# why\n{ powers { code } }',
      '{ powers { code # why\n } }',
      '{ powers { code } } # end',
    ]) {
      expect(prettify(text)).toEqual({ ok: false, message: expect.stringMatching(/drop the comments/) });
    }
    expect(prettify('{ powers { code ')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Cannot prettify: Syntax Error/),
    });
  });
});

describe('filterSaved', () => {
  const queries = [
    { name: 'Russian bases', description: 'Syria, March 2025', author: null },
    { name: 'Summits', description: '', author: 'Night editor' },
  ];

  it('matches name, description or author, in any case; blank text keeps all', () => {
    expect(filterSaved(queries, 'SYRIA').map((query) => query.name)).toEqual(['Russian bases']);
    expect(filterSaved(queries, 'night').map((query) => query.name)).toEqual(['Summits']);
    expect(filterSaved(queries, '  ')).toHaveLength(2);
    expect(filterSaved(queries, 'tartus')).toEqual([]);
  });
});
