import type { Check } from "../check.js";
import { originHttps } from "./origin-https.js";

export const checks: Check[] = [originHttps];
