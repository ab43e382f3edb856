import type { Check } from "../check.js";
import { accessLogs } from "./access-logs.js";
import { listenerHttps } from "./listener-https.js";
import { listenerTlsPolicy } from "./listener-tls-policy.js";
import { targetGroupHttps } from "./target-group-https.js";

export const checks: Check[] = [listenerHttps, listenerTlsPolicy, targetGroupHttps, accessLogs];
