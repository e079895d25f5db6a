import { expect } from '@open-wc/testing';

/** Fails each test of the file after which an uncaught error or unhandled rejection was seen. */
export function failOnUncaughtErrors(): void {
  const uncaught: unknown[] = [];
  window.addEventListener('error', (event) => uncaught.push(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => uncaught.push(event.reason));
  afterEach(() => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    uncaught.length = 0;
  });
}
