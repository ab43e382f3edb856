/**
 * True when one of the Resource patterns matches `arn` exactly. `*` and `?` are wildcards and the
 * comparison is case-sensitive, as S3 ARNs are.
 */
export function coversArn(patterns: string[], arn: string): boolean {
  return patterns.some((pattern) => new RegExp(`^${toRegExpSource(pattern)}$`).test(arn));
}

/**
 * True when one of the Resource patterns matches every object of the bucket: a pattern that ends
 * in `*` and whose part before that matches the start of `BUCKET_ARN/`, such as `arn:aws:s3:::b/*`,
 * `arn:aws:s3:::b*` or `*`. A pattern such as `arn:aws:s3:::b/logs/*` covers only some objects.
 */
export function coversEveryObject(patterns: string[], bucketArn: string): boolean {
  return patterns.some((pattern) => {
    const head = /^(.*?)\*+$/.exec(pattern)?.[1];
    if (head === undefined) return false;

    // Without a `$` anchor the expression matches when `head` matches some prefix of the text.
    return new RegExp(`^${toRegExpSource(head)}`).test(`${bucketArn}/`);
  });
}

function toRegExpSource(pattern: string): string {
  return pattern
    .split("")
    .map((character) => {
      if (character === "*") return ".*";
      if (character === "?") return ".";
      return character.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
}
