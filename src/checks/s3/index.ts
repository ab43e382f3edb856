import type { Check } from "../check.js";
import { defaultEncryptionKms } from "./default-encryption-kms.js";
import { serverAccessLogging } from "./server-access-logging.js";

export const checks: Check[] = [serverAccessLogging, defaultEncryptionKms];
