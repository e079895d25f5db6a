export * from './schemas.js';
export * from './operations.js';
export * from './duration.js';
export * from './policy-rules.js';
export { buildOpenApiDocument, type OpenApiOptions } from './openapi.js';
export * from './problems.js';
