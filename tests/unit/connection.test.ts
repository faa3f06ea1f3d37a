import { describe, expect, it } from 'vitest';
import { encodeCursor, toConnection, toPage } from '../../server/src/graphql/connection.js';

describe('toPage', () => {
  it('defaults to the first 20 items', () => {
    expect(toPage({})).toEqual({ limit: 20, offset: 0 });
  });
  it('continues after the cursor', () => {
    expect(toPage({ first: 5, after: encodeCursor(9) })).toEqual({ limit: 5, offset: 10 });
  });
  it.each([101, -1, 2.5])('refuses first = %s', (first) => {
    expect(() => toPage({ first })).toThrow(/Invalid argument "first"/);
  });
  it.each([
    '',
    'abc',
    Buffer.from('offset:-3').toString('base64url'),
    Buffer.from('page:2').toString('base64url'),
  ])('refuses the cursor %j', (after) => {
    if (after === '') expect(toPage({ after })).toEqual({ limit: 20, offset: 0 });
    else expect(() => toPage({ after })).toThrow(/Invalid argument "after"/);
  });
});

describe('toConnection', () => {
  it('uses the extra row only to tell that a next page exists', () => {
    const connection = toConnection(['a', 'b', 'c'], { limit: 2, offset: 4 }, async () => 7);
    expect(connection.nodes).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(4),
      endCursor: encodeCursor(5),
    });
  });

  it('counts only when totalCount is awaited, and once', async () => {
    let counted = 0;
    const connection = toConnection([], { limit: 2, offset: 0 }, async () => ++counted);
    expect(counted).toBe(0);
    expect(await connection.totalCount).toBe(1);
    expect(await connection.totalCount).toBe(1);
    expect(counted).toBe(1);
  });
});
