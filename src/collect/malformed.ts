/** Thrown when an AWS response lacks a field AWS always returns, so nothing in it can be trusted. */
export class MalformedResponse extends Error {
  override readonly name = "MalformedResponse";
}

/**
 * Returns the attribute map, or throws MalformedResponse when `requiredKey` is missing: SQS always
 * returns QueueArn and SNS always returns TopicArn, so a response without it would otherwise read
 * as "no policy, no encryption" and pass.
 */
export function requireAttribute(
  attributes: Record<string, string> | undefined,
  requiredKey: string,
  operation: string,
): Record<string, string> {
  if (attributes?.[requiredKey] === undefined) {
    throw new MalformedResponse(
      `${operation} returned no ${requiredKey} attribute, which AWS always includes.`,
    );
  }
  return attributes;
}
