/**
 * A tiny HTTP server for tests that need a page of their own: it serves a page with a strict
 * Content-Security-Policy, the elements bundled from source with esbuild, and the contract answered
 * by ONE mock organization over real HTTP (MSW's handlers through `getResponse`), so several
 * browser contexts share the same organization like admins sharing one backend.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getResponse } from 'msw';
import { handlers, type MockOrganization } from '../../src/mocks/index.js';
import type { OperationId } from '../../src/contract/index.js';

/**
 * What the page allows: its own scripts and styles only, and DOM sinks only through Trusted Types
 * from the `lit-html` policy (Lit's own, which it uses to turn its templates into HTML). Nothing is
 * loosened for Lit: it styles shadow roots with constructable stylesheets (`adoptedStyleSheets`),
 * which `style-src` does not restrict, and sets dynamic styles through the CSSOM, which is allowed.
 * The page needs no service worker: the mock answers over HTTP from this server (a host that runs
 * MSW in the browser is covered too, since `default-src 'self'` lets a same-origin worker load).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const ENTRY = fileURLToPath(new URL('./page.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
let bundle: Promise<string> | undefined;

/** The page's script: every element, bundled from the package's source as a host's bundler would. */
function script(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: TSCONFIG,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export interface SeenRequest {
  operation: OperationId;
  method: string;
  path: string;
  status?: number;
}

export interface TestServer {
  url: string;
  /** Every request the mock organization answered, with its status. */
  requests: SeenRequest[];
  /** Serves another organization from now on. */
  use(org: MockOrganization): void;
  close(): Promise<void>;
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Starts the server on `port` with `org`; `page` is the body of the one HTML page, at `/`. */
export async function startServer(options: { port: number; org: MockOrganization; page: string }): Promise<TestServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const requests: SeenRequest[] = [];
  let current: ReturnType<typeof handlers> = [];
  const use = (org: MockOrganization) => {
    current = handlers(org, {
      baseUrl: `${origin}/api/support-access`,
      onRequest: ({ operation, request }) => requests.push({ operation, method: request.method, path: new URL(request.url).pathname }),
    });
  };
  use(options.org);

  const server: Server = createServer(async (incoming, outgoing) => {
    try {
      const url = new URL(incoming.url ?? '/', origin);
      if (url.pathname === '/' && incoming.method === 'GET') {
        outgoing.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
        outgoing.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Support access</title>
    <script type="module" src="/app.js"></script>
  </head>
  <body>
${options.page}
  </body>
</html>`);
        return;
      }
      if (url.pathname === '/app.js') {
        outgoing.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        outgoing.end(await script());
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        const payload = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await body(incoming);
        const request = new Request(url, {
          method: incoming.method,
          headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
            value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item) => [name, item] as [string, string]),
          ),
          body: payload && payload.length ? new Uint8Array(payload) : undefined,
        });
        const seen = requests.length;
        const response = await getResponse(current, request);
        if (!response) {
          outgoing.writeHead(404).end();
          return;
        }
        if (requests[seen]) requests[seen].status = response.status;
        const headers = Object.fromEntries(response.headers);
        outgoing.writeHead(response.status, headers);
        outgoing.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      outgoing.writeHead(404).end();
    } catch (error) {
      outgoing.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `${origin}/`,
    requests,
    use,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
