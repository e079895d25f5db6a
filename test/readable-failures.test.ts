import { expect } from '@open-wc/testing';

describe('a failed assertion on a DOM node (test/helpers/readable-failures.ts)', () => {
  it('carries a short description of the node to the runner, not the node, which stalled the file for 5 minutes', () => {
    const node = document.createElement('p');
    node.id = 'x';
    node.textContent = ' Hi  there ';
    let failure: { actual?: unknown; message?: string } | undefined;
    try {
      expect(node).to.equal(null);
    } catch (error) {
      failure = error as { actual?: unknown; message?: string };
    }
    // Compared as a type and a string: a node here would be the very thing that stalls the runner.
    expect(typeof failure?.actual, 'the setup is loaded before this file').to.equal('string');
    expect(failure?.actual).to.equal('<p id="x"> "Hi there"');
    expect(failure?.message).to.contain('to equal null');
  });
});
