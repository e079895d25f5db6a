import type * as z from 'zod/mini';

/**
 * A value shaped like what `schema` accepts: the first choice of each enum, one element per array.
 * Checking it once while the request is still out makes the real answer's check several times
 * faster (zod builds its caches, the browser compiles the code that runs), and that check stands
 * between the answer and the first paint. Whether the sample passes does not matter, so only the
 * kinds of schema the answers are built from are followed (a request's `true` literal is not).
 */
export function sampleOf(schema: z.ZodMiniType, depth = 0): unknown {
  const def = schema._zod.def as unknown as {
    type: string;
    shape?: Record<string, z.ZodMiniType>;
    innerType?: z.ZodMiniType;
    element?: z.ZodMiniType;
    entries?: Record<string, unknown>;
    format?: string;
  };
  if (depth > 8) return undefined;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, sampleOf(value, depth + 1)]));
    case 'optional':
    case 'nullable':
      return sampleOf(def.innerType!, depth + 1);
    case 'array':
      return [sampleOf(def.element!, depth + 1)];
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return def.format === 'datetime' ? '2026-01-01T00:00:00Z' : 'P1D';
    default:
      return {};
  }
}

