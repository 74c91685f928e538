/** Dates as people read them, from the YYYY-MM-DD the knowledge files use (UTC, English). */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Written out rather than with Intl.DateTimeFormat, whose first use costs tens of milliseconds of
// start-up for what is one lookup; the dates are validated YYYY-MM-DD by then.
const parts = (isoDate: string) => {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { year, month: MONTHS[Number(month) - 1] ?? month, day: String(Number(day)) };
};

/** "11 November 2020" for 2020-11-11. */
export function longDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${month} ${year}`;
}

/** "September 2023" for 2023-09-30. */
export function monthYear(isoDate: string): string {
  const { year, month } = parts(isoDate);
  return `${month} ${year}`;
}

/** The year a word names ("1988", "2023": 1000–2099), or 0 for any other word. */
export function yearOf(word: string): number {
  return /^\d{4}$/.test(word) && Number(word) >= 1000 && Number(word) < 2100 ? Number(word) : 0;
}
