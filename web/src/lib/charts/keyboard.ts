// Charts are one tab stop each (a "roving" tabindex): arrows move between points, so a keyboard
// reader can reach every point without tabbing through hundreds of them.

export interface Cell {
  row: number;
  column: number;
}

/**
 * The cell an arrow/Home/End key moves to, skipping cells where `usable` is false; the same cell
 * at an edge; null for keys charts do not handle.
 */
export function nextCell(
  key: string,
  from: Cell,
  size: { rows: number; columns: number },
  usable: (cell: Cell) => boolean = () => true,
): Cell | null {
  const step = (delta: Cell): Cell => {
    let cell = { row: from.row + delta.row, column: from.column + delta.column };
    while (cell.row >= 0 && cell.row < size.rows && cell.column >= 0 && cell.column < size.columns) {
      if (usable(cell)) return cell;
      cell = { row: cell.row + delta.row, column: cell.column + delta.column };
    }
    return from;
  };
  const scanRow = (start: number, direction: 1 | -1): Cell => {
    for (let column = start; column >= 0 && column < size.columns; column += direction) {
      if (usable({ row: from.row, column })) return { row: from.row, column };
    }
    return from;
  };
  switch (key) {
    case 'ArrowRight':
      return step({ row: 0, column: 1 });
    case 'ArrowLeft':
      return step({ row: 0, column: -1 });
    case 'ArrowDown':
      return step({ row: 1, column: 0 });
    case 'ArrowUp':
      return step({ row: -1, column: 0 });
    case 'Home':
      return scanRow(0, 1);
    case 'End':
      return scanRow(size.columns - 1, -1);
    default:
      return null;
  }
}
