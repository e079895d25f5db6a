import { Buffer } from 'node:buffer';

/**
 * A backend that answers conditional GETs the way most web frameworks do by default (Express's
 * `res.send()`, say): a GET whose `If-None-Match` equals the answer's `ETag` gets `304 Not Modified`.
 * The state's `ETag` covers only what a change depends on, so the body can change under the same
 * `ETag`. Real HTTP, past the mock service worker (which lets requests it has no handler for
 * through). A test `PUT`s the body to `/http-cache-body`, then reads it with a client whose base URL is `/http-cache`.
 */
export function httpCacheMiddleware() {
  let body = '{}';
  return async function httpCache(context, next) {
    // The body is set at a URL of its own: a PUT to the state's URL would clear the browser's copy.
    if (context.path === '/http-cache-body' && context.method === 'PUT') {
      const chunks = [];
      for await (const chunk of context.req) chunks.push(chunk);
      body = Buffer.concat(chunks).toString('utf8');
      context.status = 204;
      return undefined;
    }
    if (context.path !== '/http-cache') return next();
    context.set('ETag', '"same"');
    if (context.get('If-None-Match') === '"same"') {
      context.status = 304;
      return undefined;
    }
    context.type = 'application/json';
    context.body = body;
    return undefined;
  };
}
