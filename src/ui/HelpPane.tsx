import { Text } from "ink";
import { KEY_HELP } from "./key-map.js";
import { Pane } from "./Pane.js";
import { fit } from "./text-layout.js";

/** Lists every key of the report browser; any key closes the list. */
export function HelpPane({ width, height }: { width: number; height: number }) {
  return (
    <Pane title="Keys (any key closes this help)" focused width={width} height={height}>
      {KEY_HELP.map(([keys, meaning]) => (
        <Text key={keys} wrap="truncate-end">
          {fit(keys, 16)}
          {meaning}
        </Text>
      ))}
    </Pane>
  );
}
