import type { Check } from "../check.js";
import { accessLogs } from "./access-logs.js";
import { albAuthentication } from "./alb-authentication.js";
import { dropInvalidHeaderFields } from "./drop-invalid-header-fields.js";
import { listenerHttps } from "./listener-https.js";
import { listenerTlsPolicy } from "./listener-tls-policy.js";
import { targetGroupHttps } from "./target-group-https.js";

export const checks: Check[] = [
  listenerHttps,
  listenerTlsPolicy,
  targetGroupHttps,
  accessLogs,
  albAuthentication,
  dropInvalidHeaderFields,
];
