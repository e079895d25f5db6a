/**
 * Hostile text a server might send (or pass on from an attacker), and an organization in which every
 * field a server provides carries it.
 */
import { MockClock, MockOrganization, POLICIES, type MockUser } from '../../src/mocks/index.js';

/** What a payload sets if it ever runs. */
export const TRAP = '__pwned';
const run = `window.${TRAP}=1`;

export const LONG_WORD = 'Supercalifragilistic'.repeat(30);
export const LONG_URL = `https://support.example.com/${'segment/'.repeat(60)}end`;

/** At least fifty strings, each placed verbatim into every server-provided field. */
export const HOSTILE: readonly string[] = [
  // Markup and event handlers.
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<svg onload="${run}"></svg>`,
  `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
  `"><img src=x onerror=${run}>`,
  `' onmouseover='${run}' autofocus onfocus='${run}' x='`,
  `" onfocus="${run}" autofocus="`,
  `<a href="javascript:${run}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<style>*{display:none!important}</style>`,
  `</textarea><script>${run}</script>`,
  `</style></template><script>${run}</script>`,
  `<!--`,
  `<![CDATA[x]]>`,
  `<b>bold</b> &amp; &lt;b&gt; &#60;script&#62;`,
  `<details open ontoggle="${run}">`,
  `<input autofocus onfocus="${run}">`,
  `<object data="data:text/html,<script>${run}</script>"></object>`,
  `<base href="https://evil.example/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  // URLs that run code.
  `javascript:${run}`,
  ` JaVaScRiPt:${run}`.trim(),
  `java\tscript:${run}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
  `vbscript:msgbox(1)`,
  // Text that looks like a template.
  `\${${run}}`,
  `{{constructor.constructor('${run}')()}}`,
  `{name} {date} {count} {duration}`,
  `%s %d %o %c`,
  `#{${run}}`,
  `<%= ${run} %>`,
  // Spreadsheet formulas.
  `=HYPERLINK("https://evil.example","open")`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  // Bidi overrides, isolates and invisible characters.
  `\u202Egnp.exe\u202C invoice`,
  `\u2066admin\u2069 \u2067root\u2069 \u2068x\u2069`,
  `a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f`,
  `\u061C\u200E\u200Fmarks`,
  // Right-to-left text.
  'مرحبا بالعالم (دعم)',
  'שלום עולם - תמיכה',
  'English then עברית then العربية mixed',
  // Emoji, combining characters, other scripts.
  '👩‍👩‍👧‍👦 🇺🇦 🏳️‍🌈 👍🏽',
  'Z̴̡̢͓̈́a̷̗̓l̶̝͝g̵̱̈ȯ̸̰ text',
  '日本語のサポート担当者',
  'Ελληνικά Русский ქართული',
  // Very long words and values.
  LONG_WORD,
  LONG_URL,
  `${'very.long.email.address.'.repeat(12)}@example.com`,
  'x'.repeat(2000),
  // Odd but harmless text.
  "'; DROP TABLE users; --",
  '__proto__',
  'constructor',
  'line one\nline two\r\nline three',
  'non\u00A0breaking\u2007spaces\u202Finside',
  '\uD83D lone surrogate',
];

/**
 * An organization in which every text the server sends (user names and emails, the support
 * account, the engineer and their email on requests, the grant's reason, ticket and access level, asset types, requests'
 * reasons, tickets and notes, audit summaries) is `text`.
 */
export function hostileOrganization(text: string, now: string): MockOrganization {
  const users: MockUser[] = [
    { id: 'u-ana', displayName: text, email: text, role: 'admin' },
    { id: 'u-bruno', displayName: text, email: text, role: 'admin' },
  ];
  const start = Date.parse(now);
  const org = new MockOrganization(
    {
      name: text,
      users,
      currentUserId: 'u-ana',
      policy: { ...POLICIES.segment, requireReason: true, requireTicket: true, maxTotalDuration: undefined, accessLevels: ['read-only', text] },
      supportAccount: { id: 'support', displayName: text, email: text, mfa: true },
      engineer: { id: 'eng', displayName: text, email: text },
    },
    new MockClock({ start: start - 3 * 86_400_000, frozen: true }),
  );
  const rejected = org.requestAccess({ reason: text, ticket: text, kind: 'maintainer' });
  org.signInAs('u-bruno');
  org.rejectRequest(rejected.id, { note: text });
  org.requestAccess({ reason: text, ticket: text });
  org.clock.set(start - 86_400_000);
  org.signInAs('u-ana');
  org.grant({ duration: 'P3D', accessLevel: text, reason: text, ticket: text, confirmed: true });
  org.logIn({ asUserId: 'u-bruno' });
  org.act({ summary: text, assetType: text });
  org.clock.set(start);
  return org;
}
