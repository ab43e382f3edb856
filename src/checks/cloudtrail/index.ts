import type { Check } from "../check.js";
import { multiRegionLogging } from "./multi-region-logging.js";

export const checks: Check[] = [multiRegionLogging];
