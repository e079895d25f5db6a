/**
 * Watches what must never happen while a test runs: an error written to the console, an uncaught
 * error, an unhandled rejection.
 */
import { expect } from '@open-wc/testing';

/** Fails each test after which `console.error` was called, and shows what was written. */
export function failOnConsoleErrors(): void {
  const written: string[] = [];
  const original = console.error;
  before(() => {
    console.error = (...args: unknown[]) => {
      written.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' '));
      original.apply(console, args);
    };
  });
  after(() => {
    console.error = original;
  });
  afterEach(() => {
    expect(written, 'console.error calls').to.deep.equal([]);
    written.length = 0;
  });
}
