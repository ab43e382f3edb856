import type { Check } from "../check.js";
import { accountPublicAccessBlock } from "./account-public-access-block.js";
import { bucketPublicAccessBlock } from "./bucket-public-access-block.js";
import { bucketPublicExposure } from "./bucket-public-exposure.js";
import { defaultEncryptionKms } from "./default-encryption-kms.js";
import { objectOwnershipEnforced } from "./object-ownership-enforced.js";
import { serverAccessLogging } from "./server-access-logging.js";
import { tlsOnlyPolicy } from "./tls-only-policy.js";

export const checks: Check[] = [
  serverAccessLogging,
  defaultEncryptionKms,
  accountPublicAccessBlock,
  bucketPublicAccessBlock,
  bucketPublicExposure,
  objectOwnershipEnforced,
  tlsOnlyPolicy,
];
