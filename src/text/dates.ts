/** Dates as people read them, from the YYYY-MM-DD the knowledge files use (UTC, English). */

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const at = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "11 November 2020" for 2020-11-11. */
export function longDate(isoDate: string): string {
  return LONG.format(at(isoDate));
}

/** "September 2023" for 2023-09-30. */
export function monthYear(isoDate: string): string {
  return MONTH_YEAR.format(at(isoDate));
}
