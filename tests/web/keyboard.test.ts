import { describe, expect, it } from 'vitest';
import { nextCell } from '../../web/src/lib/charts/keyboard';

const size = { rows: 2, columns: 4 };

describe('keyboard movement between chart points', () => {
  it('moves along a series with left and right, and across series with up and down', () => {
    expect(nextCell('ArrowRight', { row: 0, column: 1 }, size)).toEqual({ row: 0, column: 2 });
    expect(nextCell('ArrowLeft', { row: 0, column: 1 }, size)).toEqual({ row: 0, column: 0 });
    expect(nextCell('ArrowDown', { row: 0, column: 1 }, size)).toEqual({ row: 1, column: 1 });
    expect(nextCell('ArrowUp', { row: 1, column: 1 }, size)).toEqual({ row: 0, column: 1 });
  });

  it('stays put at the edges', () => {
    expect(nextCell('ArrowRight', { row: 0, column: 3 }, size)).toEqual({ row: 0, column: 3 });
    expect(nextCell('ArrowUp', { row: 0, column: 0 }, size)).toEqual({ row: 0, column: 0 });
  });

  it('skips periods without evidence', () => {
    const usable = (cell: { row: number; column: number }) => !(cell.row === 0 && cell.column === 2);
    expect(nextCell('ArrowRight', { row: 0, column: 1 }, size, usable)).toEqual({ row: 0, column: 3 });
    expect(nextCell('End', { row: 0, column: 0 }, { rows: 1, columns: 3 }, usable)).toEqual({
      row: 0,
      column: 1,
    });
    expect(nextCell('Home', { row: 1, column: 3 }, size, usable)).toEqual({ row: 1, column: 0 });
  });

  it('leaves other keys (Tab, letters) to the browser', () => {
    expect(nextCell('Tab', { row: 0, column: 0 }, size)).toBeNull();
    expect(nextCell('a', { row: 0, column: 0 }, size)).toBeNull();
  });
});
