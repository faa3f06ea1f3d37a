import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  curlSnippet,
  fetchSnippet,
  parseVariables,
} from '../../web/src/lib/components/workbench/workbench.service';
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
    const curl = curlSnippet('http://x', '{ actor(code: "RUS") { name } } # it\'s', { a: 1 });
    expect(curl).toContain("'http://x/graphql'");
    expect(curl).toContain("it'\\''s");
    const js = fetchSnippet('http://x', '{ powers { code } }', { a: 1 });
    expect(js).toContain('"http://x/graphql"');
    expect(js).toContain('variables: {"a":1}');
  });
});
