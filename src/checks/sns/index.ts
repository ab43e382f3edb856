import type { Check } from "../check.js";
import { encryptionAtRest } from "./encryption-at-rest.js";
import { policyCrossAccount } from "./policy-cross-account.js";
import { policyNotPublic } from "./policy-not-public.js";

export const checks: Check[] = [encryptionAtRest, policyNotPublic, policyCrossAccount];
