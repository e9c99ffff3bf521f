// Which values a `timestamp` member accepts. JSON has no dates, so a request carries a moment as
// epoch seconds or as text; a JavaScript caller may pass a Date. Only strict forms count, the
// ones the AWS CLI documents for timestamps (ISO 8601 and Unix time in seconds), not whatever
// `Date.parse` or a lenient parser makes of "hello 1".
//
//   a Date                        a valid one (not `new Date(NaN)`)
//   a number                      epoch seconds, finite, fractions allowed
//   a string of epoch seconds     `1700000000`, `-5`, `1700000000.25` (digits, optional `-` and fraction)
//   an ISO 8601 / RFC 3339 string `2024-05-01`, `2024-05-01T12:30`, `2024-05-01T12:30:15`,
//                                 `2024-05-01T12:30:15.123456789Z`, `2024-05-01 12:30:15+02:00`
//
// Strings use the extended format (with `-` and `:`): a date alone, or a date, `T` (or `t`, or
// one space) and a time of hours and minutes, optional seconds (00-59) with 1-9 fraction digits,
// and an optional zone: `Z`, `z`, `±hh:mm`, `±hhmm` or `±hh`. A time without a zone is UTC, as
// botocore reads it. Every moment lies in the years 0001-9999 (UTC for numbers and Dates, as
// written for strings): what a 4-digit year and Python's datetime (botocore) can hold.

/** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds: the accepted range is [EARLIEST, END). */
const EARLIEST = -62_135_596_800;
const END = 253_402_300_800;

/** No accepted string is longer: `0001-01-01T00:00:00.000000000+00:00` has 35 characters. */
const MAX_TEXT_LENGTH = 40;

const EPOCH_SECONDS = /^-?\d+(?:\.\d+)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

/** Whether `value` is a timestamp in one of the strict forms above. */
export function isTimestamp(value: unknown): boolean {
  if (typeof value === "number") return inRange(value);
  if (typeof value === "string") return isTimestampText(value);
  return value instanceof Date && inRange(value.getTime() / 1000);
}

function inRange(seconds: number): boolean {
  // NaN fails both comparisons; so do the infinities, each one of them.
  return seconds >= EARLIEST && seconds < END;
}

function isTimestampText(text: string): boolean {
  if (text.length > MAX_TEXT_LENGTH) return false;
  if (EPOCH_SECONDS.test(text)) return inRange(Number(text));
  const m = DATE_TIME.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return false;
  // Absent parts read as 0, which is in range.
  return (
    Number(m[4] ?? 0) <= 23 &&
    Number(m[5] ?? 0) <= 59 &&
    Number(m[6] ?? 0) <= 59 &&
    Number(m[7] ?? 0) <= 23 &&
    Number(m[8] ?? 0) <= 59
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
