import type { Check } from "../check.js";
import { executionRoleLeastPrivilege } from "./execution-role-least-privilege.js";

export const checks: Check[] = [executionRoleLeastPrivilege];
