// Characters XML 1.0 cannot contain at all, even escaped: most C0 controls, unpaired surrogates,
// U+FFFE and U+FFFF. Matching control characters is the point of this expression.
const INVALID_XML_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/**
 * Escapes text for an XML attribute value or element content. Line breaks and tabs become
 * character references so attribute values keep them, and characters XML 1.0 cannot represent
 * become U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARACTERS, "\uFFFD")
    .replace(/[&<>"'\n\r\t]/g, (character) => ENTITIES[character] ?? character);
}
