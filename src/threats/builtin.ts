import type { Threat } from "./threat.js";

/**
 * The built-in threat model: the reference web shop (CloudFront, an internet-facing ALB, ECS on
 * Fargate, Aurora PostgreSQL, an S3 assets bucket, an SQS jobs queue with a Lambda worker and an
 * SNS events topic). A threat with an empty `controls` list would be reported as unverified.
 */
export const BUILTIN_THREATS: Threat[] = [
  {
    id: "T001",
    title: "Potential Exposure of PII Over Unencrypted Database Connection",
    severity: "high",
    stride: ["Information Disclosure", "Tampering"],
    affectedComponents: ["ECS Service (Fargate)", "Aurora (RDS)"],
    references: ["ASVS V9.1.1", "ASVS V10.4.1", "CWE-319"],
    recommendedActions:
      "Require TLS for all database connections and enforce encryption in transit for Aurora RDS.",
    controls: ["rds.tls-required"],
  },
  {
    id: "T002",
    title: "Unencrypted Traffic Between Load Balancer and ECS Service",
    severity: "high",
    stride: ["Information Disclosure", "Tampering"],
    affectedComponents: ["Application Load Balancer", "ECS Service (Fargate)"],
    references: ["ASVS V9.1.1", "CWE-319"],
    recommendedActions:
      "Enforce HTTPS/TLS 1.2+ for all internal communications between the load balancer and ECS service.",
    controls: [
      "elbv2.listener-https",
      "elbv2.listener-tls-policy",
      "elbv2.target-group-https",
      "cloudfront.origin-https",
    ],
  },
  {
    id: "T003",
    title: "Lack of Authentication on Application Load Balancer",
    severity: "high",
    stride: ["Elevation of Privilege", "Spoofing"],
    affectedComponents: ["Application Load Balancer"],
    references: ["ASVS V2.1.1", "ASVS V2.1.2", "CWE-287"],
    recommendedActions:
      "Implement authentication (e.g., JWT, OAuth2) at the load balancer or ECS service entry point.",
    controls: ["elbv2.alb-authentication"],
  },
  {
    id: "T004",
    title: "Insufficient Access Controls on S3 Bucket (Assets)",
    severity: "medium",
    stride: ["Information Disclosure", "Elevation of Privilege"],
    affectedComponents: ["S3 Bucket (assets)"],
    references: ["ASVS V4.1.1", "ASVS V1.4.3", "CWE-284"],
    recommendedActions:
      "Restrict S3 bucket access using least privilege IAM roles and enable bucket policies to deny public access.",
    controls: [
      "s3.account-public-access-block",
      "s3.bucket-public-access-block",
      "s3.bucket-public-exposure",
      "s3.object-ownership-enforced",
      "s3.tls-only-policy",
    ],
  },
  {
    id: "T005",
    title: "Potential Lack of Input Validation on ECS Service",
    severity: "medium",
    stride: ["Tampering", "Elevation of Privilege"],
    affectedComponents: ["ECS Service (Fargate)"],
    references: ["ASVS V5.3.2", "ASVS V5.1.1", "CWE-20"],
    recommendedActions:
      "Implement strict input validation and sanitization on all user-supplied data at the ECS service.",
    controls: ["wafv2.alb-managed-rule-groups", "elbv2.drop-invalid-header-fields"],
  },
  {
    id: "T006",
    title: "Denial of Service via Unrestricted Public Entry Points",
    severity: "medium",
    stride: ["Denial of Service"],
    affectedComponents: ["CloudFront", "Application Load Balancer", "ECS Service (Fargate)"],
    references: ["ASVS V7.1.1", "ASVS V7.5.1", "CWE-400"],
    recommendedActions:
      "Enable AWS WAF and implement rate limiting on CloudFront and the load balancer.",
    controls: ["wafv2.alb-rate-limit", "wafv2.cloudfront-rate-limit"],
  },
  {
    id: "T007",
    title: "Insufficient Logging and Auditing for Sensitive Operations",
    severity: "medium",
    stride: ["Repudiation"],
    affectedComponents: ["ECS Service (Fargate)", "Aurora (RDS)", "S3 Bucket (assets)"],
    references: ["ASVS V10.1.1", "ASVS V10.2.1", "CWE-778"],
    recommendedActions:
      "Enable detailed logging and auditing for ECS, RDS, and S3, and ensure logs are protected and monitored.",
    controls: [
      "elbv2.access-logs",
      "s3.server-access-logging",
      "rds.log-exports",
      "cloudtrail.multi-region-logging",
      "ecs.task-log-configuration",
    ],
  },
  {
    id: "T008",
    title: "Lack of Encryption at Rest for Sensitive Data Stores",
    severity: "medium",
    stride: ["Information Disclosure"],
    affectedComponents: ["Aurora (RDS)", "S3 Bucket (assets)"],
    references: ["ASVS V9.4.1", "ASVS V9.4.2", "CWE-311"],
    recommendedActions: "Enable encryption at rest for Aurora RDS and S3 buckets using AWS KMS.",
    controls: [
      "rds.storage-encrypted",
      "s3.default-encryption-kms",
      "sqs.encryption-at-rest",
      "sns.encryption-at-rest",
    ],
  },
  {
    id: "T009",
    title: "Over-Privileged Lambda Worker Access",
    severity: "medium",
    stride: ["Elevation of Privilege"],
    affectedComponents: ["Lambda Worker", "SQS Queue (jobs)", "SNS Topic (events)"],
    references: ["ASVS V4.2.1", "ASVS V1.4.3", "CWE-250"],
    recommendedActions:
      "Apply least privilege IAM roles to Lambda, restricting access only to required queues and topics.",
    controls: ["lambda.execution-role-least-privilege"],
  },
  {
    id: "T010",
    title: "Potential Information Disclosure via SNS/SQS Misconfiguration",
    severity: "medium",
    stride: ["Information Disclosure"],
    affectedComponents: ["SQS Queue (jobs)", "SNS Topic (events)"],
    references: ["ASVS V4.1.1", "ASVS V1.4.3", "CWE-284"],
    recommendedActions:
      "Review and tighten SNS/SQS access policies to allow only trusted principals.",
    controls: [
      "sqs.policy-not-public",
      "sns.policy-not-public",
      "sqs.policy-cross-account",
      "sns.policy-cross-account",
    ],
  },
];
