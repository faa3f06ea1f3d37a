export type Granularity = 'month' | 'quarter' | 'year';

const monthsIn: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

interface YearMonth {
  year: number;
  month: number; // 1–12
}

const parse = (date: string): YearMonth & { day: number } => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

const format = ({ year, month }: YearMonth, day = 1): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function shiftMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const daysInMonth = ({ year, month }: YearMonth) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First day of the period containing `date`. */
export function periodStartOf(date: string, granularity: Granularity): string {
  const { year, month } = parse(date);
  const size = monthsIn[granularity];
  return format({ year, month: Math.floor((month - 1) / size) * size + 1 });
}

/** Last day (inclusive) of the period starting on `start`. */
export function periodEndOf(start: string, granularity: Granularity): string {
  const last = shiftMonths(parse(start), monthsIn[granularity] - 1);
  return format(last, daysInMonth(last));
}

export function shiftPeriod(start: string, granularity: Granularity, periods: number): string {
  return format(shiftMonths(parse(start), periods * monthsIn[granularity]));
}

/** "2025-10", "2025-Q4" or "2025". */
export function periodLabel(start: string, granularity: Granularity): string {
  const { year, month } = parse(start);
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return format({ year, month }).slice(0, 7);
}

/** Period starts from the period containing `first` to the one containing `last`, inclusive. */
export function listPeriods(first: string, last: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  const end = periodStartOf(last, granularity);
  for (
    let start = periodStartOf(first, granularity);
    start <= end;
    start = shiftPeriod(start, granularity, 1)
  ) {
    periods.push(start);
  }
  return periods;
}

/** The day `months` months before `date` (clamped to the month's length). */
export function monthsBefore(date: string, months: number): string {
  const parsed = parse(date);
  const target = shiftMonths(parsed, -months);
  return format(target, Math.min(parsed.day, daysInMonth(target)));
}
