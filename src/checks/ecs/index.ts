import type { Check } from "../check.js";
import { taskLogConfiguration } from "./task-log-configuration.js";

export const checks: Check[] = [taskLogConfiguration];
