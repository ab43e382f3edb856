import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/** A heading with the blocks under it up to its first sub-heading, and its sub-headings. */
export interface Section {
  title: string;
  depth: number;
  line: number;
  content: RootContent[];
  children: Section[];
}

/**
 * Builds the heading tree of a document: a section runs until the next heading of the same or a
 * higher rank. Blocks before the first heading go into a section of depth 0 with an empty title.
 */
export function buildSections(root: Root): Section {
  const top: Section = { title: "", depth: 0, line: 1, content: [], children: [] };
  const stack: Section[] = [top];

  for (const node of root.children) {
    if (node.type !== "heading") {
      (stack[stack.length - 1] as Section).content.push(node);
      continue;
    }
    while ((stack[stack.length - 1] as Section).depth >= node.depth) stack.pop();
    const section: Section = {
      title: toString(node).trim(),
      depth: node.depth,
      line: node.position?.start.line ?? 0,
      content: [],
      children: [],
    };
    (stack[stack.length - 1] as Section).children.push(section);
    stack.push(section);
  }
  return top;
}
