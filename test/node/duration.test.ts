/**
 * Runs in Node after `npm run build`: the contract's durations, as a host's server code or tests
 * use them through `support-access-elements/contract`. Every expiry, cap and countdown rests on them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDuration, durationToMs, isDuration, msToDuration } from 'support-access-elements/contract';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('contract durations', () => {
  it('counts every unit the contract accepts, weeks included', () => {
    assert.equal(durationToMs('P2W'), 14 * DAY);
    assert.equal(durationToMs('P7D'), 7 * DAY);
    assert.equal(durationToMs('PT24H'), DAY);
    assert.equal(durationToMs('P1DT12H'), 36 * HOUR);
    assert.equal(durationToMs('PT1H30M'), 90 * 60_000);
    assert.equal(durationToMs('PT0.5S'), 500);
    assert.equal(durationToMs('P1W2DT3H4M5S'), 9 * DAY + 3 * HOUR + 4 * 60_000 + 5000);
  });

  it('refuses years, months, an empty duration and a T without a time, naming the value', () => {
    for (const value of ['P1Y', 'P1M', 'P', 'PT', 'P1DT', '7D', 'p7d', '']) {
      assert.equal(isDuration(value), false, value);
      assert.throws(() => durationToMs(value), (error: unknown) => error instanceof RangeError && error.message.includes(JSON.stringify(value)), value);
    }
  });

  it('writes milliseconds back as the shortest duration, and adds a duration to an instant in UTC', () => {
    assert.equal(msToDuration(7 * DAY), 'P7D');
    assert.equal(msToDuration(DAY), 'P1D');
    assert.equal(msToDuration(90 * 60_000), 'PT1H30M');
    assert.equal(msToDuration(36 * HOUR + 1500), 'P1DT12H1.5S');
    assert.equal(msToDuration(0), 'PT0S');
    assert.throws(() => msToDuration(-1), RangeError);
    assert.equal(addDuration('2026-03-10T09:00:00Z', 'P2W'), '2026-03-24T09:00:00.000Z');
    // Days are 24 hours, whatever a local clock does: the window means the same everywhere.
    assert.equal(addDuration('2026-03-28T12:00:00.000Z', 'P1D'), '2026-03-29T12:00:00.000Z');
  });
});
