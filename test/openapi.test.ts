import { expect } from '@open-wc/testing';
import { buildOpenApiDocument, operationIds, operations, type OperationSpec } from '../src/contract/index.js';

type Json = Record<string, any>;

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function resolvePointer(document: Json, ref: string): unknown {
  expect(ref.startsWith('#/'), `${ref} is local`).to.equal(true);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((node, part) => (node === undefined ? undefined : node[part]), document);
}

function operationOf(document: Json, operationId: string): [string, string, Json] | undefined {
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (operation.operationId === operationId) return [path, method, operation];
    }
  }
  return undefined;
}

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument({ version: '1.2.3' });

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).to.equal('3.1.0');
    expect((document.info as Json).version).to.equal('1.2.3');
  });

  it('has every client operation with its method, path, body and success response', () => {
    for (const operationId of operationIds) {
      const spec: OperationSpec = operations[operationId];
      const found = operationOf(document, operationId);
      expect(found, operationId).to.not.equal(undefined);
      const [path, method, operation] = found!;
      expect(method).to.equal(spec.method.toLowerCase());
      expect(path).to.equal((spec.path || '/').replace(/:(\w+)/g, '{$1}'));
      expect(operation.responses[String(spec.status)].content['application/json'].schema.$ref, operationId).to.match(
        /^#\/components\/schemas\//,
      );
      expect(Boolean(operation.requestBody), `${operationId} body`).to.equal(Boolean(spec.body));
    }
  });

  it('resolves every $ref', () => {
    const refs = refsIn(document);
    expect(refs.length).to.be.greaterThan(50);
    for (const ref of new Set(refs)) expect(resolvePointer(document, ref), ref).to.not.equal(undefined);
  });

  it('describes failures as problem details, If-Match on guarded changes and Idempotency-Key on POSTs', () => {
    const [, , grant] = operationOf(document, 'grant')!;
    for (const status of ['401', '403', '409', '412', '422', '429', '500', '503']) {
      const response = resolvePointer(document, grant.responses[status].$ref) as Json;
      expect(response.content['application/problem+json'].schema.$ref, status).to.equal('#/components/schemas/Problem');
    }
    const parameters = grant.parameters.map((parameter: Json) => parameter.$ref);
    expect(parameters).to.include.members(['#/components/parameters/IfMatch', '#/components/parameters/IdempotencyKey']);

    const [, , getState] = operationOf(document, 'getState')!;
    expect(getState.responses['200'].headers.ETag.$ref).to.equal('#/components/headers/ETag');
    const [, , listEvents] = operationOf(document, 'listEvents')!;
    const type = listEvents.parameters.find((parameter: Json) => parameter.name === 'type');
    expect(type).to.deep.include({ in: 'query', style: 'form', explode: true });
    expect(type.schema.items.$ref).to.equal('#/components/schemas/EventType');
  });

  it('publishes the contract’s problem codes and event types', () => {
    const schemas = (document.components as Json).schemas as Json;
    expect(schemas.ProblemCode.enum).to.include.members(['unauthenticated', 'precondition-failed', 'rate-limited']);
    expect(schemas.EventType.enum).to.have.length(11);
    expect(schemas.GrantRequest.properties.confirmed).to.deep.equal({ type: 'boolean', const: true });
    expect(schemas.GrantRequest.required).to.include('confirmed');
  });
});
