/**
 * Compiles an ARN pattern to a regular expression that matches whole ARNs. `*` matches any run
 * of characters, slashes and colons included; every other character matches itself.
 */
export function compileArnPattern(pattern: string): RegExp {
  const parts = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`, "s");
}
