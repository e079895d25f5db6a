// Writes dist/openapi.json: the contract as OpenAPI 3.1, generated from the zod schemas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/contract/openapi.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const document = buildOpenApiDocument({ version });
mkdirSync(new URL('../dist', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log(`dist/openapi.json: ${Object.keys(document.paths as object).length} paths`);
