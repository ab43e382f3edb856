import type { ModelThreat } from "../../../src/threats/model/threat-model.js";

/** The reference web shop's threats T001 to T010 as the shipped Markdown report gives them. */
export const REFERENCE_THREATS: Omit<ModelThreat, "line">[] = [
  {
    id: "T001",
    title: "Potential Exposure of PII Over Unencrypted Database Connection",
    severity: "high",
    score: 8.0,
    stride: ["Information Disclosure", "Tampering"],
    affectedComponents: ["ECS Service (Fargate)", "Aurora (RDS)"],
    references: ["ASVS V9.1.1", "ASVS V10.4.1", "CWE-319"],
    why: "PII is transmitted over a generic TCP connection, which may not be encrypted, risking data exposure.",
    recommendedActions:
      "Require TLS for all database connections and enforce encryption in transit for Aurora RDS.",
  },
  {
    id: "T002",
    title: "Unencrypted Traffic Between Load Balancer and ECS Service",
    severity: "high",
    score: 8.0,
    stride: ["Information Disclosure", "Tampering"],
    affectedComponents: ["Application Load Balancer", "ECS Service (Fargate)"],
    references: ["ASVS V9.1.1", "CWE-319"],
    why: "Traffic between the load balancer and ECS service uses HTTP, exposing sensitive data to interception or modification.",
    recommendedActions:
      "Enforce HTTPS/TLS 1.2+ for all internal communications between the load balancer and ECS service.",
  },
  {
    id: "T003",
    title: "Lack of Authentication on Application Load Balancer",
    severity: "high",
    score: 7.0,
    stride: ["Elevation of Privilege", "Spoofing"],
    affectedComponents: ["Application Load Balancer"],
    references: ["ASVS V2.1.1", "ASVS V2.1.2", "CWE-287"],
    why: "The load balancer does not enforce authentication, allowing unauthenticated access to backend services.",
    recommendedActions:
      "Implement authentication (e.g., JWT, OAuth2) at the load balancer or ECS service entry point.",
  },
  {
    id: "T004",
    title: "Insufficient Access Controls on S3 Bucket (Assets)",
    severity: "medium",
    score: 6.0,
    stride: ["Information Disclosure", "Elevation of Privilege"],
    affectedComponents: ["S3 Bucket (assets)"],
    references: ["ASVS V4.1.1", "ASVS V1.4.3", "CWE-284"],
    why: "S3 bucket contains internal data and may be accessed by unauthorized entities if IAM policies are misconfigured.",
    recommendedActions:
      "Restrict S3 bucket access using least privilege IAM roles and enable bucket policies to deny public access.",
  },
  {
    id: "T005",
    title: "Potential Lack of Input Validation on ECS Service",
    severity: "medium",
    score: 6.0,
    stride: ["Tampering", "Elevation of Privilege"],
    affectedComponents: ["ECS Service (Fargate)"],
    references: ["ASVS V5.3.2", "ASVS V5.1.1", "CWE-20"],
    why: "User input flows from the internet to ECS service, risking injection attacks if not validated.",
    recommendedActions:
      "Implement strict input validation and sanitization on all user-supplied data at the ECS service.",
  },
  {
    id: "T006",
    title: "Denial of Service via Unrestricted Public Entry Points",
    severity: "medium",
    score: 5.0,
    stride: ["Denial of Service"],
    affectedComponents: ["CloudFront", "Application Load Balancer", "ECS Service (Fargate)"],
    references: ["ASVS V7.1.1", "ASVS V7.5.1", "CWE-400"],
    why: "Public-facing endpoints may be targeted for DoS attacks due to lack of rate limiting or WAF.",
    recommendedActions:
      "Enable AWS WAF and implement rate limiting on CloudFront and the load balancer.",
  },
  {
    id: "T007",
    title: "Insufficient Logging and Auditing for Sensitive Operations",
    severity: "medium",
    score: 5.0,
    stride: ["Repudiation"],
    affectedComponents: ["ECS Service (Fargate)", "Aurora (RDS)", "S3 Bucket (assets)"],
    references: ["ASVS V10.1.1", "ASVS V10.2.1", "CWE-778"],
    why: "Lack of comprehensive logging may hinder detection and investigation of security incidents involving PII or internal data.",
    recommendedActions:
      "Enable detailed logging and auditing for ECS, RDS, and S3, and ensure logs are protected and monitored.",
  },
  {
    id: "T008",
    title: "Lack of Encryption at Rest for Sensitive Data Stores",
    severity: "medium",
    score: 5.0,
    stride: ["Information Disclosure"],
    affectedComponents: ["Aurora (RDS)", "S3 Bucket (assets)"],
    references: ["ASVS V9.4.1", "ASVS V9.4.2", "CWE-311"],
    why: "Sensitive data may be stored unencrypted at rest, risking exposure if storage is compromised.",
    recommendedActions: "Enable encryption at rest for Aurora RDS and S3 buckets using AWS KMS.",
  },
  {
    id: "T009",
    title: "Over-Privileged Lambda Worker Access",
    severity: "medium",
    score: 5.0,
    stride: ["Elevation of Privilege"],
    affectedComponents: ["Lambda Worker", "SQS Queue (jobs)", "SNS Topic (events)"],
    references: ["ASVS V4.2.1", "ASVS V1.4.3", "CWE-250"],
    why: "Lambda worker may have excessive permissions to queues, increasing risk if compromised.",
    recommendedActions:
      "Apply least privilege IAM roles to Lambda, restricting access only to required queues and topics.",
  },
  {
    id: "T010",
    title: "Potential Information Disclosure via SNS/SQS Misconfiguration",
    severity: "medium",
    score: 5.0,
    stride: ["Information Disclosure"],
    affectedComponents: ["SQS Queue (jobs)", "SNS Topic (events)"],
    references: ["ASVS V4.1.1", "ASVS V1.4.3", "CWE-284"],
    why: "Internal data in queues/topics could be exposed if access policies are too permissive.",
    recommendedActions:
      "Review and tighten SNS/SQS access policies to allow only trusted principals.",
  },
];

/** The controls each reference threat mapped to before the model was read from Markdown. */
export const REFERENCE_CONTROLS: Record<string, string[]> = {
  T001: ["rds.tls-required"],
  T002: [
    "elbv2.listener-https",
    "elbv2.listener-tls-policy",
    "elbv2.target-group-https",
    "cloudfront.origin-https",
  ],
  T003: ["elbv2.alb-authentication"],
  T004: [
    "s3.account-public-access-block",
    "s3.bucket-public-access-block",
    "s3.bucket-public-exposure",
    "s3.object-ownership-enforced",
    "s3.tls-only-policy",
  ],
  T005: ["wafv2.alb-managed-rule-groups", "elbv2.drop-invalid-header-fields"],
  T006: ["wafv2.alb-rate-limit", "wafv2.cloudfront-rate-limit"],
  T007: [
    "elbv2.access-logs",
    "s3.server-access-logging",
    "rds.log-exports",
    "cloudtrail.multi-region-logging",
    "ecs.task-log-configuration",
  ],
  T008: [
    "rds.storage-encrypted",
    "s3.default-encryption-kms",
    "sqs.encryption-at-rest",
    "sns.encryption-at-rest",
  ],
  T009: ["lambda.execution-role-least-privilege"],
  T010: [
    "sqs.policy-not-public",
    "sns.policy-not-public",
    "sqs.policy-cross-account",
    "sns.policy-cross-account",
  ],
};
