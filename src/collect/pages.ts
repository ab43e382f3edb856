import { tagCallSite } from "../aws/call-tracker.js";
import type { ServiceName } from "../aws/read-operations.js";

/** Thrown when a paginated listing hands out a page token it already gave, which would loop forever. */
export class RepeatedPageToken extends Error {
  override readonly name = "RepeatedPageToken";

  constructor(service: ServiceName, operation: string, token: string) {
    super(
      `${operation} returned the page token "${token.slice(0, 40)}" a second time, so the listing ` +
        "would never end; the response is not valid AWS pagination.",
    );
    tagCallSite(this, { service, operation, region: "" });
  }
}

/**
 * Yields the pages of an SDK paginator and fails when a page repeats an earlier token. The SDK's
 * paginators only stop on a token equal to the previous one, and then silently, which would turn
 * a broken listing into a truncated one that checks could pass.
 */
export async function* distinctPages<T>(
  pages: AsyncIterable<T>,
  service: ServiceName,
  operation: string,
): AsyncGenerator<T> {
  const seen = new Set<string>();
  for await (const page of pages) {
    yield page;

    const token = pageToken(page);
    if (token === undefined) continue;
    if (seen.has(token)) throw new RepeatedPageToken(service, operation, token);
    seen.add(token);
  }
}

/** The next-page token of a page, under any of the names the audited APIs use. */
function pageToken(page: unknown): string | undefined {
  const fields = page as {
    NextToken?: string;
    nextToken?: string;
    NextMarker?: string;
    Marker?: string;
    NextContinuationToken?: string;
    ContinuationToken?: string;
    EngineDefaults?: { Marker?: string };
  };
  const token =
    fields.NextToken ??
    fields.nextToken ??
    fields.NextMarker ??
    fields.Marker ??
    fields.ContinuationToken ??
    fields.NextContinuationToken ??
    fields.EngineDefaults?.Marker;
  return token === undefined || token === "" ? undefined : token;
}
