const LOOPBACK_HOSTNAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Tells whether a URL points at this machine's loopback interface (127.0.0.1, localhost or ::1).
 * Returns false for a string that is not a URL.
 */
export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTNAMES.has(new URL(url).hostname);
  } catch {
    return false;
  }
}
