import type { Check } from "../check.js";
import { logExports } from "./log-exports.js";
import { storageEncrypted } from "./storage-encrypted.js";
import { tlsRequired } from "./tls-required.js";

export const checks: Check[] = [tlsRequired, logExports, storageEncrypted];
