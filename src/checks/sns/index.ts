import type { Check } from "../check.js";
import { encryptionAtRest } from "./encryption-at-rest.js";

export const checks: Check[] = [encryptionAtRest];
