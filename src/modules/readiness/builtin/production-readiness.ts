/**
 * The production readiness checklist, grouped as the team's operational readiness
 * checklist. Bronze: the basics anyone can fix in minutes; Silver: what a service needs
 * before taking production traffic; Gold: proven resilience and safe delivery.
 */
import type { BuiltinScorecard } from './builtin-check.js';

const OWNERSHIP = 'Ownership and on-call';
const DOCS = 'Documentation and runbooks';
const OBSERVABILITY = 'Observability';
const RELIABILITY = 'Reliability';
const SCALABILITY = 'Scalability';
const DEPLOYMENT = 'Deployment';
const SECURITY = 'Security';
const API = 'API';
const INCIDENTS = 'Incident readiness';

export const PRODUCTION_READINESS_GROUPS = [OWNERSHIP, DOCS, OBSERVABILITY, RELIABILITY, SCALABILITY, DEPLOYMENT, SECURITY, API, INCIDENTS] as const;

const service = ['service'];

export const PRODUCTION_READINESS: BuiltinScorecard = {
  name: 'production-readiness',
  title: 'Production readiness',
  description: 'The operational readiness checklist: what a service needs before and while it serves production traffic.',
  levels: ['Bronze', 'Silver', 'Gold'],
  filter: null,
  checks: [
    // Ownership and on-call
    { group: OWNERSHIP, level: 'Bronze', name: 'has-owner', title: 'Has an owning team', description: 'Someone must answer for the service: alerts, questions and changes need an owner.', automatic: { expression: 'service.owner != ""', needs: service } },
    { group: OWNERSHIP, level: 'Silver', name: 'has-tier', title: 'Declares its tier', description: 'The tier sets the expectations (SLOs, on-call, review depth); without it nobody knows how critical the service is.', automatic: { expression: 'service.tier >= 1 && service.tier <= 4', needs: service } },
    { group: OWNERSHIP, level: 'Silver', name: 'has-on-call', title: 'Has an on-call schedule', description: 'Production problems happen at night; an on-call reference says who gets paged.', automatic: { expression: 'service.onCall != ""', needs: service } },
    // Documentation and runbooks
    { group: DOCS, level: 'Bronze', name: 'has-description', title: 'Describes what it does', description: 'Responders and new engineers need to know what the service is for.', automatic: { expression: 'service.description != ""', needs: service } },
    { group: DOCS, level: 'Bronze', name: 'has-runbook', title: 'Has a runbook', description: 'A runbook turns a 3 a.m. page into a procedure instead of an investigation.', automatic: { expression: 'service.runbook != ""', needs: service } },
    { group: DOCS, level: 'Silver', name: 'has-repository', title: 'Links its source repository', description: 'Responders must find the code and its recent changes quickly.', automatic: { expression: 'service.repository != ""', needs: service } },
    // Observability
    { group: OBSERVABILITY, level: 'Silver', name: 'structured-logs', title: 'Writes structured logs', description: 'Structured logs with request ids can be searched and correlated during an incident.', validForDays: 365 },
    { group: OBSERVABILITY, level: 'Silver', name: 'metrics', title: 'Exposes metrics', description: 'Rate, errors and duration metrics show whether the service is healthy.', validForDays: 365 },
    { group: OBSERVABILITY, level: 'Gold', name: 'traces', title: 'Emits distributed traces', description: 'Traces show where time goes across services; essential once there are several.', validForDays: 365 },
    { group: OBSERVABILITY, level: 'Silver', name: 'has-dashboards', title: 'Has dashboards', description: 'A dashboard gives responders the service\'s state at a glance.', automatic: { expression: 'size(service.dashboards) > 0', needs: service } },
    { group: OBSERVABILITY, level: 'Silver', name: 'symptom-alerts', title: 'Alerts on symptoms', description: 'Alerting on what users feel (errors, latency) pages for real problems and not for noise.', validForDays: 180 },
    // Reliability
    { group: RELIABILITY, level: 'Silver', name: 'slos-defined', title: 'SLOs defined (tier 1–2)', description: 'Critical services need explicit objectives so error budgets can decide between reliability and feature work.', automatic: { expression: 'service.tier > 2 || reliability.sloCount > 0', needs: ['service', 'reliability'] }, validForDays: 180 },
    { group: RELIABILITY, level: 'Silver', name: 'timeouts-and-retries', title: 'Timeouts and retries on every dependency', description: 'A call without a timeout turns a slow dependency into an outage; retries with backoff absorb transient failures.', validForDays: 180 },
    { group: RELIABILITY, level: 'Gold', name: 'circuit-breakers', title: 'Circuit breakers and fallbacks for non-critical dependencies', description: 'Failing fast and falling back keeps a broken non-critical dependency from taking the service down.', validForDays: 180 },
    { group: RELIABILITY, level: 'Gold', name: 'graceful-degradation-tested', title: 'Graceful degradation tested', description: 'Degradation that was never exercised usually does not work when needed.', validForDays: 180 },
    // Scalability
    { group: SCALABILITY, level: 'Gold', name: 'load-tested', title: 'Load-tested at expected peak × 2', description: 'Headroom must be measured, not assumed; twice the expected peak covers spikes and growth.', validForDays: 180 },
    { group: SCALABILITY, level: 'Gold', name: 'capacity-plan', title: 'Has a capacity plan', description: 'Capacity planning tells when to scale before users notice.', validForDays: 180 },
    { group: SCALABILITY, level: 'Gold', name: 'known-bottlenecks', title: 'Known bottlenecks documented', description: 'Knowing what breaks first under load directs scaling work and incident response.', validForDays: 365 },
    // Deployment
    { group: DEPLOYMENT, level: 'Silver', name: 'automated-deploys', title: 'Deploys are automated', description: 'Manual deploys are slow, error-prone and hard to roll back.', automatic: { expression: 'delivery.automated', needs: ['delivery'] }, validForDays: 365 },
    { group: DEPLOYMENT, level: 'Gold', name: 'progressive-delivery', title: 'Canary or blue-green deploys', description: 'Exposing a change to a small share of traffic first limits the blast radius of a bad release.', automatic: { expression: 'delivery.strategy in ["canary", "blue-green"]', needs: ['delivery'] }, validForDays: 365 },
    { group: DEPLOYMENT, level: 'Gold', name: 'rollback-tested', title: 'Rollback tested', description: 'A rollback path that was never used is a hope, not a plan.', validForDays: 180 },
    { group: DEPLOYMENT, level: 'Gold', name: 'feature-flags', title: 'Feature flags for risky changes', description: 'Flags decouple deploy from release and turn a bad change off without a deploy.', validForDays: 365 },
    // Security
    { group: SECURITY, level: 'Silver', name: 'authn-authz', title: 'Authentication and authorisation', description: 'Every endpoint must know who calls it and what they may do.', validForDays: 365 },
    { group: SECURITY, level: 'Silver', name: 'secrets-management', title: 'Secrets in a secrets manager', description: 'Secrets in code or plain configuration leak; a manager rotates and audits them.', validForDays: 365 },
    { group: SECURITY, level: 'Silver', name: 'dependencies-patched', title: 'Dependencies patched', description: 'Known vulnerabilities in dependencies are the easiest way in.', validForDays: 90 },
    // API
    { group: API, level: 'Silver', name: 'api-lint-clean', title: 'APIs pass the guidelines lint', description: 'Consistent APIs are easier to use and review; lint errors are guideline violations. Services that provide no API pass.', automatic: { expression: 'size(service.providedApis) == 0 || (apis.versionedApis > 0 && apis.lintErrors == 0)', needs: ['service', 'apis'] }, validForDays: 90 },
    { group: API, level: 'Silver', name: 'api-versioning-policy', title: 'Versioning and deprecation policy', description: 'Consumers need to know how the API evolves and how long old versions live: every provided API is versioned in the registry, whose release policy demands a major version for breaking changes and a deprecation period before removal, and no operation outlives its sunset.', automatic: { expression: 'size(service.providedApis) == 0 || (apis.versionedApis >= size(service.providedApis) && apis.sunsetsOverdue == 0)', needs: ['service', 'apis'] }, validForDays: 365 },
    // Incident readiness
    { group: INCIDENTS, level: 'Silver', name: 'on-call-rotation', title: 'On-call rotation staffed', description: 'A rotation of several people prevents burnout and single points of failure.', validForDays: 90 },
    { group: INCIDENTS, level: 'Silver', name: 'escalation-policy', title: 'Escalation policy', description: 'When the first responder cannot fix it, everyone must know who comes next.', validForDays: 180 },
    { group: INCIDENTS, level: 'Gold', name: 'post-mortem-process', title: 'Blameless post-mortems with tracked actions', description: 'Incidents only make the service better when their action items are done.', automatic: { expression: 'incidents.overdueActions == 0', needs: ['incidents'] }, validForDays: 365 },
  ],
};
