import { globCovers, matchGlob } from "../../glob.js";

/** S3 ARNs compare case-sensitively, and bucket names and object keys are case-sensitive. */
const ARN_OPTIONS = { caseSensitive: true };

/** True when one of the Resource patterns matches `arn` exactly. `*` and `?` are wildcards. */
export function coversArn(patterns: string[], arn: string): boolean {
  return patterns.some((pattern) => matchGlob(pattern, arn, ARN_OPTIONS));
}

/**
 * True when one of the Resource patterns covers every object of the bucket, that is the pattern
 * `BUCKET_ARN/*`: such as `arn:aws:s3:::b/*`, `arn:aws:s3:::b*` or `*`. A pattern such as
 * `arn:aws:s3:::b/logs/*` covers only some objects.
 */
export function coversEveryObject(patterns: string[], bucketArn: string): boolean {
  return patterns.some((pattern) => globCovers(pattern, `${bucketArn}/*`, ARN_OPTIONS));
}
