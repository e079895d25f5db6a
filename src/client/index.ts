export {
  createIdempotencyKey,
  createSupportAccessClient,
  SupportAccessClient,
  type AdapterContext,
  type CallOptions,
  type HeaderProvider,
  type HeaderValues,
  type ResponseAdapter,
  type SupportAccessClientOptions,
} from './client.js';
export {
  codeForStatus,
  ERROR_CODES,
  isSupportAccessError,
  SupportAccessError,
  type ResponseIssue,
  type SupportAccessErrorCode,
  type SupportAccessErrorInit,
} from './errors.js';
