import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface JunitCase {
  "@_classname": string;
  "@_name": string;
  failure?: { "@_message": string; "#text": string };
  error?: { "@_message": string };
  skipped?: { "@_message": string };
}

export interface JunitSuite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_errors": string;
  "@_skipped": string;
  testcase: JunitCase[];
}

/**
 * Parses a JUnit document after checking it is well-formed XML with `testsuites` as root.
 *
 * @throws Error naming the line and cause when the document is not well-formed.
 */
export function parseJunit(xml: string): JunitSuite[] {
  const validation = XMLValidator.validate(xml);
  if (validation !== true)
    throw new Error(
      `JUnit XML is not well-formed at line ${validation.err.line}: ${validation.err.msg}`,
    );

  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    htmlEntities: true,
    isArray: (name) => name === "testsuite" || name === "testcase",
  });
  const document = parser.parse(xml) as { testsuites?: { testsuite?: JunitSuite[] } };
  if (document.testsuites === undefined) throw new Error("JUnit XML has no testsuites root.");
  return (document.testsuites.testsuite ?? []).map((suite) => ({
    ...suite,
    testcase: suite.testcase ?? [],
  }));
}
