import type { CollectionError, CollectionErrorKind } from "../collect/collected.js";
import { callSiteOf, isThrottlingCode } from "./call-tracker.js";
import { iamActionFor, type ServiceName } from "./read-operations.js";

/** Call details from the caller, used when the error itself carries no call site. */
export interface CallContext {
  service: ServiceName;
  operation: string;
  region: string;
  resource?: string;
}

const ACCESS_DENIED_CODES = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "AuthorizationError",
  "AuthorizationErrorException",
  "Forbidden",
  "UnauthorizedAccess",
]);

const REGION_DISABLED_CODES = new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "AuthFailure",
  "OptInRequired",
]);

/** Turns an SDK error into a CollectionError that names the call, the IAM action and the cause. */
export function toCollectionError(error: unknown, context: CallContext): CollectionError {
  const tagged = callSiteOf(error);
  // A site tagged outside a client has no region, so the caller's context provides it.
  const site =
    tagged === undefined ? context : { ...tagged, region: tagged.region || context.region };
  const code = errorCode(error);
  const message = describeMessage(error);

  const result: CollectionError = {
    kind: classify(error, code, site.region),
    service: site.service,
    operation: site.operation,
    region: site.region,
    action: iamActionFor(site.service, site.operation) ?? `${site.service}:${site.operation}`,
    code,
    message: message.length > 0 ? message : code,
  };
  if (context.resource !== undefined) result.resource = context.resource;
  return result;
}

/**
 * The error's message on one line. When the SDK could not parse a response (an HTML error page, or
 * XML where the protocol is JSON), its message contains parser details and advice about a hidden
 * `$response` field that mean nothing to a CLI user, so name the HTTP status instead.
 */
function describeMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const response = (error as { $response?: { statusCode?: number } }).$response;

  if (raw.includes("Deserialization error") || error instanceof SyntaxError) {
    const code = status ?? response?.statusCode;
    const http = code === undefined ? "" : ` (HTTP ${code})`;
    return `The endpoint returned a response that is not a valid AWS API answer${http}.`;
  }
  return raw.replace(/\s+/g, " ").trim();
}

function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "Error";
  const named = error as { name?: string; Code?: string; code?: string };
  return named.Code ?? named.name ?? named.code ?? "Error";
}

function classify(error: unknown, code: string, region: string): CollectionErrorKind {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

  if (ACCESS_DENIED_CODES.has(code)) return "access_denied";
  if (isThrottlingCode(code)) return "throttled";
  if (REGION_DISABLED_CODES.has(code) && region !== "us-east-1") return "region_disabled";
  // Some services return a denial in a format the client cannot parse (an XML body for a JSON
  // protocol, for example). The HTTP status is then the only reliable sign.
  if (status === 403) return "access_denied";
  if (code.startsWith("NoSuch") || code.endsWith("NotFound") || code.endsWith("NotFoundFault"))
    return "not_found";
  if (code === "RepeatedPageToken" || code === "MalformedResponse") return "malformed";
  if (error instanceof SyntaxError || code === "SyntaxError" || code === "Deserialization")
    return "malformed";
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "TimeoutError") return "endpoint";
  return "other";
}
