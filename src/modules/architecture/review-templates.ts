/** The built-in design review templates; teams add their own through the API. */
export interface TemplateSection {
  readonly key: string;
  readonly title: string;
  /** What the section should answer. */
  readonly prompt: string;
}

export interface ReviewTemplate {
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
  readonly sections: readonly TemplateSection[];
}

export const SYSTEM_DESIGN_REVIEW: ReviewTemplate = {
  id: 'system-design-review',
  name: 'System design review',
  builtIn: true,
  sections: [
    { key: 'summary-and-goals', title: 'Summary and goals', prompt: 'What is being built or changed, and what does success look like?' },
    { key: 'non-goals', title: 'Non-goals', prompt: 'What is deliberately out of scope?' },
    { key: 'context', title: 'Context and current state', prompt: 'How does it work today, and what forces this change?' },
    { key: 'proposed-design', title: 'Proposed design', prompt: 'Components, data flow, interfaces; diagrams welcome.' },
    { key: 'alternatives', title: 'Alternatives considered and why not', prompt: 'Which other designs were weighed, and why were they not chosen?' },
    {
      key: 'service-architecture',
      title: 'Service architecture choice',
      prompt:
        "Monolith module or separate service, with the reasons the team's size and domain justify it. For a new service: are discovery, tracing and contract tests in place?",
    },
    { key: 'api-changes', title: 'API changes', prompt: "Link Groundwork's API lint and diff results for every changed API." },
    { key: 'data-and-migrations', title: 'Data and migrations', prompt: 'Schema changes, migrations, backfills, data ownership and retention.' },
    {
      key: 'scalability',
      title: 'Scalability',
      prompt: 'Expected load, scaling characteristics, bottlenecks, breaking points and the load-test plan.',
    },
    {
      key: 'reliability',
      title: 'Reliability',
      prompt: 'Failure modes, graceful degradation, timeouts, retries with backoff, circuit breakers and fallbacks.',
    },
    { key: 'observability', title: 'Observability', prompt: 'Logs, metrics, traces, alerts and dashboards.' },
    { key: 'security-and-privacy', title: 'Security and privacy', prompt: 'Threats, authentication and authorisation, personal data, secrets.' },
    { key: 'rollout-and-rollback', title: 'Rollout and rollback', prompt: 'Feature flags, canary, blue-green; how to undo it.' },
    { key: 'operational-readiness', title: 'Operational readiness', prompt: 'Runbooks, on-call, SLOs, capacity, dependencies.' },
    { key: 'cost', title: 'Cost', prompt: 'Infrastructure and people cost, now and at the expected scale.' },
    { key: 'open-questions', title: 'Open questions', prompt: 'What is still undecided?' },
  ],
};

export const BUILT_IN_TEMPLATES: readonly ReviewTemplate[] = [SYSTEM_DESIGN_REVIEW];
