import { invalid, parsed, type ParseResult } from "./parse-result.js";

/**
 * Decodes an IAM policy document as IAM's API returns it (GetRolePolicy, GetPolicyVersion and
 * GetAccountAuthorizationDetails send URL-encoded JSON; boto3 decodes it, the JavaScript SDK does
 * not). The text is decoded exactly once, and only when it does not already start with `{`,
 * because decoding raw JSON would corrupt a literal `%` in an ARN or condition value.
 *
 * Decoding follows RFC 3986 percent-decoding (`decodeURIComponent`), not HTML form decoding, so
 * `+` stays `+` instead of becoming a space.
 *
 * Do not use this for S3, SQS or SNS resource policies: those APIs return plain JSON.
 */
export function decodePolicyDocument(text: string): ParseResult<string> {
  if (text.trimStart().startsWith("{")) {
    return parsed(text);
  }

  try {
    return parsed(decodeURIComponent(text));
  } catch {
    const position = findMalformedEscape(text);
    return invalid(
      `The policy document is neither JSON nor valid URL-encoded text: the percent escape at position ${position} is malformed.`,
      undefined,
      position,
    );
  }
}

/**
 * Finds the offset of the first escape that cannot be decoded: a `%` without two hex digits, or
 * the first byte of an escaped sequence that is not valid UTF-8.
 */
function findMalformedEscape(text: string): number {
  let position = text.indexOf("%");

  while (position !== -1) {
    const leadByte = readEscapedByte(text, position);

    if (leadByte === undefined) {
      return position;
    }

    const length = utf8SequenceLength(leadByte);
    const sequence = text.slice(position, position + 3 * length);

    try {
      decodeURIComponent(sequence);
    } catch {
      return position;
    }

    position = text.indexOf("%", position + sequence.length);
  }

  return 0;
}

function readEscapedByte(text: string, position: number): number | undefined {
  const hex = text.slice(position + 1, position + 3);
  return /^[0-9A-Fa-f]{2}$/.test(hex) ? Number.parseInt(hex, 16) : undefined;
}

/** Returns how many bytes a UTF-8 sequence starting with `leadByte` has (1 for an invalid lead). */
function utf8SequenceLength(leadByte: number): number {
  if (leadByte >= 0xf0) {
    return 4;
  }

  if (leadByte >= 0xe0) {
    return 3;
  }

  if (leadByte >= 0xc0) {
    return 2;
  }

  return 1;
}
