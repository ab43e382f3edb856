import type { Check } from "../check.js";
import { albManagedRuleGroups } from "./alb-managed-rule-groups.js";
import { albRateLimit } from "./alb-rate-limit.js";
import { cloudfrontRateLimit } from "./cloudfront-rate-limit.js";

export const checks: Check[] = [albManagedRuleGroups, albRateLimit, cloudfrontRateLimit];
