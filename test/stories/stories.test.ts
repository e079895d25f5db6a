/**
 * Every story of every story module, rendered in Chromium against its own MSW handlers, in four
 * modes: as is, dark, right-to-left, in a pseudo-locale and in German. Each must settle (or, for a loading
 * story, show that it is loading) without a console error or warning, without an uncaught error,
 * and clean under axe. Under the pseudo-locale, every piece of text the elements show must have
 * come through the catalog, from the server, or from Intl.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { en, registerTranslations, type MessageKey } from '../../src/i18n/index.js';
import { de } from '../../src/i18n/locales/de.js';
import { DEFAULT_BASE_URL } from '../../src/mocks/index.js';
import * as accessRequestList from '../../stories/access-request-list.stories.js';
import * as hostThemes from '../../stories/host-themes.stories.js';
import { ELEMENT_TAGS, STORY_MODULES } from '../../stories/index.js';
import { PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN, pseudoCatalog } from '../../stories/pseudo-locale.js';
import * as revokeAccessDialog from '../../stories/revoke-access-dialog.stories.js';
import * as supportAccessLog from '../../stories/support-access-log.stories.js';
import * as supportAccessPanel from '../../stories/support-access-panel.stories.js';
import * as supportAccessProvider from '../../stories/support-access-provider.stories.js';
import * as supportAccessSettings from '../../stories/support-access-settings.stories.js';
import * as supportSessionList from '../../stories/support-session-list.stories.js';
import * as supportUserBadge from '../../stories/support-user-badge.stories.js';
import { TIME_ZONE } from '../../stories/support.js';
import { installHostThemes } from '../../stories/themes.js';
import { worker } from '../helpers/mock-api.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();

const modules: Record<string, Record<string, unknown>> = {
  'access-request-list': accessRequestList,
  'host-themes': hostThemes,
  'revoke-access-dialog': revokeAccessDialog,
  'support-access-log': supportAccessLog,
  'support-access-panel': supportAccessPanel,
  'support-access-provider': supportAccessProvider,
  'support-access-settings': supportAccessSettings,
  'support-session-list': supportSessionList,
  'support-user-badge': supportUserBadge,
};

const OUR_TAGS = new Set<string>(ELEMENT_TAGS);

type Mode = 'default' | 'dark' | 'rtl' | 'pseudo' | 'de';
// German as well: its longer words and its own accessible names (a name must hold the visible words).
const MODES: Mode[] = ['default', 'dark', 'rtl', 'pseudo', 'de'];

type Args = Record<string, unknown>;
type Context = { args: Args; globals: Record<string, string>; parameters: Record<string, any>; id: string; name: string };
type Render = (args: Args, context: Context) => TemplateResult;
type Decorator = (story: () => TemplateResult, context: Context) => TemplateResult;
interface Annotations {
  args?: Args;
  parameters?: Record<string, any>;
  render?: Render;
  decorators?: Decorator[];
  title?: string;
}

/** A story as Storybook composes it: the meta's annotations under the story's own. */
interface ComposedStory {
  module: string;
  title: string;
  name: string;
  args: Args;
  parameters: Record<string, any>;
  render?: Render;
  decorators: Decorator[];
}

function compose(module: string, exports: Record<string, unknown>): { stories: ComposedStory[]; problems: string[] } {
  const meta = (exports.default ?? {}) as Annotations;
  const problems: string[] = [];
  if (!exports.default) problems.push(`${module}: no default export (the meta)`);
  const title = meta.title ?? module;
  const stories = Object.entries(exports)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .map(([name, value]) => {
      const story = (value ?? {}) as Annotations;
      return {
        module,
        title,
        name,
        args: { ...meta.args, ...story.args },
        parameters: { ...meta.parameters, ...story.parameters },
        render: story.render ?? meta.render,
        decorators: [...(story.decorators ?? []), ...(meta.decorators ?? [])],
      };
    });
  if (!stories.length) problems.push(`${module}: exports no story`);
  for (const story of stories) if (!story.render) problems.push(`${title} › ${story.name}: has no render function`);
  return { stories, problems };
}

// ---------------------------------------------------------------------------------------------
// The mock server: the story's handlers in the page's worker, what is in flight, what it said.

const API = new URL(DEFAULT_BASE_URL, location.href).pathname;
/** The requests to the contract the page has sent and not yet had an answer to, and the answers' bodies. */
let inFlight = new Set<Promise<unknown>>();
let answers: Promise<unknown>[] = [];
let workerStarted: Promise<unknown> | undefined;

/**
 * Counts the page's requests to the contract from the moment they are sent (the elements' client
 * calls the global fetch), and keeps what the server answered.
 */
function watchFetch() {
  const original = globalThis.fetch;
  globalThis.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const response = original.call(this, input, init);
    if (!url.pathname.startsWith(API)) return response;
    const pending = inFlight;
    const answered = answers;
    const watched = response.then((received) => {
      answered.push(received.clone().json().catch(() => undefined));
      return received;
    });
    const done: Promise<unknown> = watched.then(
      () => pending.delete(done),
      () => pending.delete(done),
    );
    pending.add(done);
    return watched;
  } as typeof fetch;
}

async function installHandlers(story: ComposedStory) {
  workerStarted ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  await workerStarted;
  const msw = story.parameters.msw;
  const handlers = !msw ? [] : Array.isArray(msw) ? msw : Array.isArray(msw.handlers) ? msw.handlers : Object.values(msw.handlers ?? {}).flat();
  // Requests of the story before (one that never answers, say) no longer count.
  inFlight = new Set();
  answers = [];
  worker.resetHandlers(...handlers);
}

// ---------------------------------------------------------------------------------------------
// The rendered elements

/** Our elements anywhere below `root`, inside shadow roots too. */
function ourElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll<HTMLElement>('*')) {
      if (OUR_TAGS.has(element.localName)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

async function updated(root: ParentNode) {
  for (let round = 0; round < 3; round++) {
    await Promise.all(ourElements(root).map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Every piece of text our elements show or announce: text nodes and labelling attributes of their shadow trees. */
function shownText(root: ParentNode): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const host of ourElements(root)) {
    const shadow = host.shadowRoot;
    if (!shadow) continue;
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement;
        if (parent && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
        if (node.data.trim()) found.push({ where: `<${host.localName}> ${parent ? `<${parent.localName}>` : ''} text`, text: node.data });
      } else if (node instanceof Element) {
        for (const name of ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value?.trim()) found.push({ where: `<${host.localName}> <${node.localName} ${name}>`, text: value });
        }
      }
    }
  }
  return found;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The loading messages of the catalog, in the locale shown. */
function loadingMessages(catalog: Record<string, string>): string[] {
  return (Object.keys(en) as MessageKey[]).filter((key) => /\.loading(State)?$/.test(key)).map((key) => words(catalog[key]));
}

function visibleLoading(root: ParentNode, catalog: Record<string, string>): string[] {
  const loading = loadingMessages(catalog);
  return shownText(root)
    .map(({ text }) => words(text))
    .filter((text) => loading.includes(text));
}

// ---------------------------------------------------------------------------------------------
// The pseudo-locale check

const pseudo = pseudoCatalog(en);
const INTL_OPEN = '‹';
const INTL_CLOSE = '›';

/**
 * Marks everything Intl formats, so the check can tell a date or a count from untranslated words.
 * A list keeps its items unmarked (they are the caller's text) and marks only Intl's own words.
 */
function markIntl(): () => void {
  const restores: (() => void)[] = [];
  const mark = (text: string) => `${INTL_OPEN}${text}${INTL_CLOSE}`;
  const getter = (prototype: object) => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'format')!;
    Object.defineProperty(prototype, 'format', {
      ...descriptor,
      get(this: unknown) {
        const format = descriptor.get!.call(this) as (value: unknown) => string;
        return (value: unknown) => mark(format(value));
      },
    });
    restores.push(() => Object.defineProperty(prototype, 'format', descriptor));
  };
  const method = (prototype: any, replace: (original: (...values: unknown[]) => string) => (...values: unknown[]) => string) => {
    const original = prototype.format;
    prototype.format = replace(original);
    restores.push(() => (prototype.format = original));
  };
  getter(Intl.NumberFormat.prototype);
  getter(Intl.DateTimeFormat.prototype);
  method(Intl.RelativeTimeFormat.prototype, (original) =>
    function (this: unknown, ...values: unknown[]) {
      return mark(original.apply(this, values));
    },
  );
  const DurationFormat = (Intl as any).DurationFormat;
  if (DurationFormat) {
    method(DurationFormat.prototype, (original) =>
      function (this: unknown, ...values: unknown[]) {
        return mark(original.apply(this, values));
      },
    );
  }
  method(Intl.ListFormat.prototype, () =>
    function (this: Intl.ListFormat, list: unknown) {
      return this.formatToParts(list as string[])
        .map((part) => (part.type === 'literal' ? mark(part.value) : part.value))
        .join('');
    },
  );
  return () => restores.reverse().forEach((restore) => restore());
}

/** Fields whose values are codes, times or durations: shown raw, they would be a bug, so they do not count as text. */
const CODE_FIELDS = new Set([
  'status', 'type', 'kind', 'code', 'mode', 'extension', 'whoCanEnable', 'accessLevel', 'accessLevels', 'durations',
  'defaultDuration', 'maxTotalDuration', 'extensionStep', 'expiryWarning', 'unavailableReason', 'assetType', 'role',
  'serverTime', 'nextCursor', 'duration', 'by',
]);
const isCode = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) || /^P(\d|T\d)/.test(value);

/** The strings the server sent: names, summaries, reasons, tickets, ids, problem titles. */
function serverStrings(values: unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (value.trim() && !(key && CODE_FIELDS.has(key)) && !isCode(value) && !(key?.endsWith('At') ?? false)) found.add(value.trim());
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, name);
    }
  };
  values.forEach((value) => visit(value));
  return [...found].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is left of a text once the catalog's, Intl's and the server's parts are taken out. */
function untranslated(text: string, fromServer: string[]): string {
  let rest = text
    .replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu'), ' ')
    .replace(new RegExp(`${INTL_OPEN}[^${INTL_OPEN}${INTL_CLOSE}]*${INTL_CLOSE}`, 'gu'), ' ');
  for (const value of fromServer) {
    if (!rest.includes(value)) continue;
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  }
  return /[\p{L}\p{N}]/u.test(rest) ? words(rest) : '';
}

/** The text our elements show that came neither through the catalog, nor from the server or the host, nor from Intl. */
async function leaks(container: HTMLElement, story: ComposedStory) {
  // The server's strings, and the host's own: the time zone it set, the names in its member list.
  const fromServer = serverStrings([...(await Promise.all(answers)), story.args, TIME_ZONE]);
  return shownText(container)
    .map(({ where, text }) => ({ where, text: words(text), rest: untranslated(text, fromServer) }))
    .filter(({ rest }) => rest);
}

// ---------------------------------------------------------------------------------------------

function renderStory(story: ComposedStory, args: Args): TemplateResult {
  const context: Context = { args, globals: {}, parameters: story.parameters, id: `${story.title}--${story.name}`, name: story.name };
  let current = () => story.render!(args, context);
  for (const decorator of story.decorators) {
    const inner = current;
    current = () => decorator(inner, context);
  }
  return current();
}

describe('stories', () => {
  const consoleCalls: string[] = [];
  const originalConsole = { error: console.error, warn: console.warn };

  before(() => {
    installHostThemes();
    registerTranslations(PSEUDO_LOCALE, pseudo);
    watchFetch();
  });

  beforeEach(() => {
    consoleCalls.length = 0;
    console.error = (...values: unknown[]) => {
      consoleCalls.push(`console.error: ${values.map(String).join(' ')}`);
      originalConsole.error.apply(console, values);
    };
    console.warn = (...values: unknown[]) => {
      consoleCalls.push(`console.warn: ${values.map(String).join(' ')}`);
      originalConsole.warn.apply(console, values);
    };
  });

  afterEach(async () => {
    console.error = originalConsole.error;
    console.warn = originalConsole.warn;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('covers every story module', () => {
    expect(Object.keys(modules).sort()).to.deep.equal([...STORY_MODULES].sort());
  });

  it('the pseudo-locale check finds text that did not come through the catalog', async () => {
    // One message of the pseudo-locale left in plain English, as if the element had hard-coded it.
    const restore = registerTranslations(PSEUDO_LOCALE, { 'panel.off.heading': en['panel.off.heading'] });
    const restoreIntl = markIntl();
    try {
      const [story] = compose('support-access-panel', { default: supportAccessPanel.default, Carto: supportAccessPanel.Carto }).stories;
      await installHandlers(story);
      const container = await fixture<HTMLElement>(html`<div>${renderStory(story, { ...story.args, locale: PSEUDO_LOCALE })}</div>`);
      await waitUntil(() => shownText(container).some(({ text }) => words(text) === en['panel.off.heading']), 'the panel shows its state', {
        timeout: 10_000,
      });
      expect((await leaks(container, story)).map(({ rest }) => rest)).to.deep.equal([en['panel.off.heading']]);
    } finally {
      restoreIntl();
      restore();
    }
  });

  for (const module of STORY_MODULES) {
    const { stories, problems } = compose(module, modules[module] ?? {});
    it(`${module}: every export is a story with a render function`, () => {
      expect(problems).to.deep.equal([]);
    });

    for (const story of stories) {
      if (!story.render) continue;
      describe(`${story.title} › ${story.name}`, () => {
        for (const mode of MODES) {
          it(mode, async function () {
            this.timeout(30_000);
            const args = { ...story.args, ...(mode === 'pseudo' ? { locale: PSEUDO_LOCALE } : mode === 'de' ? { locale: 'de' } : {}) };
            const catalog: Record<string, string> = mode === 'pseudo' ? pseudo : mode === 'de' ? de : en;
            await installHandlers(story);
            if (mode === 'dark') await emulateMedia({ colorScheme: 'dark' });
            const restoreIntl = mode === 'pseudo' ? markIntl() : () => {};
            try {
              const container = await fixture<HTMLElement>(
                html`<div class="sa-host" dir=${mode === 'rtl' ? 'rtl' : 'ltr'} data-scheme=${mode === 'dark' ? 'dark' : 'light'}>
                  ${renderStory(story, args)}
                </div>`,
              );
              expect(ourElements(container), 'the story renders our elements').to.not.be.empty;

              if (story.parameters.settles === false) {
                await waitUntil(() => visibleLoading(container, catalog).length > 0, 'the story shows that it is loading', { timeout: 5000 });
              } else {
                // Settled: every request answered for a while, and no element says it is loading.
                let quietSince: number | undefined;
                await waitUntil(
                  () => {
                    if (inFlight.size || visibleLoading(container, catalog).length) return (quietSince = undefined), false;
                    quietSince ??= performance.now();
                    return performance.now() - quietSince >= 150;
                  },
                  'the story settles: every request answered, nothing loading',
                  { timeout: 10_000, interval: 20 },
                );
              }
              await updated(container);

              if (mode === 'pseudo') expect(await leaks(container, story), 'text that did not come through the catalog').to.deep.equal([]);

              // A story may name the axe rules that cannot apply to it, as Storybook's a11y parameter does.
              const ignoredRules = (story.parameters.a11y?.config?.rules ?? [])
                .filter((rule: { id: string; enabled?: boolean }) => rule.enabled === false)
                .map((rule: { id: string }) => rule.id);
              await expect(container).to.be.accessible({ ignoredRules });
              expect(consoleCalls).to.deep.equal([]);
            } finally {
              restoreIntl();
            }
          });
        }
      });
    }
  }
});
