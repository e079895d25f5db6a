/**
 * ISO 8601 durations as the contract uses them (`P7D`, `PT24H`, `P1DT12H`).
 *
 * Years and months are rejected on purpose: their length depends on the calendar, and an access
 * window must mean the same number of hours to the customer, the server and the countdown.
 */
export const DURATION_PATTERN =
  '^P(?!$)(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$';

const durationRegExp = new RegExp(DURATION_PATTERN);

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits a duration into its written parts, or returns `undefined` when it is not one we accept. */
export function durationParts(iso: string): DurationParts | undefined {
  const match = durationRegExp.exec(iso);
  if (!match) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match;
  return {
    weeks: Number(weeks ?? 0),
    days: Number(days ?? 0),
    hours: Number(hours ?? 0),
    minutes: Number(minutes ?? 0),
    seconds: Number(seconds ?? 0),
  };
}

export function isDuration(value: string): boolean {
  return durationRegExp.test(value);
}

/** Milliseconds in a duration; throws a `RangeError` naming the value when it is not a duration. */
export function durationToMs(iso: string): number {
  const parts = durationParts(iso);
  if (!parts) throw new RangeError(`Not an ISO 8601 duration (days, hours, minutes, seconds): ${JSON.stringify(iso)}`);
  return (
    parts.weeks * WEEK + parts.days * DAY + parts.hours * HOUR + parts.minutes * MINUTE + parts.seconds * SECOND
  );
}

/** The shortest duration text for a number of milliseconds: `P7D`, `PT24H` stays `P1D`, `PT1H30M`. */
export function msToDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Not a duration in milliseconds: ${ms}`);
  let rest = Math.round(ms);
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = rest / SECOND;
  let time = '';
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds) time += `${seconds}S`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** Adds a duration to an RFC 3339 instant and returns the new instant in UTC. */
export function addDuration(instant: string | number | Date, iso: string): string {
  return new Date(new Date(instant).getTime() + durationToMs(iso)).toISOString();
}
