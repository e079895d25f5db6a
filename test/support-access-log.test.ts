import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { nothing } from 'lit';
import type { SupportAccessClient } from '../src/client/index.js';
import { EVENT_TYPES, type AuditEvent } from '../src/contract/schemas.js';
import { csvCell, toCsv } from '../src/elements/support-access-log/csv.js';
import { formatDateTime, registerTranslations } from '../src/i18n/localize.js';
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-log/define.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-session-list/define.js';
import type { SupportAccessLog } from '../src/elements/support-access-log/define.js';
import type { MockOrganization } from '../src/mocks/index.js';
import { http, HttpResponse } from 'msw';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { anotherOrganization, createClient, mockOrganization, NOW, recordingFetch, worker } from './helpers/mock-api.js';
import { button as buttonMatching, expectFocus, nextFrame, textRange, typeInto } from './helpers/dom.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';
import { emulateMedia } from './helpers/theming.js';

failOnUncaughtErrors();

const TICKET_URL = 'https://support.example.com/tickets/{ticket}';
const LABELS: Record<string, string> = {
  'access.granted': 'Access granted',
  'access.extended': 'Access extended',
  'access.revoked': 'Access revoked',
  'access.expired': 'Access expired',
  'support.login': 'Support login',
  'support.action': 'Support action',
  'request.created': 'Access requested',
  'request.approved': 'Request approved',
  'request.rejected': 'Request rejected',
  'policy.updated': 'Policy changed',
  'session.ended': 'Session ended',
};

/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
const words = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (node: Node | null | undefined) => words(node?.textContent);
const root = (el: Element) => el.shadowRoot!;
const grid = (el: SupportAccessLog) => root(el).querySelector<HTMLElement>('[role="grid"]')!;
const rows = (el: SupportAccessLog) => [...root(el).querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')];
const cells = (row: Element) => [...row.querySelectorAll('[role="gridcell"]')].map(text);
const steps = (el: SupportAccessLog) => [...root(el).querySelectorAll<HTMLElement>('[part~="step"]')];
/** The scroll handler reads the position in the frame after the scroll event. */
/** Enough frames for a new width to be measured and its layout (six columns or two lines) applied, a frame later. */
const frames = async (count = 3) => {
  for (let index = 0; index < count; index++) await nextFrame();
};
/** A timeline step's facts, term → value. */
const facts = (step: Element) => Object.fromEntries([...step.querySelectorAll('dt')].map((term) => [text(term), text(term.nextElementSibling)]));
const statusLine = (el: SupportAccessLog) => text(root(el).querySelector('#grid-status'));
/** How many events the grid says it has loaded. */
const loaded = (el: SupportAccessLog) => Number(/^([\d,]+) event/.exec(statusLine(el))?.[1].replaceAll(',', '') ?? 0);
const nameOf = (button: HTMLButtonElement) => words(button.getAttribute('aria-label') ?? button.textContent);
function button(scope: Element | ShadowRoot, name: string): HTMLButtonElement {
  const all = [...scope.querySelectorAll('button')];
  const found = all.find((candidate) => nameOf(candidate) === name);
  if (!found) throw new Error(`No button "${name}" in ${JSON.stringify(all.map(nameOf))}`);
  return found;
}
const busy = (el: SupportAccessLog) => root(el).querySelector('section')?.getAttribute('aria-busy') === 'true';
const activeRow = (el: SupportAccessLog) => root(el).activeElement as HTMLElement | null;

interface Options {
  client?: SupportAccessClient;
  types?: string;
  grant?: string;
  from?: string;
  to?: string;
  height?: string;
}

async function log(options: Options = {}) {
  const el = await fixture<SupportAccessLog>(
    html`<support-access-log
      .client=${options.client ?? createClient({ retries: 0 })}
      time-zone="UTC"
      locale="en-US"
      ticket-url=${TICKET_URL}
      types=${options.types ?? nothing}
      grant=${options.grant ?? nothing}
      from=${options.from ?? nothing}
      to=${options.to ?? nothing}
      style=${options.height ? `--support-access-log-height: ${options.height}` : nothing}
    ></support-access-log>`,
  );
  await idle(el);
  // Its layout (six columns, two lines or stacked), and the rows' height for it, apply a frame after its size is measured.
  await frames();
  return el;
}

/** Until nothing loads and the log shows something other than "Loading". */
async function idle(el: SupportAccessLog, message = 'the log loads') {
  await el.updateComplete;
  await waitUntil(() => !busy(el) && !/Loading/.test(text(root(el).querySelector('[part~="base"]'))), message, { timeout: 8000 });
  await el.updateComplete;
}

/** A row's height in pixels, as the log measured it for its layout (it differs between six columns, two lines and stacked). */
const rowHeight = (el: SupportAccessLog) => parseFloat(root(el).querySelector<HTMLElement>('[style*="--_row"]')!.style.getPropertyValue('--_row'));

/**
 * Scrolls into the second page (so more than 100 events are loaded) and focuses the row with
 * `aria-rowindex` 85 (the 84th event). Returns what that row reads.
 */
async function focusIntoSecondPage(el: SupportAccessLog): Promise<string[]> {
  grid(el).scrollTop = rowHeight(el) * 80;
  await frames();
  await el.updateComplete;
  await waitUntil(() => loaded(el) >= 200, 'the second page loads', { timeout: 8000 });
  await el.updateComplete;
  const row = rows(el).find((candidate) => candidate.getAttribute('aria-rowindex') === String(83 + 2))!;
  row.focus();
  await frames();
  await el.updateComplete;
  return cells(row);
}

/** Each word of the names in an actor cell, with how many lines it is drawn on. */
function wordsOnLines(actor: Element): [string, number][] {
  return [...actor.querySelectorAll('strong')].flatMap((name) => {
    const node = [...name.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
    return [...node.textContent!.matchAll(/\S+/g)].map((word): [string, number] => {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      return [word[0], range.getClientRects().length];
    });
  });
}

/** The carto scenario's past grant, from the organization itself. */
function pastGrant(org: MockOrganization): AuditEvent[] {
  const grantId = org.listEvents({ type: ['access.expired'] }).items[0].grantId!;
  return org.listEvents({ grantId, order: 'asc', limit: 500 }).items;
}

/** A tiny RFC 4180 reader, to check the writer from the other side. */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && input[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else if (char === '\r' || char === '\n') throw new Error(`Bare line break at ${index}`);
    else field += char;
  }
  if (field || record.length) throw new Error('The last record does not end in CRLF');
  return records;
}

/** The file names the element offers for download, caught before the browser saves them. */
function catchDownloads(el: Element): string[] {
  const downloads: string[] = [];
  root(el).addEventListener(
    'click',
    (event) => {
      const anchor = event.target as HTMLAnchorElement;
      if (anchor.localName === 'a' && anchor.download) {
        event.preventDefault();
        downloads.push(anchor.download);
      }
    },
    { capture: true },
  );
  return downloads;
}

describe('<support-access-log>: events', () => {
  it('shows every event type with its label, actor and summary; engineer$user shows both names', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.signInAs('u-ana');
    const client = createClient();
    const request = org.requestAccess({ reason: 'All of it', ticket: 'KBC-1' });
    const { grantId } = await client.approveRequest(request.id);
    await client.getState();
    await client.updatePolicy({ extension: 'choose' });
    await client.getState();
    await client.extend(grantId!, { duration: 'PT8H' });
    org.logIn({ asUserId: 'u-carla' });
    org.act({ summary: '<img src=x onerror=alert(1)> opened settings' });
    const [session] = (await client.listSessions()).items;
    await client.endSession(session.id);
    await client.getState();
    await client.revoke(grantId!, { inheritorId: 'u-ana' });
    await client.grant({ duration: 'PT8H', accessLevel: 'admin', reason: 'More', confirmed: true });
    org.jumpToExpiry();

    const events = org.listEvents({ limit: 500 }).items;
    expect(new Set(events.map((event) => event.type)).size).to.equal(EVENT_TYPES.length);
    // Tall enough for every row at the most any layout gives one (stacked, 8em).
    const el = await log({ height: `${(events.length + 2) * 128 + 40}px` });
    // The tall grid renders every row once its size is measured.
    await waitUntil(() => rows(el).length === events.length, 'every row renders');
    const shown = rows(el);
    expect(shown).to.have.length(events.length);
    shown.forEach((row, index) => {
      const event = events[index];
      const [, type, actor, summary, ticket, grant] = cells(row);
      expect(type).to.equal(LABELS[event.type]);
      expect(summary).to.equal(event.summary);
      expect(ticket).to.equal(event.ticket ?? '');
      expect(grant).to.equal(event.grantId ?? '');
      const expected =
        event.actor.kind === 'system'
          ? 'System'
          : event.actor.onBehalfOf
            ? `${event.actor.displayName}$${event.actor.onBehalfOf.displayName}`
            : event.actor.kind === 'support'
              ? `${event.actor.displayName} (support)`
              : event.actor.displayName;
      expect(actor, event.type).to.equal(expected);
    });
    const login = shown[events.findIndex((event) => event.type === 'support.login')];
    expect(cells(login)[2]).to.equal('sam.support$Carla Chen');
    expect(login.querySelector('[title]:nth-child(3)')?.getAttribute('title')).to.equal('sam.support acting as Carla Chen');
    // Server text is text: the summary's markup is not parsed.
    expect(root(el).querySelector('img')).to.equal(null);
    const link = login.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://support.example.com/tickets/KBC-1');
    // Times in the host's zone, relative to the server's clock.
    const first = shown[shown.length - 1];
    expect(first.querySelector('time')?.getAttribute('datetime')).to.equal(events[events.length - 1].at);
    await expect(el).to.be.accessible();
  });

  it("a row's time tooltip is the catalog's sentence for it, so a host's language can word it", async () => {
    await mockOrganization({ scenario: 'carto' });
    const undo = registerTranslations('en-US', { 'log.when': '{relative} · {date}' });
    try {
      const el = await log();
      const [time] = rows(el)[0].querySelectorAll('[role="gridcell"]');
      const [date, relative] = [...time.querySelectorAll('.line')].map(text);
      expect(relative).to.match(/ ago$/);
      expect(time.getAttribute('title')).to.equal(`${relative} · ${date}`);
    } finally {
      undo();
    }
  });

  it('a summary and an engineer$user actor take two lines: nothing is cut off in a 1,100 px log', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    el.style.inlineSize = '1100px';
    await frames();
    const clipped = (cell: Element) => cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight;
    const expired = rows(el).find((row) => cells(row)[1] === 'Access expired')!;
    const summary = expired.querySelectorAll('[role="gridcell"]')[3];
    expect(text(summary)).to.equal('Access expired; 2 maps, 1 workflow went to Ana Admin');
    expect(clipped(summary), 'the summary is shown whole').to.equal(false);
    expect(summary.getBoundingClientRect().height, 'on two lines').to.be.above(1.5 * parseFloat(getComputedStyle(summary).fontSize));
    const login = rows(el).find((row) => cells(row)[1] === 'Support login')!;
    const actor = login.querySelectorAll('[role="gridcell"]')[2];
    expect(text(actor)).to.equal('sam.support$Ana Admin');
    expect(clipped(actor), 'the actor is shown whole').to.equal(false);
    expect(wordsOnLines(actor)).to.deep.equal([
      ['sam.support', 1],
      ['Ana', 1],
      ['Admin', 1],
    ]);
    // The grid still fits the log: no column is pushed out of it at this width.
    expect(grid(el).scrollWidth).to.equal(grid(el).clientWidth);
  });

  it('in a 768 px log (a tablet, a laptop beside a sidebar), each row takes two lines and every column stays in view', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    el.style.inlineSize = '768px';
    await frames();
    expect(grid(el).scrollWidth, 'no sideways scrolling').to.equal(grid(el).clientWidth);
    const edge = grid(el).getBoundingClientRect();
    const header = [...root(el).querySelectorAll('[role="columnheader"]')];
    const row = rows(el).find((candidate) => cells(candidate)[1] === 'Support login')!;
    const [time, type, actor, summary, ticket, grant] = [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.getBoundingClientRect());
    for (const [index, box] of [time, type, actor, summary, ticket, grant].entries()) {
      expect(box.left >= edge.left && box.right <= edge.right, `${text(header[index])} is inside the grid`).to.be.true;
      expect(box.width, `${text(header[index])} has room`).to.be.above(60);
      // The column header stands where its cells are.
      expect(Math.round(header[index].getBoundingClientRect().left)).to.equal(Math.round(box.left));
    }
    expect(summary.top, 'the summary is on the second line').to.be.at.least(type.bottom - 1);
    expect(summary.left).to.equal(type.left);
    expect(grant.top).to.be.at.least(ticket.bottom - 1);
    expect(time.height, 'the time takes both lines').to.be.above(type.height);
    expect(text(row.querySelectorAll('[role="gridcell"]')[2]), 'the actor on one line, whole in its title').to.equal('sam.support$Ana Admin');
    await expect(el).to.be.accessible();
  });

  for (const width of [320, 375]) {
    it(`in a ${width} px log (a phone), each event is stacked in lines: every part is in view and nothing scrolls sideways`, async () => {
      await mockOrganization({ scenario: 'carto' });
      const el = await log();
      el.style.cssText = `inline-size: ${width}px; font: 16px system-ui, sans-serif`;
      await frames();
      expect(grid(el).scrollWidth, 'no sideways scrolling').to.equal(grid(el).clientWidth);
      const edge = grid(el).getBoundingClientRect();
      const row = rows(el).find((candidate) => cells(candidate)[1] === 'Support login')!;
      const parts = [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
      const [time, type, actor, summary, ticket, grant] = parts.map((cell) => cell.getBoundingClientRect());
      for (const [index, box] of [time, type, actor, summary, ticket, grant].entries()) {
        expect(box.left >= edge.left && box.right <= edge.right, `part ${index + 1} is inside the grid`).to.be.true;
      }
      // Time; event; summary; actor; ticket and grant side by side.
      expect(type.top, 'the event below the time').to.be.at.least(time.bottom - 1);
      expect(summary.top, 'the summary below the event').to.be.at.least(type.bottom - 1);
      expect(actor.top, 'the actor below the summary').to.be.at.least(summary.bottom - 1);
      expect(ticket.top, 'the ticket below the actor').to.be.at.least(actor.bottom - 1);
      expect(grant.top, 'the grant beside the ticket').to.equal(ticket.top);
      expect(grant.left).to.be.at.least(ticket.right - 1);
      // The summary, what happened, takes two lines: an ordinary one is read whole.
      const expired = rows(el).find((candidate) => cells(candidate)[1] === 'Access expired')!;
      const said = expired.querySelectorAll<HTMLElement>('[role="gridcell"]')[3];
      expect(text(said)).to.equal('Access expired; 2 maps, 1 workflow went to Ana Admin');
      expect(said.scrollHeight <= said.clientHeight && said.scrollWidth <= said.clientWidth, 'the summary is shown whole').to.equal(true);
      expect(said.getBoundingClientRect().height, 'on two lines').to.be.above(1.5 * parseFloat(getComputedStyle(said).lineHeight));
      // The event, the time and the links are whole; a longer summary, or an actor, is cut at its end, whole in its title.
      const time0 = parts[0].querySelector<HTMLElement>('time')!;
      for (const piece of [parts[1], time0, ...parts[4].querySelectorAll<HTMLElement>('a'), ...parts[5].querySelectorAll<HTMLElement>('button')]) {
        expect(piece.scrollWidth, `"${words(piece.textContent)}" is whole`).to.be.at.most(piece.clientWidth);
      }
      // Each row holds its five lines: none runs into the next.
      const all = rows(el).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const [index, each] of all.entries()) {
        const box = each.getBoundingClientRect();
        if (index) expect(box.top, `row ${index} begins below the one above`).to.be.at.least(all[index - 1].getBoundingClientRect().bottom - 1);
        for (const cell of each.querySelectorAll('[role="gridcell"]')) {
          expect(cell.getBoundingClientRect().bottom, `row ${index}: its lines stay inside it`).to.be.at.most(box.bottom + 1);
        }
      }
      // The column headers are out of sight (the lines speak for themselves), still there for screen readers.
      const header = root(el).querySelector('[role="row"][aria-rowindex="1"]')!;
      expect(header.parentElement!.getBoundingClientRect().height, 'no header row is drawn').to.be.at.most(1);
      expect(root(el).elementFromPoint(edge.left + 20, edge.top + 5)?.closest('[role="row"]')?.getAttribute('aria-rowindex'), 'the first event is at the top').to.equal('2');
      expect([...header.querySelectorAll('[role="columnheader"]')].map(text)).to.deep.equal(['Time', 'Event', 'Actor', 'Summary', 'Ticket', 'Grant']);
      await expect(el).to.be.accessible();
    });
  }

  it('in two lines, the summary takes two: a long one is read whole in a 700 px log, and every row holds its lines', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await log();
    el.style.cssText = 'inline-size: 700px; font: 16px system-ui, sans-serif';
    await frames();
    const row = rows(el).find((candidate) => cells(candidate)[3].includes('storage quota'))!;
    const [, type, , summary] = row.querySelectorAll<HTMLElement>('[role="gridcell"]');
    expect(text(summary)).to.equal('sam.support asked to join: Check the storage quota migration');
    expect(summary.scrollWidth <= summary.clientWidth && summary.scrollHeight <= summary.clientHeight, 'the summary is shown whole').to.equal(true);
    expect(summary.getBoundingClientRect().height, 'on two lines').to.be.above(1.5 * parseFloat(getComputedStyle(summary).lineHeight));
    expect(summary.getBoundingClientRect().top, 'below the event').to.be.at.least(type.getBoundingClientRect().bottom - 1);
    const all = rows(el).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    for (const [index, each] of all.entries()) {
      const box = each.getBoundingClientRect();
      for (const cell of each.querySelectorAll('[role="gridcell"]')) {
        const { top, bottom } = cell.getBoundingClientRect();
        expect(top >= box.top - 1 && bottom <= box.bottom + 1, `row ${index}: its lines stay inside it`).to.equal(true);
      }
    }
  });

  for (const locale of ['en-US', 'de']) {
    it(`in two lines (${locale}), who did it is read whole in a 768 px log: the actor's column is not given to the event's few words`, async () => {
      await mockOrganization({ scenario: 'keboola' });
      const el = await log();
      el.style.cssText = 'inline-size: 768px; font: 16px system-ui, sans-serif';
      el.locale = locale;
      await waitUntil(() => rows(el).length && el.shadowRoot!.querySelector('time')?.textContent?.includes(locale === 'de' ? '.2026' : ', 2026'), 'the rows in the language');
      await frames();
      const all = rows(el);
      const actors = all.map((row) => row.querySelectorAll<HTMLElement>('[role="gridcell"]')[2]);
      expect(actors.map(text), 'support, and support acting as an admin').to.include.members([
        locale === 'de' ? 'sam.support (Support)' : 'sam.support (support)',
        'sam.support$Bruno Díaz',
      ]);
      for (const row of all) {
        const [time, type, actor] = row.querySelectorAll<HTMLElement>('[role="gridcell"]');
        for (const piece of [type, actor, ...time.children]) {
          expect(piece.scrollWidth, `"${text(piece)}" is whole`).to.be.at.most(piece.clientWidth);
        }
        // The time takes its lines (date, hour, how long ago) inside the row.
        expect(time.scrollHeight, `"${text(time)}" fits its row`).to.be.at.most(time.clientHeight);
        expect(time.getBoundingClientRect().bottom).to.be.at.most(row.getBoundingClientRect().bottom + 1);
      }
    });
  }

  it('right to left, in two lines, a left-to-right name is cut at its end: its start stays in view', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    // Near the narrowest two-line width, where the actor's column is too narrow for "sam.support$Ana Admin".
    el.style.cssText = 'inline-size: 680px; font: 16px system-ui, sans-serif';
    el.setAttribute('dir', 'rtl');
    await frames();
    // The actor, summary and ticket of every row, where longer than their cells (the summary has two lines).
    const cut = rows(el)
      .flatMap((row) => [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].slice(2, 5))
      .filter((cell) => cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight);
    expect(cut.map((cell) => cell.title)).to.include('sam.support acting as Ana Admin');
    for (const cell of cut) {
      const letter = textRange(cell, /\S/).getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      expect(letter.left >= box.left && letter.right <= box.right, `the first letter of "${cell.title}" is inside its cell`).to.be.true;
    }
  });

  for (const width of [700, 375]) {
    it(`right to left, in a ${width} px log, a left-to-right summary cut after two lines is aligned to its start, so its "…" stays inside the cell`, async () => {
      await mockOrganization({ scenario: 'keboola' });
      const el = await log();
      el.style.cssText = `inline-size: ${width}px; font: 16px system-ui, sans-serif`;
      el.setAttribute('dir', 'rtl');
      await frames();
      const clamped = rows(el)
        .map((row) => row.querySelectorAll<HTMLElement>('[role="gridcell"]')[3])
        .filter((cell) => cell.scrollHeight > cell.clientHeight);
      expect(clamped.map((cell) => cell.title), 'summaries longer than two lines').to.include('Bruno Díaz granted admin access for 1 day: Orchestration “Daily sales” fails at the Snowflake writer');
      for (const cell of clamped) {
        const box = cell.getBoundingClientRect();
        const start = box.left + parseFloat(getComputedStyle(cell).paddingLeft);
        // The lines shown (the rest is clamped away): each begins at the cell's left, where left-to-right text begins.
        const lines = [...textRange(cell, /[\s\S]+/).getClientRects()].filter((rect) => rect.width > 0 && rect.bottom <= box.bottom + 1);
        expect(lines.length, `"${cell.title}" shows two lines`).to.be.at.least(2);
        for (const line of lines) expect(Math.abs(line.left - start), `a line of "${cell.title}" begins at the cell's start`).to.be.below(1.5);
      }
    });
  }

  it('right to left, the event types menu keeps its marker at the start (the right) and its words in order', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    el.setAttribute('dir', 'rtl');
    await frames();
    const summary = root(el).querySelector('summary')!;
    const label = textRange(summary, /Event types: all/).getBoundingClientRect();
    const box = summary.getBoundingClientRect();
    // Past the padding (0.9rem) on the right lies the marker, then the words.
    expect(box.right - label.right, 'room for the marker right of the words').to.be.above(24);
    expect(label.left - box.left, 'only the padding left of the words').to.be.below(20);
    expect(textRange(summary, /:/).getBoundingClientRect().left, 'the colon after "types"').to.be.above(textRange(summary, /types/).getBoundingClientRect().left);
  });

  it('in two lines, a long German column header wraps onto the second line instead of being cut', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    el.style.cssText = 'inline-size: 690px; font: 16px system-ui';
    el.locale = 'de';
    const headers = () => [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
    await waitUntil(() => text(headers()[2]) === 'Ausgeführt von', 'the headers in German');
    await frames();
    const [, type, actor, summary] = headers().map((header) => header.getBoundingClientRect());
    expect(summary.top, 'in two lines').to.be.at.least(type.bottom - 1);
    expect(actor.left, 'the actor beside the event').to.be.at.least(type.right - 1);
    for (const header of headers()) {
      expect(header.scrollWidth <= header.clientWidth && header.scrollHeight <= header.clientHeight, `"${text(header)}" is whole`).to.be.true;
    }
    const head = root(el).querySelector('[role="row"][aria-rowindex="1"]')!.getBoundingClientRect();
    expect(actor.bottom, 'inside the header').to.be.at.most(head.bottom);
  });

  for (const [width, layout] of [[1400, 'six columns'], [768, 'two lines']] as const) {
    it(`in ${layout}, the time column has room for the widest time English writes ("May 28, 2026, 10:58 AM"): AM or PM is never cut off`, async () => {
      await mockOrganization({ scenario: 'carto' });
      const el = await log();
      el.style.cssText = `inline-size: ${width}px; font: 16px system-ui, sans-serif`;
      await frames();
      const line = rows(el)[0].querySelector<HTMLElement>('.line')!;
      // The log writes times as this formatter does…
      expect(text(line)).to.equal(words(formatDateTime('en-US', line.getAttribute('datetime')!, 'UTC')));
      // …and has room for the widest of them: each month, a two-digit day and hour, morning and evening.
      const pen = document.createElement('canvas').getContext('2d')!;
      pen.font = getComputedStyle(line).font;
      const times = Array.from({ length: 24 }, (_, index) =>
        formatDateTime('en-US', Date.UTC(2026, index % 12, 28, index < 12 ? 10 : 22, 58), 'UTC'),
      );
      const widest = times.reduce((wide, time) => (pen.measureText(time).width > pen.measureText(wide).width ? time : wide));
      // In two lines the time takes two of them, the date and the hour: each fits whole.
      for (const part of layout === 'two lines' ? widest.split(/(?<=\d{4},) /) : [widest]) {
        expect(pen.measureText(part).width, `"${words(part)}" fits the time column`).to.be.at.most(line.clientWidth);
      }
      expect(line.scrollWidth <= line.clientWidth && line.scrollHeight <= line.clientHeight, `"${text(line)}" is shown whole`).to.equal(true);
    });
  }

  /**
   * The carto log, once drawn, set to `width` and the host's text to `fontSize` (the log follows a
   * change in its text size), checked to be in the `layout` expected there.
   */
  async function logWithText(width: number, fontSize: number, layout: 'six columns' | 'two lines') {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    el.style.cssText = `inline-size: ${width}px; font: ${fontSize}px system-ui, sans-serif`;
    await frames();
    const header = [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')].map((cell) => cell.getBoundingClientRect());
    expect(header[3].top >= header[1].bottom - 1, 'in two lines').to.equal(layout === 'two lines');
    return el;
  }

  for (const [width, layout] of [[1400, 'six columns'], [1000, 'two lines']] as const) {
    it(`with the host’s text at 20 px, in ${layout}, the time, ticket and grant columns grow with it: none is cut`, async () => {
      const el = await logWithText(width, 20, layout);
      expect(grid(el).scrollWidth, 'no sideways scrolling').to.equal(grid(el).clientWidth);
      for (const row of rows(el)) {
        const [time, , , , ticket, grant] = [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
        for (const piece of [...time.querySelectorAll<HTMLElement>('.line'), ...ticket.querySelectorAll('a'), ...grant.querySelectorAll('button')]) {
          expect(piece.scrollWidth, `"${words(piece.textContent)}" is whole`).to.be.at.most(piece.clientWidth);
        }
      }
    });
  }

  for (const [width, layout] of [[2100, 'six columns'], [1400, 'two lines']] as const) {
    it(`with the host’s text at 32 px (200 %), in ${layout}, each row is tall enough for its lines: none runs into the next`, async () => {
      const el = await logWithText(width, 32, layout);
      const all = [root(el).querySelector('[role="row"][aria-rowindex="1"]')!, ...rows(el)].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      expect(all.length).to.be.above(3);
      for (const [index, row] of all.entries()) {
        const box = row.getBoundingClientRect();
        if (index) expect(box.top, `row ${index} begins below the one above`).to.be.at.least(all[index - 1].getBoundingClientRect().bottom - 1);
        for (const cell of row.querySelectorAll<HTMLElement>('[role="gridcell"], [role="columnheader"]')) {
          const inner = cell.getBoundingClientRect();
          expect(inner.top >= box.top - 1 && inner.bottom <= box.bottom + 1, `"${words(cell.textContent)}" inside its row`).to.be.true;
        }
      }
      // Rows are still windowed at their new height: scrolled by three rows, the fourth is at the top.
      const rowHeight = rows(el)[0].getBoundingClientRect().height;
      expect(rowHeight).to.be.above(100);
      grid(el).scrollTop = 3 * rowHeight;
      await frames();
      const top = grid(el).getBoundingClientRect().top + all[0].getBoundingClientRect().height + 2;
      const under = root(el).elementFromPoint(grid(el).getBoundingClientRect().left + 20, top)!.closest('[role="row"]')!;
      expect(under.getAttribute('aria-rowindex')).to.equal('5');
    });
  }

  it('in a host layout that sizes it to its content (a flex row), keeps the width of its six columns', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const row = document.createElement('div');
    row.style.cssText = 'display: flex; inline-size: 1280px';
    const menu = document.createElement('aside');
    menu.style.cssText = 'inline-size: 200px; flex: none';
    menu.textContent = 'Host menu';
    row.append(menu);
    el.replaceWith(row);
    row.append(el);
    // Back on the page, it loads again.
    await idle(el, 'the log loads again');
    await frames();
    await el.updateComplete;
    expect(el.getBoundingClientRect().width, 'as wide as the six columns').to.be.at.least(984);
    const login = rows(el).find((candidate) => cells(candidate)[1] === 'Support login')!;
    const [, type, actor, summary] = [...login.querySelectorAll('[role="gridcell"]')].map((cell) => cell.getBoundingClientRect());
    expect(summary.left, 'the summary in its own column, after the actor').to.be.at.least(actor.right);
    expect(actor.left).to.be.at.least(type.right);
    expect(grid(el).scrollWidth).to.equal(grid(el).clientWidth);
    row.remove();
  });

  it('an engineer$user actor breaks between words (after the $ too), never inside one', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.signInAs('u-ana');
    await createClient().grant({ duration: 'PT8H', accessLevel: 'admin', reason: 'More', confirmed: true });
    org.logIn({ asUserId: 'u-carla' });
    const el = await log();
    // A host’s larger text: "sam.support$Carla" alone is then wider than the column (of the six side by side).
    el.style.fontSize = '20px';
    el.style.inlineSize = '1100px';
    await frames();
    const login = rows(el).find((row) => cells(row)[1] === 'Support login')!;
    const actor = login.querySelectorAll('[role="gridcell"]')[2];
    expect(text(actor)).to.equal('sam.support$Carla Chen');
    expect(wordsOnLines(actor)).to.deep.equal([
      ['sam.support', 1],
      ['Carla', 1],
      ['Chen', 1],
    ]);
  });

  it('a long grant id breaks in its timeline’s heading rather than widen the log on a phone', async () => {
    await mockOrganization({ scenario: 'carto' });
    const grantId = 'grt_01HZX3K5Q8W2V9N4M7B6C1D0E1F2';
    const el = await log({ grant: grantId });
    el.style.inlineSize = '340px';
    await frames();
    const base = root(el).querySelector('[part~="base"]')!;
    expect(text(root(el).querySelector('#timeline-heading'))).to.equal(`Timeline of ${grantId}`);
    expect(base.scrollWidth).to.equal(base.clientWidth);
    for (const part of root(el).querySelectorAll('#timeline-heading, [part~="export-button"]')) {
      expect(part.getBoundingClientRect().right, part.id || 'Export CSV').to.be.at.most(el.getBoundingClientRect().right);
    }
  });

  it('only http(s) ticket links: a javascript: template shows the ticket as text', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await fixture<SupportAccessLog>(
      html`<support-access-log .client=${createClient()} ticket-url="javascript:alert('{ticket}')"></support-access-log>`,
    );
    await idle(el);
    expect(rows(el).some((row) => cells(row)[4] === 'SUP-1042')).to.equal(true);
    expect(root(el).querySelector('a')).to.equal(null);
  });

  it('new events appear when the shared state changes', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const before = rows(el).length;
    const client = createClient();
    await client.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-2000' });
    // The element's store loads the state again when the tab shows again; the log follows on its own.
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => rows(el).length === before + 1, 'the new event appears');
    await idle(el);
    expect(rows(el)).to.have.length(before + 1);
    expect(cells(rows(el)[0])[1]).to.equal('Access granted');
    expect(org.eventCount).to.equal(before + 1);
  });
});

describe('<support-access-log>: the keyboard’s row', () => {
  it('is tinted while focus is in it, and not once focus has left the grid (it looked selected)', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const background = (row: Element) => getComputedStyle(row).backgroundColor;
    const row = rows(el)[1];
    row.focus();
    await el.updateComplete;
    const tinted = background(row);
    expect(tinted, 'focused').to.not.equal('rgba(0, 0, 0, 0)');
    button(root(el), 'Export CSV').focus();
    await el.updateComplete;
    expect(row.tabIndex, 'still the row Tab comes back to').to.equal(0);
    // Past the tint's transition.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(background(row), 'focus elsewhere').to.equal('rgba(0, 0, 0, 0)');
  });

  it('in forced colours, is outlined dashed while focus is on its link, and not once focus has left the grid', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      const row = rows(el)[1];
      row.querySelector('a')!.focus();
      await el.updateComplete;
      expect(getComputedStyle(row).outlineStyle, 'its link focused').to.equal('dashed');
      button(root(el), 'Export CSV').focus();
      await el.updateComplete;
      expect(row.tabIndex, 'still the row Tab comes back to').to.equal(0);
      expect(getComputedStyle(row).outlineStyle, 'focus elsewhere').to.equal('none');
    } finally {
      await emulateMedia({});
    }
  });
});

/**
 * Three new events (a grant, a support login, a support action) while the log is shown; the store
 * loads the state again when the tab shows again, and the log follows on its own.
 */
async function threeNewEvents(org: MockOrganization, el: SupportAccessLog, before: number) {
  org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-3000' });
  org.logIn();
  org.act({ summary: 'Opened report 4242' });
  document.dispatchEvent(new Event('visibilitychange'));
  await waitUntil(() => loaded(el) === before + 3, 'the new events arrive', { timeout: 8000 });
  await frames();
  await el.updateComplete;
}

describe('<support-access-log>: reloads keep the place', () => {
  it('new events go on top: the rows under the person and the focused row stay the same', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const viewport = grid(el);
    const focused = await focusIntoSecondPage(el);
    const box = viewport.getBoundingClientRect();
    const row = rowHeight(el);
    const under = () => cells(root(el).elementFromPoint(box.left + 20, box.top + 40 + 3 * row + row / 2)!.closest('[role="row"]')!);
    const shown = under();
    const scrollTop = viewport.scrollTop;
    const before = loaded(el);
    const sent = requests.length;

    await threeNewEvents(org, el, before);
    expect(viewport.scrollTop).to.equal(scrollTop + 3 * row);
    expect(under()).to.deep.equal(shown);
    expect(activeRow(el)?.getAttribute('aria-rowindex')).to.equal(String(83 + 3 + 2));
    expect(cells(activeRow(el)!)).to.deep.equal(focused);
    expect(rows(el).filter((candidate) => candidate.tabIndex === 0)).to.deep.equal([activeRow(el)]);
    // Only what is newer than the first shown event was fetched: one small page, from the top.
    const pages = requests.slice(sent).filter((request) => request.operation === 'listEvents').map((request) => new URL(request.url).searchParams);
    expect(pages).to.have.length(1);
    expect([pages[0].get('limit'), pages[0].get('cursor')]).to.deep.equal(['100', null]);

    viewport.scrollTop = 0;
    await frames();
    await el.updateComplete;
    expect(rows(el).slice(0, 3).map((candidate) => cells(candidate)[1])).to.deep.equal(['Support action', 'Support login', 'Access granted']);
    expect(cells(rows(el)[0])[3]).to.equal('Opened report 4242');
    expect(loaded(el)).to.equal(before + 3);
  });

  it('at the top, where a person watches what is new, new events show there instead of above the view', async () => {
    const { org } = await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const viewport = grid(el);
    expect(viewport.scrollHeight, 'a log taller than its view').to.be.greaterThan(viewport.clientHeight * 2);
    expect(viewport.scrollTop).to.equal(0);
    const before = loaded(el);

    await threeNewEvents(org, el, before);
    expect(viewport.scrollTop, 'still at the top').to.equal(0);
    const box = viewport.getBoundingClientRect();
    const first = root(el).elementFromPoint(box.left + 20, box.top + 40 + 28)!.closest('[role="row"]')!;
    expect(cells(first).slice(1, 4)).to.deep.equal(['Support action', 'sam.support$Ana Admin', 'Opened report 4242']);
  });

  it('a failed background reload keeps the rows and says so above them; Try again loads and focuses the row', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    rows(el)[2].focus();
    const focused = cells(rows(el)[2]);
    org.faults.inject('listEvents', { status: 500, times: 1 });
    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the failure shows');
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    // Not "could not load" alone, above rows that did load: those are the earlier ones.
    expect(text(alert.querySelector('p'))).to.equal('Could not load the audit log. Something unexpected went wrong. The events shown were loaded before.');
    // Above the grid, which stays, with its focused row.
    expect(alert.compareDocumentPosition(grid(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(rows(el)).to.have.length(7);
    expect(cells(activeRow(el)!)).to.deep.equal(focused);
    await expect(el).to.be.accessible();
    const retry = button(alert, 'Try again');
    retry.focus();
    retry.click();
    await waitUntil(() => rows(el).length === 8, 'the new event arrives');
    await idle(el);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(cells(rows(el)[0])[1]).to.equal('Access granted');
    // Focus is back on the same event's row, not lost to the page.
    await waitUntil(() => activeRow(el)?.getAttribute('role') === 'row', 'focus returns to the grid');
    expect(cells(activeRow(el)!)).to.deep.equal(focused);
  });
});

describe('<support-access-log>: timeline', () => {
  it('tells the CARTO grant story in order, with the asset transfer, and goes back', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const story = pastGrant(org);
    const el = await log();
    const expiredRow = rows(el).find((row) => cells(row)[1] === 'Access expired')!;
    button(expiredRow, `Show the timeline of ${story[0].grantId}`).click();
    await el.updateComplete;
    expect(el.getAttribute('grant')).to.equal(story[0].grantId);
    await idle(el);
    expect(steps(el).map((step) => step.dataset.type)).to.deep.equal([
      'access.granted',
      'support.login',
      'support.action',
      'support.action',
      'support.action',
      'session.ended',
      'access.expired',
    ]);
    const heading = root(el).querySelector('#timeline-heading')!;
    expect(text(heading)).to.equal(`Timeline of ${story[0].grantId}`);
    expectFocus(root(el).activeElement, heading);
    const [granted] = steps(el);
    expect(text(granted)).to.contain('By Ana Admin');
    expect(facts(granted)).to.deep.include({ Duration: '7 days', Ticket: 'SUP-1042' });
    expect(granted.querySelector('a')?.getAttribute('href')).to.equal('https://support.example.com/tickets/SUP-1042');
    const expired = steps(el).at(-1)!;
    expect(facts(expired)).to.deep.include({ 'Assets went to': 'Ana Admin', Assets: '2 maps, 1 workflow' });
    expect(text(expired)).to.contain('System');
    expect(text(steps(el)[2])).to.contain('Created map “Churn by region”');
    // The values line up down the timeline, whatever each step's longest term.
    const starts = new Set([...root(el).querySelectorAll('[part~="step"] dd')].map((value) => Math.round(value.getBoundingClientRect().left)));
    expect([...starts], 'where each step’s values start').to.have.length(1);
    await expect(el).to.be.accessible();

    button(root(el), 'Back to all events').click();
    await el.updateComplete;
    expect(el.hasAttribute('grant')).to.equal(false);
    await idle(el);
    expect(rows(el)).to.have.length(7);
    // Newest first again.
    expect(cells(rows(el)[0])[1]).to.equal('Access expired');
  });

  it('a grant opened from a filtered list shows its whole story; the list’s filters stay in its attributes, out of the timeline, and apply again on the way back', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const story = pastGrant(org);
    const el = await log({ types: 'support.login', from: '2026-01-01' });
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Support login']);
    button(rows(el)[0], `Show the timeline of ${story[0].grantId}`).click();
    await el.updateComplete;
    await idle(el);
    expect(steps(el).map((step) => step.dataset.type)).to.deep.equal(story.map((event) => event.type));
    const timelineQuery = new URL(requests.filter((request) => request.operation === 'listEvents').at(-1)!.url).searchParams;
    expect([...timelineQuery.keys()].sort()).to.deep.equal(['grantId', 'limit', 'order']);
    expect([el.getAttribute('types'), el.getAttribute('from')], 'the host’s link keeps them').to.deep.equal(['support.login', '2026-01-01']);
    // Nothing in the timeline suggests the list's filters apply to it.
    expect(root(el).querySelector('[part~="types-filter"], [part~="date-filter"], [part~="clear"], #zone-hint')).to.equal(null);
    expect(button(root(el), 'Export CSV').closest('[role="group"]'), 'Export alone is in no group named "Filters"').to.equal(null);
    await expect(el).to.be.accessible();

    button(root(el), 'Back to all events').click();
    await el.updateComplete;
    await idle(el);
    expect([el.getAttribute('types'), el.getAttribute('from')]).to.deep.equal(['support.login', '2026-01-01']);
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Support login']);
    expect(text(root(el).querySelector('[part~="types-filter"] summary'))).to.equal('Event types: 1 selected');
    expect(root(el).querySelector('[part~="filters"]')?.getAttribute('aria-label'), 'the filters are a group again').to.equal('Filters');
  });

  it('Back to all events returns to the same place: the loaded rows, the scroll position and the focused row', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const focused = await focusIntoSecondPage(el);
    const scrollTop = grid(el).scrollTop;
    const before = loaded(el);
    const row = activeRow(el)!;
    const grantId = org.listEvents({ limit: 500 }).items[83].grantId!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('grant')).to.equal(grantId);
    await idle(el);
    const sent = requests.length;

    button(root(el), 'Back to all events').click();
    await el.updateComplete;
    await frames();
    expect(grid(el).scrollTop).to.equal(scrollTop);
    expect(loaded(el)).to.equal(before);
    expect(activeRow(el)?.getAttribute('aria-rowindex')).to.equal(String(83 + 2));
    expect(cells(activeRow(el)!)).to.deep.equal(focused);
    // Nothing changed meanwhile, so nothing is asked for again.
    expect(requests.slice(sent).filter((request) => request.operation === 'listEvents')).to.have.length(0);

    // Events that happen while a timeline is open go on top on the way back; the place stays.
    await sendKeys({ press: 'Enter' });
    await idle(el);
    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="step"]').length > 0 && !busy(el), 'the timeline is shown again');
    await el.updateComplete;
    button(root(el), 'Back to all events').click();
    await waitUntil(() => loaded(el) === before + 1, 'the new event arrives', { timeout: 8000 });
    await frames();
    await el.updateComplete;
    expect(grid(el).scrollTop).to.equal(scrollTop + rowHeight(el));
    expect(cells(activeRow(el)!)).to.deep.equal(focused);
  });

  it('Enter on a row opens its grant', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    rows(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.grant).to.equal(pastGrant(org)[0].grantId);
    await idle(el);
    expect(steps(el)).to.have.length(7);
  });
});

describe('<support-access-log>: filters', () => {
  it('filters by several types at once, reflected as an attribute', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    expect(rows(el)).to.have.length(7);
    const details = root(el).querySelector('details')!;
    details.open = true;
    const box = (label: string) =>
      [...details.querySelectorAll('label')].find((candidate) => text(candidate) === label)!.querySelector('input')!;
    box('Support login').click();
    box('Access expired').click();
    await el.updateComplete;
    expect(el.getAttribute('types')).to.equal('access.expired,support.login');
    expect(text(details.querySelector('summary'))).to.equal('Event types: 2 selected');
    await idle(el);
    const expected = org.listEvents({ type: ['access.expired', 'support.login'] }).items;
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(expected.map((event) => LABELS[event.type]));
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Access expired', 'Support login']);
    // Whoever filters from the keyboard stays in the filters: the outcome is read out.
    const announced = () => text(root(el).querySelector('.visually-hidden[role="status"]'));
    expect(announced()).to.equal('2 events loaded');
    await expect(el).to.be.accessible();
  });

  it('Escape closes only the list of types, not a host dialog around the log or the host’s own Escape handling', async () => {
    await mockOrganization({ scenario: 'carto' });
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog><support-access-log .client=${createClient({ retries: 0 })} time-zone="UTC" locale="en-US"></support-access-log></dialog>`,
    );
    dialog.showModal();
    const el = dialog.querySelector('support-access-log')!;
    await waitUntil(() => rows(el).length > 0, 'the log loads');
    let heard = 0;
    const hear = (event: KeyboardEvent) => event.key === 'Escape' && heard++;
    document.addEventListener('keydown', hear);
    try {
      const details = root(el).querySelector('details')!;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open, 'Enter opens it').to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(details.open, 'Escape closes it').to.equal(false);
      await nextFrame();
      expect(dialog.open, 'the dialog stays open').to.equal(true);
      expect(heard, 'the host’s keydown listener hears no Escape').to.equal(0);
    } finally {
      document.removeEventListener('keydown', hear);
      dialog.close();
    }
  });

  it('closes the list of types, drawn over the rows, on Escape (back on its summary) and when focus leaves it', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const details = root(el).querySelector('details')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'Enter opens it').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(details.contains(root(el).activeElement), 'Tab goes into the list').to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(details.open, 'Escape closes it').to.equal(false);
    expect(root(el).activeElement === summary, 'focus is back on the summary').to.equal(true);

    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const boxes = details.querySelectorAll('input').length;
    for (let index = 0; index <= boxes; index++) await sendKeys({ press: 'Tab' });
    await waitUntil(() => !details.open, 'tabbing out of it closes it');
    expect(root(el).activeElement === root(el).querySelector('input[name="from"]'), 'on to the next filter').to.equal(true);

    summary.click();
    await waitUntil(() => details.open, 'opened again');
    // A click inside it, ticking a type, leaves it open for the next one.
    details.querySelector('input')!.click();
    await el.updateComplete;
    await nextFrame();
    expect(details.open, 'a click on a type keeps it open').to.equal(true);
    root(el).querySelector<HTMLElement>('[part~="heading"]')!.click();
    await waitUntil(() => !details.open, 'a click elsewhere closes it');
  });

  // That the list closing cannot move the button from under the pointer mid-click (when the open list
  // made the page longer) is shown by the strict-CSP flow in test/security, where the log ends the page.
  it('a click on Export CSV while the list of types is open exports, and closes the list', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log({ height: '4rem' });
    const downloads = catchDownloads(el);
    const details = root(el).querySelector('details')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'the list opens');
    details.querySelector('input')!.focus();
    const exportButton = button(root(el), 'Export CSV');
    const { x, y, width, height } = exportButton.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await waitUntil(() => downloads.length === 1, 'the file downloads');
    expect(details.open, 'and the list closed').to.equal(false);
  });

  it('filters by a date range, both days included, in the time zone', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const input = (name: string) => root(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    // The grant began 45 days before NOW (2026-01-24); support worked the next day; it expired on 2026-01-31.
    typeInto(input('from'), '2026-01-25');
    typeInto(input('to'), '2026-01-25');
    await el.updateComplete;
    expect([el.getAttribute('from'), el.getAttribute('to')]).to.deep.equal(['2026-01-25', '2026-01-25']);
    await idle(el);
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal([
      'Session ended',
      'Support action',
      'Support action',
      'Support action',
      'Support login',
    ]);
    el.from = '2026-01-24';
    el.to = '2026-01-30';
    await idle(el);
    expect(rows(el)).to.have.length(6);
    expect(rows(el).map((row) => cells(row)[1])).to.not.include('Access expired');
    // Ten hours behind UTC, the grant (09:00 UTC on the 24th) was on the 23rd, and support's work on the 24th.
    el.timeZone = 'Pacific/Honolulu';
    el.from = '2026-01-23';
    el.to = '2026-01-23';
    await idle(el);
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Access granted']);
    el.from = '2026-01-24';
    el.to = '2026-01-24';
    await idle(el);
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Session ended', 'Support action', 'Support action', 'Support action', 'Support login']);
    el.from = '2026-01-22';
    el.to = '2026-01-22';
    await idle(el);
    expect(rows(el)).to.have.length(0);
    expect(text(root(el).querySelector('.empty p'))).to.equal('No events match these filters.');
    expect(input('to').getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks from the first instant of each day, also where a DST change skips its midnight', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const asked = () => {
      const url = new URL(requests.filter((request) => request.operation === 'listEvents').at(-1)!.url);
      return [url.searchParams.get('from'), url.searchParams.get('to')];
    };
    const cases: [zone: string, day: string, from: string, to: string][] = [
      // Clocks go from 00:00 to 01:00: the day begins at 01:00 -03, not at 23:00 -04 the evening before.
      ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z'],
      ['America/Havana', '2026-03-08', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
      // The same skipped midnight east of Greenwich, and a change at 02:00.
      ['Asia/Beirut', '2026-03-29', '2026-03-28T22:00:00.000Z', '2026-03-29T21:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ];
    for (const [zone, day, from, to] of cases) {
      el.timeZone = zone;
      el.from = el.to = day;
      await idle(el);
      expect(asked(), `${zone} ${day}`).to.deep.equal([from, to]);
    }
  });

  it('a From day after the To day says so, rather than that no events match', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const input = (name: string) => root(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    // Typed, the date fields accept a day outside their min and max.
    typeInto(input('to'), '2026-01-20');
    typeInto(input('from'), '2026-01-25');
    await idle(el);
    expect(rows(el)).to.have.length(0);
    expect(text(root(el).querySelector('.empty p'))).to.equal('From is after To: choose a To day on or after From.');
    expect(text(root(el).querySelector('.visually-hidden[role="status"]')), 'read out too').to.equal('From is after To: choose a To day on or after From.');
    expect(input('to').getAttribute('aria-invalid')).to.equal('true');
    // Back on the To field later, a screen reader reads why it is wrong, not only that it is.
    const describedBy = (name: string) => input(name).getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id)));
    expect(describedBy('to')).to.include('From is after To: choose a To day on or after From.');
    expect(input('from').getAttribute('aria-invalid'), 'From, which the message names, too').to.equal('true');
    expect(describedBy('from')).to.include('From is after To: choose a To day on or after From.');
    await expect(el).to.be.accessible();
    typeInto(input('to'), '2026-01-31');
    await idle(el);
    expect(rows(el).length).to.be.greaterThan(0);
    expect(input('to').getAttribute('aria-invalid')).to.equal('false');
    expect(describedBy('to'), 'no longer described by a message that is gone').to.deep.equal(['Dates are whole days in UTC.']);
    expect(input('from').getAttribute('aria-invalid')).to.equal('false');
  });

  for (const [ignored, field] of [
    ['grantId', 'grantId'],
    ['order', 'at'],
    ['type', 'type'],
  ] as const) {
    it(`against a server that ignores ${ignored}, shows no events it did not ask for: it says which field is wrong`, async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      const grantId = pastGrant(org)[0].grantId!;
      // Everything in the asked order but for the one parameter ignored; the mock's log is this one
      // grant's story, so a server that ignores grantId also sends another grant's login.
      const everything = org.listEvents({ limit: 500 }).items;
      const other = { ...everything[0], id: 'evt-other', grantId: 'grant-other' };
      const answer = { grantId: [...everything].reverse().concat(other), order: everything, type: everything }[ignored];
      worker.use(http.get(`${DEFAULT_BASE_URL}/events`, () => HttpResponse.json({ items: answer, nextCursor: null })));
      const el = await log(ignored === 'type' ? { types: 'support.login' } : { grant: grantId });
      await idle(el);
      expect(steps(el)).to.have.length(0);
      expect(rows(el)).to.have.length(0);
      const alert = text(root(el).querySelector('[role="alert"]'));
      expect(alert).to.contain('The server sent an answer that could not be understood.');
      expect(alert).to.match(new RegExp(`Its field “items\\.\\d+\\.${field}” is not as expected`));
    });
  }

  it('deep-links: types and grant given as attributes show the grant’s whole story, then the list of those types', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const story = pastGrant(org);
    const grantId = story[0].grantId!;
    const el = await log({ types: 'support.action,support.login', grant: grantId });
    expect(steps(el).map((step) => step.dataset.type)).to.deep.equal(story.map((event) => event.type));
    const seen = requests.filter((request) => request.operation === 'listEvents').map((request) => new URL(request.url).searchParams);
    expect(seen).to.have.length(1);
    expect(seen[0].getAll('type')).to.deep.equal([]);
    expect(seen[0].get('grantId')).to.equal(grantId);
    expect(seen[0].get('order')).to.equal('asc');

    // Back to all events: the list of the types the link gave.
    button(root(el), 'Back to all events').click();
    await el.updateComplete;
    await idle(el);
    expect(el.getAttribute('types')).to.equal('support.action,support.login');
    expect(new Set(rows(el).map((row) => cells(row)[1]))).to.deep.equal(new Set(['Support login', 'Support action']));
  });

  it('a linked grant with no events says nothing matches, not that the list’s From is after its To', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log({ grant: 'grant-unknown', from: '2026-03-10', to: '2026-03-01' });
    expect(text(root(el).querySelector('.empty p'))).to.equal('No events match these filters.');
  });

  it('a superseded request never paints its stale results', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    org.faults.inject('listEvents', { latency: 500, times: 1 });
    el.types = 'access.granted';
    // Superseded only once the server has it (it answers 500 ms later): on a loaded machine the
    // change could otherwise abort it before it was sent, and there would be nothing stale to paint.
    const listed = () => requests.filter((request) => request.operation === 'listEvents').length;
    await waitUntil(() => listed() === 2, 'the first filter is sent');
    el.types = 'support.action';
    await idle(el);
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Support action', 'Support action', 'Support action']);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await el.updateComplete;
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['Support action', 'Support action', 'Support action']);
    expect(listed()).to.equal(3);
  });
});

describe('<support-access-log>: busy', () => {
  it('keeps at most ~100 rows in the DOM while scrolling through pages of 100,000 events', async () => {
    const { requests } = await mockOrganization({ scenario: 'busy' });
    const longTasks: PerformanceEntry[] = [];
    let scrollStart = Infinity;
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().filter((entry) => entry.startTime >= scrollStart)));
    const start = performance.now();
    const el = await fixture<SupportAccessLog>(
      html`<support-access-log .client=${createClient()} time-zone="UTC" locale="en-US"></support-access-log>`,
    );
    await waitUntil(() => rows(el).length > 0, 'the first page paints', { timeout: 8000 });
    const firstPaint = performance.now() - start;
    await idle(el);
    scrollStart = performance.now();
    observer.observe({ type: 'longtask', buffered: true });
    const viewport = grid(el);
    const allRows = () => root(el).querySelectorAll('[role="row"]').length;
    const counts: number[] = [allRows()];
    expect(loaded(el)).to.equal(100);
    for (let page = 2; page <= 8; page++) {
      // Scroll in steps, as a person would, to the end of what is loaded.
      const end = viewport.scrollHeight - viewport.clientHeight;
      for (let top = viewport.scrollTop; top < end; top += 1500) {
        viewport.scrollTop = Math.min(end, top + 1500);
        await frames();
        await el.updateComplete;
        counts.push(allRows());
      }
      await waitUntil(() => loaded(el) >= page * 100, `page ${page} loads`, { timeout: 8000 });
      await el.updateComplete;
      counts.push(allRows());
    }
    // A deliberate 80 ms task shows the observer works here, so "no long task" means none happened.
    // It runs in a task of its own, and is recognised by the time it covers: the task it runs in
    // starts a little before the loop does.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const scrollEnd = performance.now();
    while (performance.now() - scrollEnd < 80) {
      /* busy */
    }
    const isControl = (entry: PerformanceEntry) =>
      entry.startTime <= scrollEnd + 1 && entry.startTime + entry.duration >= scrollEnd + 79;
    await waitUntil(() => longTasks.some(isControl), 'the long task observer reports', { timeout: 3000 });
    observer.disconnect();
    expect(longTasks.find(isControl)!.duration).to.be.at.least(80);
    const scrolling = longTasks.filter((entry) => !isControl(entry)).map((entry) => entry.duration);
    const maxRows = Math.max(...counts);
    const maxLongTask = Math.max(0, ...scrolling);
    console.log(
      `[support-access-log] busy: first page painted after ${Math.round(firstPaint)} ms; ` +
        `${loaded(el)} events loaded; max rows in the DOM ${maxRows}; long tasks while scrolling: ${scrolling.length}, max ${Math.round(maxLongTask)} ms`,
    );
    expect(maxRows).to.be.at.most(100);
    expect(loaded(el)).to.be.at.least(800);
    // The rendered rows are the ones at the scroll position.
    viewport.scrollTop = rowHeight(el) * 100;
    await frames();
    await el.updateComplete;
    const indexes = rows(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes).to.include(102);
    // The first rendered rows are the overscan above row 100 (the active row 0 stays rendered too).
    expect(Math.min(...indexes.filter((index) => index > 2))).to.be.within(90, 102);
    expect(Math.max(...indexes)).to.be.below(140);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('-1');
    const pages = requests.filter((request) => request.operation === 'listEvents').map((request) => new URL(request.url).searchParams);
    expect(pages.every((params) => params.get('limit') === '100')).to.equal(true);
  });

  it('reaches the very end of 100,000 events with the DOM still bounded', async function () {
    this.timeout(240_000);
    await mockOrganization({ scenario: 'busy' });
    const el = await fixture<SupportAccessLog>(
      html`<support-access-log .client=${createClient()} time-zone="UTC" locale="en-US"></support-access-log>`,
    );
    await waitUntil(() => rows(el).length > 0, 'the first page paints', { timeout: 8000 });
    const viewport = grid(el);
    const allRows = () => root(el).querySelectorAll('[role="row"]').length;
    let maxRows = allRows();
    const started = performance.now();
    while (grid(el).getAttribute('aria-rowcount') === '-1') {
      const before = loaded(el);
      viewport.scrollTop = viewport.scrollHeight;
      await frames();
      await el.updateComplete;
      maxRows = Math.max(maxRows, allRows());
      await waitUntil(() => loaded(el) > before || grid(el).getAttribute('aria-rowcount') !== '-1', 'the next page loads', {
        timeout: 8000,
        interval: 5,
      });
    }
    viewport.scrollTop = viewport.scrollHeight;
    await frames();
    await el.updateComplete;
    maxRows = Math.max(maxRows, allRows());
    console.log(
      `[support-access-log] busy, to the end: ${loaded(el)} events loaded in ${Math.round((performance.now() - started) / 1000)} s; max rows in the DOM ${maxRows}`,
    );
    expect(loaded(el)).to.equal(100_000);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('100001');
    expect(maxRows).to.be.at.most(100);
    const indexes = rows(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes, 'the last event is rendered at the bottom').to.include(100_001);
  });

  it('shows an event once when the server sends it twice', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const { items } = org.listEvents({ limit: 100 });
    worker.use(http.get(`${DEFAULT_BASE_URL}/events`, () => HttpResponse.json({ items: [...items.slice(0, 3), items[1], ...items.slice(3)], nextCursor: null })));
    const el = await log();
    expect(loaded(el)).to.equal(items.length);
    const shown = rows(el).map((row) => cells(row).join(' | '));
    expect(new Set(shown).size, 'no row repeats another').to.equal(shown.length);
    expect(shown).to.have.length(items.length);
    // The audit file agrees with the screen: the repeated event is written once.
    const downloads = catchDownloads(el);
    button(root(el), 'Export CSV').click();
    await waitUntil(() => downloads.length === 1, 'the file downloads');
    expect(el.lastExport!.count).to.equal(items.length);
    const [, ...records] = parseCsv(new TextDecoder().decode(await el.lastExport!.blob.arrayBuffer()));
    expect(records.map(([at, type]) => `${at} ${type}`)).to.deep.equal(items.map((event) => `${event.at} ${event.type}`));
    expect(new Set(records.map((record) => record.join('|'))).size, 'no record repeats another').to.equal(items.length);
  });

  it('a server that gives back the cursor it was asked with is an error, not a log loading the same page forever', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const { items } = org.listEvents({ limit: 100 });
    let asked = 0;
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/events`, ({ request }) => {
        asked++;
        return HttpResponse.json({ items: new URL(request.url).searchParams.has('cursor') ? [] : items, nextCursor: 'again' });
      }),
    );
    const el = await log();
    grid(el).scrollTop = grid(el).scrollHeight;
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the next page fails', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked, 'the first page and one more').to.equal(2);
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('nextCursor');
    expect(loaded(el), 'the events already shown stay').to.equal(items.length);
  });

  it('Try again after the next page failed keeps focus in the grid: on the active row once the page is in', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const { items } = org.listEvents({ limit: 100 });
    let failures = 1;
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/events`, ({ request }) => {
        if (!new URL(request.url).searchParams.has('cursor')) return HttpResponse.json({ items: items.slice(0, 3), nextCursor: 'page-2' });
        if (failures-- > 0) return HttpResponse.json({ title: 'Unavailable', status: 503 }, { status: 503 });
        return HttpResponse.json({ items: items.slice(3), nextCursor: null });
      }),
    );
    const el = await log();
    grid(el).scrollTop = grid(el).scrollHeight;
    await waitUntil(() => root(el).querySelector('[role="alert"] button'), 'the next page fails', { timeout: 5000 });
    const retry = root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    retry.focus();
    retry.click();
    await waitUntil(() => loaded(el) === items.length && !busy(el), 'the next page loads', { timeout: 5000 });
    await el.updateComplete;
    expect(activeRow(el)?.getAttribute('role'), 'focus is on a row, not dropped to the page').to.equal('row');
  });

  it('the timeline’s Show more that loads the last page hands focus to the timeline’s heading, not to the page', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const grantId = org.listEvents({}).items.find((event) => event.grantId)!.grantId!;
    const story = org.listEvents({ grantId, order: 'asc' }).items;
    expect(story.length, 'a story of a few steps').to.be.above(2);
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/events`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.has('cursor') ? { items: story.slice(2), nextCursor: null } : { items: story.slice(0, 2), nextCursor: 'page-2' },
        ),
      ),
    );
    const el = await log({ grant: grantId });
    await waitUntil(() => steps(el).length === 2, 'the first page of the story');
    const more = button(root(el), 'Show more');
    more.focus();
    more.click();
    await waitUntil(() => steps(el).length === story.length && !busy(el), 'the whole story', { timeout: 5000 });
    await el.updateComplete;
    expect(activeRow(el)?.id, 'focus is on the timeline’s heading').to.equal('timeline-heading');
  });

  it('a click on a button in a row above the focused one works the first time', async () => {
    await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const withGrant = rows(el).findIndex((row, index) => index > 0 && row.querySelector('[part~="grant-button"]'));
    expect(withGrant, 'a row with a grant to open').to.be.above(0);
    rows(el)[0].focus();
    for (let step = 0; step < withGrant + 2; step++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(Number(activeRow(el)?.getAttribute('aria-rowindex')), 'the focused row is below it').to.equal(withGrant + 4);

    const target = rows(el).find((row) => Number(row.getAttribute('aria-rowindex')) === withGrant + 2)!;
    const grantButton = target.querySelector<HTMLButtonElement>('[part~="grant-button"]')!;
    const grantId = /Show the timeline of (.+)$/.exec(nameOf(grantButton))![1];
    // The grant column is the last one: scroll the grid sideways to it, as a person would.
    grid(el).scrollLeft = grid(el).scrollWidth;
    await frames();
    const box = grantButton.getBoundingClientRect();
    expect(root(el).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === grantButton, 'the button is under the pointer').to.equal(true);
    // A real press: the button takes focus (and its row becomes the active one) between down and up.
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => el.getAttribute('grant') === grantId, 'the first click opens that grant’s timeline', { timeout: 3000 });
  });

  it('keyboard: arrows, Page Up/Down, Home and End move the focused row', async () => {
    await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const first = rows(el)[0];
    expect(first.tabIndex).to.equal(0);
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.have.length(1);
    first.focus();
    const index = () => Number(activeRow(el)?.getAttribute('aria-rowindex'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(index()).to.equal(3);
    const screen = Math.floor((grid(el).clientHeight - 40) / rowHeight(el));
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(index()).to.equal(3 + screen);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(index()).to.equal(2 + screen);
    await sendKeys({ press: 'End' });
    await waitUntil(() => index() === 101, 'End focuses the last loaded row');
    // End also loads the next page; End again reaches its last row.
    await waitUntil(() => loaded(el) === 200, 'End loads more');
    await sendKeys({ press: 'End' });
    await waitUntil(() => index() === 201, 'End reaches the new last row');
    // The focused row is visible in the scroll container.
    const box = activeRow(el)!.getBoundingClientRect();
    const view = grid(el).getBoundingClientRect();
    expect(box.top).to.be.at.least(view.top + 39);
    expect(box.bottom).to.be.at.most(view.bottom + 1);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(index()).to.equal(201 - screen);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(index()).to.equal(2);
    expect(grid(el).scrollTop).to.equal(0);
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.deep.equal([activeRow(el)]);
    // Arrow Right reaches the row's ticket link and grant button; Arrow Left goes back.
    await sendKeys({ press: 'ArrowRight' });
    expect(activeRow(el)?.localName).to.equal('a');
    await sendKeys({ press: 'ArrowRight' });
    expect(activeRow(el)?.getAttribute('part')).to.equal('grant-button');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(index()).to.equal(2);
    // Space on a row does not scroll the grid away from it.
    await sendKeys({ press: 'Space' });
    await frames();
    expect(index()).to.equal(2);
    expect(grid(el).scrollTop).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('leaves Enter on a row’s ticket link and Space on its grant button to them: the link is followed, the grant opens', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const followed: string[] = [];
    root(el).addEventListener('click', (event) => {
      const anchor = (event.target as Element).closest('a');
      if (anchor) {
        event.preventDefault();
        followed.push(text(anchor));
      }
    }, { capture: true });
    rows(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(activeRow(el)?.localName).to.equal('a');
    const ticket = text(activeRow(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(followed, 'Enter follows the link').to.deep.equal([ticket]);
    expect(el.grant ?? '', 'and opens no grant').to.equal('');
    await sendKeys({ press: 'ArrowRight' });
    expect(activeRow(el)?.getAttribute('part')).to.equal('grant-button');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => Boolean(el.grant), 'Space on the grant button opens the grant');
  });

  it('right to left, Arrow Left reaches the row’s link and button, which lie to its left, and Arrow Right goes back', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    // The six columns side by side (a narrower log puts the link above the button).
    el.style.inlineSize = '1100px';
    el.setAttribute('dir', 'rtl');
    await frames();
    rows(el)[0].focus();
    const x = () => activeRow(el)!.getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowLeft' });
    expect(activeRow(el)?.localName).to.equal('a');
    const link = x();
    await sendKeys({ press: 'ArrowLeft' });
    expect(activeRow(el)?.getAttribute('part')).to.equal('grant-button');
    expect(x(), 'further left').to.be.below(link);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(activeRow(el)?.getAttribute('role')).to.equal('row');
  });

  it('the focused row keeps its place and its content while the rows scroll far away and back', async () => {
    await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const viewport = grid(el);
    const focusedRow = rows(el)[3];
    focusedRow.focus();
    await el.updateComplete;
    const focused = cells(focusedRow);
    // A jump far down, then another: rows there show other events, the focused one still shows its own.
    const row = rowHeight(el);
    viewport.scrollTop = row * 30;
    await frames();
    await el.updateComplete;
    expect(activeRow(el) === focusedRow, 'focus stays on the row').to.equal(true);
    const before = new Set(rows(el));
    viewport.scrollTop = row * 60;
    await frames();
    await el.updateComplete;
    const far = rows(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.min(...far.filter((index) => index !== 5))).to.be.within(50, 62);
    expect(activeRow(el) === focusedRow, 'focus stays on the row').to.equal(true);
    expect(cells(focusedRow)).to.deep.equal(focused);
    expect(focusedRow.getAttribute('aria-rowindex')).to.equal('5');
    // The rows of the new place are the same elements with new content, which is what keeps a
    // jump through 100,000 events free of long tasks.
    expect(rows(el).filter((row) => !before.has(row))).to.have.length(0);
    expect(new Set(far).size).to.equal(far.length);
    // And back: still the same focused element, the one tab stop.
    viewport.scrollTop = 0;
    await frames();
    await el.updateComplete;
    expect(activeRow(el) === focusedRow, 'focus stays on the row').to.equal(true);
    expect(cells(focusedRow)).to.deep.equal(focused);
    expect(rows(el).filter((row) => row.tabIndex === 0).map((row) => row === focusedRow)).to.deep.equal([true]);
    expect(rows(el).map((row) => Number(row.getAttribute('aria-rowindex')))).to.deep.equal(
      [...rows(el)].map((_, index) => index + 2),
    );
    // A row further down, scrolled away past it and then back above it in one jump.
    viewport.scrollTop = row * 40;
    await frames();
    await el.updateComplete;
    const lower = rows(el).find((row) => row.getAttribute('aria-rowindex') === '47')!;
    lower.focus();
    await el.updateComplete;
    const lowerCells = cells(lower);
    for (const top of [row * 70, 0]) {
      viewport.scrollTop = top;
      await frames();
      await el.updateComplete;
      expect(activeRow(el)?.getAttribute('aria-rowindex'), `focus stays on the row at ${top}`).to.equal('47');
      expect(cells(activeRow(el)!)).to.deep.equal(lowerCells);
    }
  });
});

describe('<support-access-log>: CSV', () => {
  it('csvCell and toCsv quote, double quotes, neutralise formulas, and parse back', () => {
    const hostile = [
      'plain',
      'say "hi"',
      'a,b',
      'line\nbreak',
      'crlf\r\nbreak',
      'Bruno Díaz — 東京 ✓',
      "=cmd|' /C calc'!A0",
      '+1',
      '-1',
      '@x',
      '\tTab',
      '\rCR',
      '',
    ];
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('\rCR')).to.equal('"\'\rCR"');
    expect(csvCell(undefined)).to.equal('');
    const csv = toCsv([hostile, ['x', 'y']]);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const [parsed, second] = parseCsv(csv);
    expect(second).to.deep.equal(['x', 'y']);
    expect(parsed).to.have.length(hostile.length);
    parsed.forEach((value, index) => {
      const original = hostile[index];
      if (/^[=+\-@\t\r]/.test(original)) {
        expect(value.startsWith("'"), original).to.equal(true);
        expect(value.slice(1)).to.equal(original);
      } else expect(value).to.equal(original);
    });
  });

  it('names the file by what was exported: a From day alone, a grant, nothing', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const grantId = org.listEvents({ type: ['access.granted'] }).items[0].grantId!;
    for (const [options, name] of [
      [{ from: '2026-01-01' }, 'support-access-log_2026-01-01_now.csv'],
      [{ grant: grantId }, `support-access-log_${grantId}.csv`],
      [{}, 'support-access-log_all.csv'],
    ] as const) {
      const el = await log(options);
      const downloads = catchDownloads(el);
      await waitUntil(() => button(root(el), 'Export CSV').getAttribute('aria-disabled') !== 'true', 'ready to export');
      button(root(el), 'Export CSV').click();
      await waitUntil(() => downloads.length === 1, 'the file downloads');
      expect(downloads[0]).to.equal(name);
    }
  });

  it('exports what the filters select: every column, BOM, CRLF, a named file', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log({ types: 'support.action,support.login', from: '2026-01-01', to: '2026-01-31' });
    const downloads = catchDownloads(el);
    button(root(el), 'Export CSV').click();
    await waitUntil(() => downloads.length === 1, 'the file downloads');
    expect(downloads).to.deep.equal(['support-access-log_2026-01-01_2026-01-31.csv']);
    const exported = el.lastExport!;
    expect(exported.count).to.equal(4);
    const bytes = new Uint8Array(await exported.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const content = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...records] = parseCsv(content);
    expect(header).to.deep.equal(['time', 'type', 'actor', 'acting as', 'summary', 'ticket', 'grant']);
    const expected = org.listEvents({ type: ['support.action', 'support.login'], limit: 500 }).items;
    expect(records).to.deep.equal(
      expected.map((event) => [event.at, event.type, event.actor.displayName, event.actor.onBehalfOf?.displayName ?? '', event.summary, event.ticket ?? '', event.grantId ?? '']),
    );
    expect(records[0][4]).to.equal('Created workflow “Nightly geocoding”');
    await waitUntil(() => /Exported 4 events\./.test(text(root(el).querySelector('.visually-hidden[role="status"]'))), 'the export is announced');
  });

  // How long its longest task is, on this machine, is measured by `npm run bench`.
  it('exports all 100,000 busy events, every page once', async () => {
    const { org } = await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const downloads = catchDownloads(el);
    const start = performance.now();
    const announcer = root(el).querySelector('.visually-hidden[role="status"]')!;
    const announced: { at: number; text: string }[] = [];
    const said = new MutationObserver(() => announced.push({ at: performance.now(), text: text(announcer) }));
    said.observe(announcer, { childList: true, characterData: true, subtree: true });
    button(root(el), 'Export CSV').click();
    await el.updateComplete;
    // The progress shows at every page; it is not a live region, or a screen reader would read out 200 of them.
    const progress = root(el).querySelector('[part~="export"] p')!;
    expect(progress.closest('[role="status"], [aria-live]')).to.equal(null);
    await waitUntil(() => downloads.length === 1, 'the file downloads', { timeout: 18000, interval: 100 });
    const took = performance.now() - start;
    const exported = el.lastExport!;
    expect(exported.count).to.equal(100_000);
    const lines = (await exported.blob.text()).split('\r\n');
    expect(lines.pop()).to.equal('');
    expect(lines).to.have.length(100_001);
    const expected: string[] = [];
    let cursor: string | undefined;
    do {
      const page = org.listEvents({ limit: 500, ...(cursor ? { cursor } : {}) });
      for (const event of page.items) expected.push(`${event.at},${event.type}`);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(lines.slice(1).map((line) => line.split(',', 2).join(','))).to.deep.equal(expected);
    console.log(`[support-access-log] busy export: 100,000 events in ${Math.round(took)} ms`);
    // Read out: the first page's progress, then at most every 5 seconds, then the end.
    said.disconnect();
    const told = announced.filter((entry, index) => entry.text && entry.text !== announced[index - 1]?.text);
    expect(told[0].text).to.equal('Exported 500 events…');
    expect(told.at(-1)!.text).to.equal('Exported 100,000 events.');
    const progressTold = told.slice(0, -1);
    for (let index = 1; index < progressTold.length; index++) {
      expect(progressTold[index].at - progressTold[index - 1].at).to.be.at.least(4900);
    }
  });

  it('a failed export says so on screen, and Try again exports', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const downloads = catchDownloads(el);
    org.faults.inject('listEvents', { status: 500, times: 1 });
    button(root(el), 'Export CSV').click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the failure shows');
    expect(text(root(el).querySelector('[role="alert"] p'))).to.equal('The export failed. Could not load the audit log. Something unexpected went wrong.');
    expect(rows(el)).to.have.length(7);
    await expect(el).to.be.accessible();
    button(root(el), 'Try again').click();
    await waitUntil(() => downloads.length === 1, 'the file downloads');
    expect(el.lastExport?.count).to.equal(7);
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('keeps focus on the export through a failure and its Try again: on Try again, then on Export CSV', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const downloads = catchDownloads(el);
    org.faults.inject('listEvents', { status: 500, latency: 300, times: 1 });
    button(root(el), 'Export CSV').click();
    await el.updateComplete;
    button(root(el), 'Cancel export').focus();
    await waitUntil(() => text(root(el).activeElement) === 'Try again', 'the failure’s Try again takes focus from Cancel');

    org.faults.inject('listEvents', { latency: 300, times: 1 });
    button(root(el), 'Try again').click();
    await el.updateComplete;
    await waitUntil(() => downloads.length === 1, 'the file downloads');
    await waitUntil(() => text(root(el).activeElement) === 'Export CSV', 'focus ends on Export CSV, not the page');
  });

  it('Cancel stops a long export: no request after it, no download, progress gone', async () => {
    const { org } = await mockOrganization({ scenario: 'busy' });
    // Counted when the log starts them: the mock server records a request only once it arrives,
    // which on a busy machine can be after a Cancel that came later.
    const recording = recordingFetch();
    const started = () => recording.started.filter((request) => request.path.endsWith('/events')).map((request) => request.at);
    const el = await log({ client: createClient({ retries: 0, fetch: recording.fetch }) });
    let downloaded = false;
    root(el).addEventListener('click', (event) => {
      if ((event.target as Element).localName === 'a') {
        event.preventDefault();
        downloaded = true;
      }
    }, { capture: true });
    org.latency = 300;
    button(root(el), 'Export CSV').click();
    await waitUntil(() => /Exported 500 events…/.test(text(root(el).querySelector('[part~="export"] p'))), 'progress shows', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
    expect(button(root(el), 'Export CSV').getAttribute('aria-disabled'), 'no second export while one runs').to.equal('true');
    const pages = started().length;
    const cancelled = performance.now();
    button(root(el), 'Cancel export').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="export"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(pages, 'export pages asked for before Cancel').to.be.at.least(2);
    expect(started().filter((at) => at > cancelled), 'requests started after Cancel').to.deep.equal([]);
    expect(downloaded).to.equal(false);
    expect(el.lastExport).to.equal(undefined);
    expectFocus(root(el).activeElement, button(root(el), 'Export CSV'));
  });
});

describe('<support-access-log>: states', () => {
  it('loading', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('listEvents', { latency: 1500 });
    const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient()} locale="en-US"></support-access-log>`);
    await waitUntil(() => /Loading events…/.test(text(root(el).querySelector('[role="status"]'))), 'loading shows');
    await expect(el).to.be.accessible();
    org.faults.clear();
  });

  it('loading the shared state first: it says it loads events, as when its first page is on its way (not “support access”)', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('getState', { latency: 1500, times: 1 });
    const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient()} locale="en-US"></support-access-log>`);
    // The filters come with the state: without them, this is the state's loading view, not the first page's.
    expect(root(el).querySelector('[part~="filters"]'), 'no state yet').to.equal(null);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading events…');
  });

  it('moved while its first page loads, it loads again where it lands', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('listEvents', { latency: 800, times: 1 });
    const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient({ retries: 0 })} time-zone="UTC" locale="en-US"></support-access-log>`);
    await waitUntil(() => /Loading events…/.test(text(root(el).querySelector('[role="status"]'))), 'the first page is on its way');
    // A host moves it (a tab panel re-parented, a list re-sorted): its load is dropped with it.
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(el);
    await waitUntil(() => rows(el).length === 7, 'the rows show where it lands', { timeout: 8000 });
  });

  it('empty: no events yet', async () => {
    await mockOrganization({ scenario: 'empty' });
    const el = await log();
    expect(text(root(el).querySelector('[part~="base"]'))).to.contain('No events yet');
    expect(root(el).querySelector('[role="grid"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('empty after filtering, and Clear filters brings everything back', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log({ from: '2026-03-10', types: 'access.granted' });
    expect(text(root(el).querySelector('.empty p'))).to.equal('No events match these filters.');
    await expect(el).to.be.accessible();
    const clear = button(root(el).querySelector('.empty')!, 'Clear filters');
    clear.focus();
    clear.click();
    await el.updateComplete;
    expect(el.hasAttribute('from') || el.hasAttribute('types')).to.equal(false);
    await idle(el);
    expect(rows(el)).to.have.length(7);
    // The clicked button is gone; focus goes to the grid's row, not to the page.
    await waitUntil(() => activeRow(el) === rows(el)[0], 'the first row takes focus');
  });

  it('error: says what failed, and Try again loads', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('listEvents', { status: 500 });
    const errors: string[] = [];
    const el = await fixture<SupportAccessLog>(
      html`<support-access-log
        .client=${createClient({ retries: 0 })}
        locale="en-US"
        @sa-error=${(event: CustomEvent) => errors.push(event.detail.operation)}
      ></support-access-log>`,
    );
    await idle(el);
    expect(text(root(el).querySelector('[role="alert"] p'))).to.equal('Could not load the audit log. Something unexpected went wrong.');
    expect(errors).to.deep.equal(['listEvents']);
    await expect(el).to.be.accessible();
    org.faults.clear();
    const retry = button(root(el), 'Try again');
    retry.focus();
    retry.click();
    await idle(el);
    expect(rows(el)).to.have.length(7);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await waitUntil(() => activeRow(el) === rows(el)[0], 'the first row takes focus');
  });

  it('refused (404): says the address is wrong with no Try again the same request would meet, and loads afresh when connected again', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('listEvents', { status: 404 });
    const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient({ retries: 0 })} locale="en-US"></support-access-log>`);
    await idle(el);
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal(
      'Could not load the audit log. The server offers nothing at this address; the page may be set up wrong.',
    );
    expect([...root(el).querySelectorAll('[role="alert"] button')], 'no Try again').to.have.length(0);
    org.faults.clear();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => rows(el).length === 7, 'loads afresh once connected again', { timeout: 5000 });
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('no permission: says so and loads nothing', async () => {
    const { requests } = await mockOrganization({ scenario: 'viewer' });
    const el = await log();
    expect(text(root(el).querySelector('[part~="base"] > p'))).to.equal('You do not have permission to view the audit log.');
    expect(requests.filter((request) => request.operation === 'listEvents')).to.have.length(0);
    expect(root(el).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('unconfigured: says what is missing', async () => {
    const el = await fixture<SupportAccessLog>(html`<support-access-log locale="en-US"></support-access-log>`);
    expect(text(root(el).querySelector('.error'))).to.contain('set base-url or client on this element');
    await expect(el).to.be.accessible();
  });

  it('shows times in the time zone, relative to the server clock', async () => {
    await mockOrganization({ scenario: 'carto' });
    const el = await log();
    const newest = rows(el)[0].querySelector('time')!;
    // 2026-01-31T09:00Z, 38 days before NOW.
    expect(text(newest)).to.equal('Jan 31, 2026, 9:00 AM');
    expect(text(rows(el)[0].querySelector('.small'))).to.equal('38 days ago');
    expect(NOW).to.equal('2026-03-10T09:00:00.000Z');
  });
});

describe('<support-access-log>: refresh()', () => {
  it('asks for the events once, whether or not the state changed', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    // Through the host's own fetch: it sees every request, also one cancelled before the server answers.
    const recording = recordingFetch();
    const sent = recording.started;
    const el = await log({ client: createClient({ retries: 0, fetch: recording.fetch }) });
    const since = (from: number, path: string) => sent.slice(from).filter(({ path: started }) => started.endsWith(path));

    // A grant on the server changes the state the log depends on.
    org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    let from = sent.length;
    await el.refresh();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await idle(el);
    expect(since(from, '/support-access')).to.have.length(1);
    expect(since(from, '/events')).to.have.length(1);
    expect(cells(rows(el)[0])[1]).to.equal('Access granted');

    // Nothing changed: refresh() still loads the events again, once.
    from = sent.length;
    await el.refresh();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(since(from, '/events')).to.have.length(1);
  });

  it('keeps the loaded rows, the scroll position and the focused row; a failure shows above them', async () => {
    const { org } = await mockOrganization({ scenario: 'busy' });
    const el = await log();
    const viewport = grid(el);
    const focused = await focusIntoSecondPage(el);
    const scrollTop = viewport.scrollTop;
    const before = loaded(el);

    org.faults.inject('listEvents', { status: 500, times: 1 });
    await el.refresh();
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Could not load the audit log.');
    expect(loaded(el), 'the rows stay').to.equal(before);
    expect(viewport.scrollTop).to.equal(scrollTop);
    expect(activeRow(el)?.getAttribute('aria-rowindex'), 'and the focused row').to.equal(String(83 + 2));

    await el.refresh();
    await frames();
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]') === null, 'the failure goes').to.be.true;
    expect(loaded(el)).to.equal(before);
    expect(viewport.scrollTop).to.equal(scrollTop);
    expect(activeRow(el)?.getAttribute('aria-rowindex')).to.equal(String(83 + 2));
    expect(cells(activeRow(el)!)).to.deep.equal(focused);
  });
});

describe('<support-access-log>: beside the other elements under one provider', () => {
  const WAIT = { timeout: 8000 };
  const newest = (el: SupportAccessLog) => cells(rows(el)[0] ?? document.createElement('div'));

  async function besideLog(list: 'support-session-list' | 'access-request-list') {
    const provider = await fixture(
      html`<support-access-provider .client=${createClient({ retries: 0 })} locale="en-US">
        ${list === 'support-session-list' ? html`<support-session-list></support-session-list>` : html`<access-request-list></access-request-list>`}
        <support-access-log time-zone="UTC"></support-access-log>
      </support-access-provider>`,
    );
    return { list: provider.querySelector(list)!, log: provider.querySelector<SupportAccessLog>('support-access-log')! };
  }

  it('shows a session ended in the session list, though the state looks the same after it', async () => {
    const { org } = await mockOrganization({ scenario: 'cumulocity' });
    org.signInAs('u-ana');
    const { list, log: el } = await besideLog('support-session-list');
    await waitUntil(() => root(list).querySelector('[part~="session"]') && rows(el).length, 'loaded', WAIT);
    expect(newest(el)[1]).to.not.equal('Session ended');
    buttonMatching(list, /^End session/).click();
    await waitUntil(() => newest(el)[1] === 'Session ended', `the log shows it (newest: ${newest(el).join(' | ')})`, WAIT);
  });

  it('shows the first of two approvals, which changes nothing in the state', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    org.signInAs('u-ana');
    const { list, log: el } = await besideLog('access-request-list');
    const request = () =>
      [...root(list).querySelectorAll<HTMLElement>('[part~="pending"] [part~="request"]')].find((row) => text(row).includes('Churn model'));
    await waitUntil(() => request() && rows(el).length, 'loaded', WAIT);
    buttonMatching(request()!, /^Approve/).click();
    await waitUntil(() => /1 of 2/.test(text(request())), '1 of 2', WAIT);
    await waitUntil(() => newest(el).join(' ').includes('Ana Admin approved'), `the log shows it (newest: ${newest(el).join(' | ')})`, WAIT);
    expect(newest(el)[1]).to.equal('Request approved');
  });
});

describe('<support-access-log>: what review found', () => {
  const timelineOf = (row: Element) => [...row.querySelectorAll('button')].find((candidate) => nameOf(candidate).startsWith('Show the timeline of'))!;
  /** What the file holds, line by line, without its BOM and header. */
  const exported = async (el: SupportAccessLog) => (await el.lastExport!.blob.text()).replace(/^\uFEFF/, '').split('\r\n').slice(1, -1);

  describe('what support does while the log is open shows', () => {
    it('on refresh-interval', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-77' });
      const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient({ retries: 0 })} refresh-interval="300" time-zone="UTC" locale="en-US"></support-access-log>`);
      await idle(el);
      const before = rows(el).length;
      org.logIn();
      org.act({ summary: 'Opened report 4242' });
      await waitUntil(() => rows(el).length === before + 2, 'support’s login and action show', { timeout: 3000 });
      expect(cells(rows(el)[0]).join(' ')).to.contain('Opened report 4242');
    });

    it('when the tab is shown again', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-77' });
      const el = await log();
      const before = rows(el).length;
      org.logIn();
      org.act({ summary: 'Opened report 4242' });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => rows(el).length === before + 2, 'support’s login and action show', { timeout: 3000 });
    });
  });

  describe('a trip to a grant’s timeline does not forget a reload of the list', () => {
    it('that failed: back in the list, the newer events load', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      const el = await log();
      org.faults.inject('listEvents', { status: 500, times: 1 });
      org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the reload’s failure shows');
      timelineOf(rows(el)[0]).click();
      await idle(el);
      button(root(el), 'Back to all events').click();
      await waitUntil(() => rows(el).length === org.eventCount, `all ${org.eventCount} events show`, { timeout: 3000 });
    });

    it('still on its way: back in the list, the newer events load', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      const el = await log();
      org.faults.inject('listEvents', { latency: 600, times: 1 });
      org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => busy(el), 'the reload starts');
      timelineOf(rows(el)[0]).click();
      await idle(el);
      button(root(el), 'Back to all events').click();
      await waitUntil(() => rows(el).length === org.eventCount, `all ${org.eventCount} events show`, { timeout: 3000 });
    });
  });

  it('a long timeline read to its end keeps every step when a new event comes', async function () {
    this.timeout(30000);
    const { org } = await mockOrganization({ scenario: 'carto' });
    const grant = org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-9' });
    org.logIn();
    for (let index = 0; index < 650; index++) org.act({ summary: `Action ${index}` });
    const el = await log({ grant: grant.id });
    while (root(el).querySelector('[part~="more"]')) {
      root(el).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await idle(el, 'the next steps');
    }
    const before = steps(el).length;
    org.extend(grant.id, { duration: 'P1D' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => steps(el).length === before + 1, 'the new step joins the others', { timeout: 5000 });
    expect(text(steps(el)[before - 5]), 'the steps read so far stay').to.contain('Action 645');
  });

  describe('another organization', () => {
    it('the last one’s export stops: no progress, no file and no announcement on the new one’s screen', async () => {
      const { org } = await mockOrganization({ scenario: 'busy' });
      const el = await log();
      const downloads = catchDownloads(el);
      org.latency = 100;
      button(root(el), 'Export CSV').click();
      await waitUntil(() => /Exported/.test(text(root(el).querySelector('[part~="export"]'))), 'the export is under way', { timeout: 5000 });
      const other = anotherOrganization({ scenario: 'segment' });
      el.client = other.client;
      await el.updateComplete;
      await idle(el, 'the other organization loads');
      org.latency = 0;
      await aTimeout(1500);
      expect(root(el).querySelector('[part~="export"]'), 'its progress').to.equal(null);
      expect(downloads, 'its file').to.deep.equal([]);
      expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).not.to.contain('Exported');
    });

    it('the last one’s export failure goes, with its Try again', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      const el = await log();
      org.faults.inject('listEvents', { status: 500, times: 1 });
      button(root(el), 'Export CSV').click();
      await waitUntil(() => root(el).querySelector('.export-failure'), 'the export failure shows');
      el.client = anotherOrganization({ scenario: 'segment' }).client;
      await el.updateComplete;
      await idle(el, 'the other organization loads');
      expect(root(el).querySelector('.export-failure')).to.equal(null);
    });
  });

  describe('the file', () => {
    it('has its times in UTC, also from a server that writes them with an offset', async () => {
      await mockOrganization({ scenario: 'carto' });
      const withOffset = (iso: string) => new Date(Date.parse(iso) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
      const client = createClient({
        retries: 0,
        adapters: {
          listEvents: (json) => {
            for (const event of (json as { items: { at: string }[] }).items) event.at = withOffset(event.at);
            return json;
          },
        },
      });
      const el = await log({ client });
      const downloads = catchDownloads(el);
      button(root(el), 'Export CSV').click();
      await waitUntil(() => downloads.length === 1, 'the file downloads');
      const times = (await exported(el)).map((line) => line.split(',')[0]);
      expect(times).not.to.be.empty;
      for (const time of times) expect(time).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('names the system as the server does, not in the page’s language', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      const undo = registerTranslations('fr', { 'log.actor.system': 'Système' });
      try {
        const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${createClient({ retries: 0 })} time-zone="UTC" locale="fr"></support-access-log>`);
        await idle(el);
        const downloads = catchDownloads(el);
        root(el).querySelector<HTMLButtonElement>('[part~="export-button"]')!.click();
        await waitUntil(() => downloads.length === 1, 'the file downloads');
        const expired = (await exported(el)).find((line) => line.includes('access.expired'))!;
        expect(expired.split(',')[2]).to.equal(org.listEvents({ type: ['access.expired'] }).items[0].actor.displayName);
      } finally {
        undo();
      }
    });

    it('is named for no range when the linked From is not a day the filter applied', async () => {
      await mockOrganization({ scenario: 'carto' });
      const el = await log({ from: '2026-3-1' });
      const downloads = catchDownloads(el);
      button(root(el), 'Export CSV').click();
      await waitUntil(() => downloads.length === 1, 'the file downloads');
      expect(downloads[0]).to.equal('support-access-log_all.csv');
      expect(el.lastExport!.count, 'it holds every event').to.equal(rows(el).length);
    });
  });

  describe('servers that page differently', () => {
    it('an empty last page marked with "" rather than null is an error that names nextCursor, not a promise of more', async () => {
      await mockOrganization({ scenario: 'carto' });
      const client = createClient({
        retries: 0,
        adapters: {
          listEvents: (json) => {
            (json as { nextCursor: string | null }).nextCursor ??= '';
            return json;
          },
        },
      });
      const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${client} time-zone="UTC" locale="en-US"></support-access-log>`);
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the failure shows');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('nextCursor');
    });

    it('an empty first page with a cursor is read past before anything is announced', async () => {
      const { org } = await mockOrganization({ scenario: 'carto' });
      const count = org.eventCount;
      const client = createClient({
        retries: 0,
        adapters: {
          // The first chunk the server scanned holds none of the type; the next one does.
          listEvents: (json, { response }) => (new URL(response.url).searchParams.has('cursor') ? json : { items: [], nextCursor: `e${count}` }),
        },
      });
      const el = await fixture<SupportAccessLog>(html`<support-access-log .client=${client} time-zone="UTC" locale="en-US" types="support.action"></support-access-log>`);
      const region = () => root(el).querySelector('.visually-hidden[role="status"]');
      await waitUntil(() => region(), 'the live region');
      const said: string[] = [];
      new MutationObserver(() => said.push(text(region()))).observe(region()!, { childList: true, characterData: true, subtree: true });
      await waitUntil(() => rows(el).length > 0, 'the rows show', { timeout: 5000 });
      await idle(el);
      expect(said.filter(Boolean)).not.to.include('No events match these filters.');
      expect(text(root(el))).not.to.contain('No events match these filters.');
    });
  });
});

describe('<support-access-log>: a refresh that changed nothing', () => {
  // The state refreshed (the tab shown again, refresh-interval), or the host's refresh().
  const refreshes: [string, (el: SupportAccessLog) => unknown][] = [
    ['a refresh of the state', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['refresh()', (el) => el.refresh()],
  ];
  for (const [name, refresh] of refreshes) {
    it(`${name}: does not undo a timeline’s Show more on its way`, async function () {
      this.timeout(30000);
      const { org } = await mockOrganization({ scenario: 'carto' });
      const grant = org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-9' });
      org.logIn();
      for (let index = 0; index < 250; index++) org.act({ summary: `Action ${index}` });
      const el = await log({ grant: grant.id });
      expect(steps(el)).to.have.length(100);
      org.faults.inject('listEvents', { latency: 800, times: 1 });
      button(root(el), 'Show more').click();
      await aTimeout(100);
      await refresh(el);
      await aTimeout(1500);
      await idle(el, 'all settles');
      expect(steps(el), 'the steps Show more asked for').to.have.length(200);
    });

    it(`${name}: asks for a page loading as the person scrolls once, not again`, async function () {
      this.timeout(30000);
      const { org } = await mockOrganization({ scenario: 'busy' });
      const { fetch, started } = recordingFetch();
      const el = await log({ client: createClient({ retries: 0, fetch }) });
      org.faults.inject('listEvents', { latency: 800, times: 1 });
      grid(el).scrollTop = rowHeight(el) * 80;
      await frames();
      await waitUntil(() => started.some((request) => request.path.endsWith('/events') && request.url.searchParams.has('cursor')), 'the next page is asked for');
      await refresh(el);
      await aTimeout(1500);
      await idle(el, 'all settles');
      const pages = started.filter((request) => request.path.endsWith('/events')).map((request) => request.url.searchParams.get('cursor') ?? 'first');
      expect(pages.filter((cursor) => cursor === pages[1]), `the next page, in ${JSON.stringify(pages)}`).to.have.length(1);
    });
  }

  it('back from a timeline opened while the next page loaded, asks for no newer events (none can be missing)', async function () {
    this.timeout(30000);
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true, ticket: 'SUP-9' });
    org.logIn();
    for (let index = 0; index < 250; index++) org.act({ summary: `Action ${index}` });
    const { fetch, started } = recordingFetch();
    const el = await log({ client: createClient({ retries: 0, fetch }) });
    org.latency = 500;
    grid(el).scrollTop = rowHeight(el) * 80;
    await frames();
    await waitUntil(() => busy(el), 'the next page loads');
    [...root(el).querySelectorAll<HTMLButtonElement>('[role="row"] button')].find((candidate) => nameOf(candidate).startsWith('Show the timeline of'))!.click();
    await idle(el, 'the timeline');
    org.latency = 0;
    const count = started.length;
    button(root(el), 'Back to all events').click();
    await aTimeout(300);
    await idle(el, 'back');
    const after = started.slice(count).map((request) => `${request.path.split('/').pop()}?${request.url.searchParams}`);
    expect(after.filter((request) => !request.includes('cursor=')), 'requests without a cursor on the way back').to.deep.equal([]);
  });

  it('keeps focus on a failed page’s Try again', async function () {
    this.timeout(30000);
    const { org } = await mockOrganization({ scenario: 'busy' });
    const el = await log();
    org.faults.inject('listEvents', { status: 500, times: 1 });
    grid(el).scrollTop = rowHeight(el) * 80;
    await frames();
    await waitUntil(() => root(el).querySelector('.failure button'), 'the next page fails', { timeout: 5000 });
    await el.updateComplete;
    const retry = root(el).querySelector<HTMLButtonElement>('.failure button')!;
    retry.focus();
    document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(1000);
    await idle(el, 'settles');
    expect(root(el).activeElement).to.equal(retry);
  });
});

describe('<support-access-log>: the file keeps a UTC time as the server wrote it', () => {
  it('to the microsecond', async () => {
    await mockOrganization({ scenario: 'carto' });
    const sent: string[] = [];
    const client = createClient({
      retries: 0,
      adapters: {
        listEvents: (json) => {
          for (const event of (json as { items: { at: string }[] }).items) sent.push((event.at = event.at.replace(/\.(\d{3})Z$/, '.$1417Z')));
          return json;
        },
      },
    });
    const el = await log({ client });
    const downloads = catchDownloads(el);
    button(root(el), 'Export CSV').click();
    await waitUntil(() => downloads.length === 1, 'the file downloads');
    const lines = (await el.lastExport!.blob.text()).replace(/^\uFEFF/, '').split('\r\n').slice(1, 4);
    expect(lines.map((line) => line.split(',')[0])).to.deep.equal(sent.slice(0, 3));
  });
});

