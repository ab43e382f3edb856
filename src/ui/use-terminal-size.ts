import { useStdout } from "ink";
import { useEffect, useState } from "react";

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The smallest terminal the layout is made for; a stream that reports no size gets this. */
export const MIN_SIZE: TerminalSize = { columns: 80, rows: 24 };

/** Returns the terminal's size and follows resizes; `fixed` overrides it (tests, benchmarks). */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState<TerminalSize>(() => measure(stdout));

  useEffect(() => {
    if (fixed !== undefined) return;
    const onResize = () => setSize(measure(stdout));
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, fixed]);

  return fixed ?? size;
}

function measure(stdout: NodeJS.WriteStream): TerminalSize {
  return {
    columns: stdout.columns > 0 ? stdout.columns : MIN_SIZE.columns,
    rows: stdout.rows > 0 ? stdout.rows : MIN_SIZE.rows,
  };
}
