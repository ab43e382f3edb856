/** A key that occurs twice in one JSON object. */
export interface DuplicateKey {
  key: string;
  /** The path of the second occurrence in policy notation, such as `Statement[0].Principal`. */
  path: string;
  /** Character offset of the second occurrence's opening quote. */
  position: number;
}

interface ObjectFrame {
  kind: "object";
  path: string;
  keys: Set<string>;
  /** The key whose value comes next, or undefined while a key is expected. */
  key: string | undefined;
}

interface ArrayFrame {
  kind: "array";
  path: string;
  index: number;
}

/**
 * Finds the first key that occurs twice in the same object of a JSON text. `JSON.parse` keeps
 * the last value and reports nothing, so `{"Principal": "*", "Principal": {"AWS": "..."}}`
 * would be judged by its second principal while another reader may use the first. Keys are
 * compared after decoding escapes, so `"Acti\u006fn"` and `"Action"` are the same key.
 *
 * The text must already have passed `JSON.parse`: the scanner relies on it being valid and reads
 * each character once.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  let position = 0;

  while (position < text.length) {
    const character = text[position] as string;
    const top = stack.at(-1);

    if (character === '"') {
      const end = endOfString(text, position);
      const value = JSON.parse(text.slice(position, end)) as string;

      if (top?.kind === "object" && top.key === undefined) {
        if (top.keys.has(value)) {
          return { key: value, path: childPath(top.path, value), position };
        }

        top.keys.add(value);
        top.key = value;
      }

      position = end;
      continue;
    }

    if (character === "{" || character === "[") {
      const path = top === undefined ? "" : valuePath(top);
      stack.push(
        character === "{"
          ? { kind: "object", path, keys: new Set(), key: undefined }
          : { kind: "array", path, index: 0 },
      );
    } else if (character === "}" || character === "]") {
      stack.pop();
    } else if (character === "," && top !== undefined) {
      if (top.kind === "object") {
        top.key = undefined;
      } else {
        top.index += 1;
      }
    }

    position += 1;
  }

  return undefined;
}

/** Returns the offset just past the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let position = start + 1;

  while (position < text.length && text[position] !== '"') {
    position += text[position] === "\\" ? 2 : 1;
  }

  return position + 1;
}

function valuePath(frame: ObjectFrame | ArrayFrame): string {
  return frame.kind === "object"
    ? childPath(frame.path, frame.key ?? "")
    : `${frame.path}[${frame.index}]`;
}

function childPath(parent: string, key: string): string {
  return parent === "" ? key : `${parent}.${key}`;
}
