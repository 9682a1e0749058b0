/**
 * Evaluating one service against many scorecards: the activation is built once and shared,
 * attestations are looked up in an index built once per batch. Pure.
 */
import type { FactRegistry } from './fact-registry.js';
import type { Subject } from './facts.js';
import { appliesTo, evaluateScorecard, type CompiledScorecard } from './evaluator.js';
import type { Attestation, ScorecardResult } from './readiness.js';

/** service → `scorecard/check` → the attestation that counts (the latest). */
export type AttestationIndex = ReadonlyMap<string, ReadonlyMap<string, Attestation>>;

export function indexAttestations(attestations: Iterable<Attestation>): AttestationIndex {
  const index = new Map<string, Map<string, Attestation>>();
  for (const attestation of attestations) {
    let byCheck = index.get(attestation.service);
    if (!byCheck) {
      byCheck = new Map();
      index.set(attestation.service, byCheck);
    }
    const key = `${attestation.scorecard}/${attestation.check}`;
    const previous = byCheck.get(key);
    if (!previous || previous.attestedAt < attestation.attestedAt) byCheck.set(key, attestation);
  }
  return index;
}

const NONE: ReadonlyMap<string, Attestation> = new Map();

/** Results of every scorecard that applies to the subject, in the order given. */
export function evaluateSubject(
  registry: FactRegistry,
  scorecards: readonly CompiledScorecard[],
  subject: Subject,
  attestations: AttestationIndex,
  now: Date,
  /** false for the summary form (reports, campaigns, history); see EvaluationInput.detail. */
  detail = true,
): ScorecardResult[] {
  const activation = registry.activation(subject);
  const own = attestations.get(subject.service) ?? NONE;
  const input = { subject, activation, attestation: (key: string) => own.get(key), now, detail };
  const results: ScorecardResult[] = [];
  for (const scorecard of scorecards) if (appliesTo(scorecard, activation)) results.push(evaluateScorecard(scorecard, input));
  return results;
}
