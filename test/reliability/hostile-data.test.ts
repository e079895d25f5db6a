/**
 * Hostile server text in every field: nothing runs, everything reads exactly as sent, long values
 * stay inside the element with the whole value reachable, tickets link only over http(s), and the
 * CSV export keeps the text without letting a spreadsheet run it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/support-access-log/define.js';
import type { SupportAccessLog } from '../../src/elements/support-access-log/support-access-log.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-provider/define.js';
import '../../src/elements/support-access-settings/define.js';
import '../../src/elements/support-session-list/define.js';
import { handlers, type MockOrganization } from '../../src/mocks/index.js';
import { button, deepQueryAll, words } from '../helpers/dom.js';
import { HOSTILE, hostileOrganization, TRAP } from '../helpers/hostile.js';
import { http, HttpResponse } from 'msw';
import { DEFAULT_BASE_URL } from '../../src/mocks/index.js';
import { createClient, mockOrganization, NOW, refuseField, worker } from '../helpers/mock-api.js';
import { failOnConsoleErrors } from '../helpers/probes.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();
failOnConsoleErrors();

const WAIT = { timeout: 10_000 };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
type Updating = HTMLElement & { updateComplete: Promise<unknown>; status?: string };
const trapped: string[] = [];
const globals = window as unknown as Record<string, unknown>;

// Anything a payload could call to show it ran, and the flag every payload sets.
before(() => {
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'] as const) {
    globals[name] = (...args: unknown[]) => trapped.push(`${name}(${args.map(String).join(', ')})`);
  }
});
afterEach(() => {
  expect(globals[TRAP], 'a payload ran').to.equal(undefined);
  expect(trapped, 'dialogs opened by payloads').to.deep.equal([]);
});

async function serve(org: MockOrganization) {
  await mockOrganization();
  worker.resetHandlers(...handlers(org));
}

/** Every text node under `root`, shadow roots included. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

const EXECUTABLE =
  'script, img, svg, iframe, object, embed, math, style, base, meta, input[autofocus], [onerror], [onload], [onfocus], [onmouseover], [ontoggle]';

/** Elements the page has that no element template makes: markup from the data. */
function injected(root: HTMLElement) {
  return deepQueryAll(root, EXECUTABLE).filter((node) => !(node instanceof HTMLStyleElement && node.parentNode instanceof ShadowRoot));
}

/** A node showing `text` whose box is cut: its full value must be reachable (title). */
function clipped(node: Text): boolean {
  const parent = node.parentElement!;
  return parent.scrollWidth > parent.clientWidth + 1;
}

async function page() {
  const container = await fixture<HTMLElement>(html`
    <div style="inline-size: 420px">
      <support-access-provider .client=${createClient({ retries: 0 })}>
        <support-access-panel locale="en-US" time-zone="UTC" ticket-url="https://support.example.com/tickets/{ticket}"></support-access-panel>
        <access-request-list locale="en-US" time-zone="UTC" ticket-url="https://support.example.com/tickets/{ticket}"></access-request-list>
        <support-session-list locale="en-US" time-zone="UTC"></support-session-list>
        <support-access-log locale="en-US" time-zone="UTC" ticket-url="https://support.example.com/tickets/{ticket}"></support-access-log>
        <support-access-settings locale="en-US" time-zone="UTC"></support-access-settings>
      </support-access-provider>
    </div>
  `);
  const el = (tag: string) => container.querySelector<Updating>(tag)!;
  await waitUntil(
    () =>
      el('support-access-panel').status === 'on' &&
      deepQueryAll(el('access-request-list'), '[part~="request"]').length === 2 &&
      el('support-session-list').status === 'ready' &&
      deepQueryAll(el('support-access-log'), '[role="row"][aria-rowindex]').length > 3 &&
      el('support-access-settings').status === 'editable',
    'every element shows the organization',
    WAIT,
  );
  for (const tag of ['support-access-panel', 'access-request-list', 'support-session-list', 'support-access-log', 'support-access-settings']) {
    await el(tag).updateComplete;
  }
  return { container, el };
}

/** The element shows `text` exactly, at least once, as text; where it is cut, the whole is in a title. */
function showsExactly(root: HTMLElement, text: string, where: string) {
  const nodes = textNodes(root).filter((node) => node.data === text);
  expect(nodes.length, `${where} shows ${JSON.stringify(text.slice(0, 60))} as typed`).to.be.greaterThan(0);
  for (const node of nodes) {
    if (!clipped(node)) continue;
    const titled = node.parentElement!.closest('[title]');
    const title = titled?.getAttribute('title') ?? '';
    expect(title.includes(text), `${where}: a cut value (in <${node.parentElement!.localName} class="${node.parentElement!.className}">) has its whole text in a title`).to.equal(true);
  }
}

/** Nothing sticks out of the element: long words wrap or are cut inside it. */
function staysInside(host: HTMLElement, width: number, where: string) {
  const base = host.shadowRoot!.querySelector<HTMLElement>('[part~="base"]') ?? host;
  expect(host.getBoundingClientRect().width, `${where} keeps to its column`).to.be.at.most(width + 1);
  expect(base.scrollWidth, `${where}: nothing overflows sideways`).to.be.at.most(base.clientWidth + 1);
}

describe('hostile data in every server-provided field', () => {
  it(`has at least 50 hostile strings (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).to.be.at.least(50);
    expect(new Set(HOSTILE).size).to.equal(HOSTILE.length);
  });

  it('runs nothing, shows each string as sent, and keeps long values inside with the whole value reachable', async function () {
    this.timeout(600_000);
    for (const text of HOSTILE) {
      await serve(hostileOrganization(text, NOW));
      const { container, el } = await page();
      const label = JSON.stringify(text.slice(0, 40));
      expect(injected(container).map((node) => `<${node.localName}> in ${(node.getRootNode() as ShadowRoot).host?.localName ?? "the page"}`), `${label}: markup from the data`).to.deep.equal([]);

      const panel = el('support-access-panel');
      showsExactly(panel, text, `panel ${label}`);
      // The ticket links over https with the value encoded, never as markup or script.
      // (A ticket that cannot be put in a URL, such as one with a lone surrogate, is plain text.)
      const ticketLink = deepQueryAll<HTMLAnchorElement>(panel, 'a[href]')[0];
      if (ticketLink || !LONE_SURROGATE.test(text)) {
        expect(ticketLink?.protocol, `${label}: ticket link`).to.equal('https:');
        expect(ticketLink.textContent).to.equal(text);
      }
      showsExactly(el('access-request-list'), text, `request list ${label}`);
      showsExactly(el('support-session-list'), text, `session list ${label}`);
      showsExactly(el('support-access-log'), text, `log ${label}`);
      showsExactly(el('support-access-settings'), text, `settings ${label}`);
      for (const tag of ['support-access-panel', 'access-request-list', 'support-session-list', 'support-access-log', 'support-access-settings']) {
        staysInside(el(tag), 420, `${tag} ${label}`);
      }
      for (const link of deepQueryAll<HTMLAnchorElement>(container, 'a[href]')) {
        expect(['https:', 'http:', 'blob:'], `${label}: a link's scheme`).to.include(link.protocol);
      }

      // The revoke dialog: the heirs' names and emails, and the asset type support created.
      button(panel, 'Revoke access').click();
      const dialog = deepQueryAll(panel, 'revoke-access-dialog')[0];
      await waitUntil(() => dialog.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0, `${label}: the dialog lists users`, WAIT);
      showsExactly(dialog, text, `dialog ${label}`);
      // Isolated (FSI…PDI, unseen), so that its script cannot reorder the count.
      expect(words(dialog.shadowRoot!.querySelector('[part~="assets"] li')?.textContent)).to.equal(words(`\u2068${text}\u2069: 1`));
      expect(injected(container), `${label}: markup from the data in the dialog`).to.deep.equal([]);
      const box = dialog.shadowRoot!.querySelector('dialog')!;
      expect(box.scrollWidth, `${label}: the dialog does not overflow`).to.be.at.most(box.clientWidth + 1);
      box.close();
      container.remove();
    }
  });
});

describe('a long word where the panel shows server text before access is on', () => {
  const LONG = 'billing_and_invoices_read_only_with_export_'.repeat(3);

  async function panelIn(width: number) {
    const container = await fixture<HTMLElement>(html`
      <div style=${`inline-size: ${width}px`}>
        <support-access-panel .client=${createClient({ retries: 0 })} locale="en-US" time-zone="UTC"></support-access-panel>
      </div>
    `);
    const panel = container.querySelector<Updating>('support-access-panel')!;
    await waitUntil(() => panel.status !== 'loading', 'the panel loads', WAIT);
    return panel;
  }

  it('an access level to choose, a refused field the form has no place for, and why access is unavailable stay inside a 320 px column', async () => {
    const org = hostileOrganization(LONG, NOW);
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    await serve(org);
    const off = await panelIn(320);
    expect(off.status).to.equal('off');
    expect(deepQueryAll(off, 'label.choice').map((label) => words(label.textContent))).to.include(LONG);
    staysInside(off, 320, 'the enable form');

    refuseField('/grants', 'region', LONG);
    for (const field of deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(off, '#reason, #ticket')) {
      field.value = 'INC-1';
      field.dispatchEvent(new Event('input'));
    }
    deepQueryAll<HTMLInputElement>(off, '#confirmed')[0].click();
    button(off, 'Enable access').click();
    await waitUntil(() => words(deepQueryAll(off, '[role="alert"]')[0]?.textContent).includes(LONG), 'the refusal shows', WAIT);
    staysInside(off, 320, 'the refusal');

    worker.use(http.get(DEFAULT_BASE_URL, () => HttpResponse.json({ ...org.getState(), status: 'unavailable', unavailableReason: LONG })));
    const unavailable = await panelIn(320);
    expect(unavailable.status).to.equal('unavailable');
    staysInside(unavailable, 320, 'the unavailable reason');
  });
});

describe('ticket-url', () => {
  const TEMPLATES = [
    'javascript:window.__pwned=1//{ticket}',
    'JaVaScRiPt:window.__pwned=1//{ticket}',
    ' javascript:window.__pwned=1//{ticket}',
    'java\tscript:window.__pwned=1//{ticket}',
    'data:text/html,<script>window.__pwned=1</script>{ticket}',
    'vbscript:msgbox({ticket})',
    'blob:https://support.example.com/{ticket}',
    'file:///etc/{ticket}',
    'ftp://support.example.com/{ticket}',
    'mailto:support@example.com?subject={ticket}',
    '{ticket}',
  ];

  it('links only over http and https; anything else shows the ticket as plain text', async function () {
    this.timeout(120_000);
    for (const template of [...TEMPLATES, 'https://support.example.com/t/{ticket}', 'http://support.example.com/t/{ticket}', '//support.example.com/t/{ticket}']) {
      for (const ticket of ['SEG-8102', 'javascript:window.__pwned=1', '"><img src=x onerror=window.__pwned=1>']) {
        const { org } = await mockOrganization({ scenario: 'segment' });
        org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
        org.grant({ duration: 'P1D', accessLevel: 'read-only', ticket, confirmed: true });
        org.requestAccess({ reason: 'Check the export', ticket });
        const container = await fixture<HTMLElement>(html`
          <support-access-provider .client=${createClient({ retries: 0 })}>
            <support-access-panel locale="en-US" ticket-url=${template}></support-access-panel>
            <access-request-list locale="en-US" ticket-url=${template}></access-request-list>
            <support-access-log locale="en-US" ticket-url=${template}></support-access-log>
          </support-access-provider>
        `);
        const panel = container.querySelector<Updating>('support-access-panel')!;
        const list = container.querySelector<Updating>('access-request-list')!;
        const log = container.querySelector<Updating>('support-access-log')!;
        await waitUntil(
          () =>
            panel.status === 'on' &&
            deepQueryAll(list, '[part~="pending"] [part~="request"]').length > 0 &&
            deepQueryAll(log, '[role="row"][aria-rowindex="2"]').length > 0,
          'loaded',
          WAIT,
        );
        // What the template is once the browser resolved it against the page (a relative one is the page's scheme).
        const scheme = (() => {
          try {
            return new URL(template.replaceAll('{ticket}', 'x'), document.baseURI).protocol;
          } catch {
            return 'invalid';
          }
        })();
        const safe = scheme === 'http:' || scheme === 'https:';
        for (const [name, el] of [['panel', panel], ['request list', list], ['log', log]] as const) {
          await el.updateComplete;
          const where = `${name}, template ${JSON.stringify(template)}, ticket ${JSON.stringify(ticket)}`;
          const links = deepQueryAll<HTMLAnchorElement>(el, 'a[href]').filter((link) => link.textContent?.trim() === ticket);
          for (const link of links) expect(['http:', 'https:'], where).to.include(link.protocol);
          if (safe) expect(links.length, `${where}: linked`).to.be.greaterThan(0);
          else {
            expect(links, `${where}: no link`).to.deep.equal([]);
            expect(textNodes(el).some((node) => node.data.trim() === ticket), `${where}: the ticket is plain text`).to.equal(true);
          }
        }
        container.remove();
      }
    }
  });
});

/** RFC 4180 fields, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), index++;
    else field += char;
  }
  return rows;
}

describe('CSV export of hostile data', () => {
  it('keeps every string, and a spreadsheet never reads one as a formula', async function () {
    this.timeout(300_000);
    for (const text of HOSTILE) {
      await serve(hostileOrganization(text, NOW));
      const log = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient({ retries: 0 })} locale="en-US" time-zone="UTC"></support-access-log>`);
      await waitUntil(() => deepQueryAll(log, '[role="row"][aria-rowindex="2"]').length > 0, 'the log loads', WAIT);
      button(log, /^Export/).click();
      await waitUntil(() => log.lastExport !== undefined, 'the export finishes', WAIT);
      const csv = (await log.lastExport!.blob.text()).replace(/^\uFEFF/, '');
      const rows = parseCsv(csv);
      const header = rows[0];
      const summary = header.indexOf('summary');
      const ticket = header.indexOf('ticket');
      // The file is UTF-8, which cannot hold a lone surrogate: it becomes U+FFFD, as in any UTF-8 file.
      const sent = text.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
      const expected = /^[=+\-@\t\r]/.test(sent) ? `'${sent}` : sent;
      const label = JSON.stringify(text.slice(0, 40));
      expect(rows.slice(1).some((row) => row[summary] === expected), `${label}: a summary cell`).to.equal(true);
      expect(rows.slice(1).some((row) => row[ticket] === expected), `${label}: a ticket cell`).to.equal(true);
      for (const row of rows.slice(1)) for (const cell of row) expect(cell, `${label}: no cell starts a formula`).to.not.match(/^[=+\-@\t\r]/);
      log.remove();
    }
  });
});
