import type { RuleInfo } from './formatters/formatter.js';
import type { Ruleset } from './engine/ruleset.js';

/** What formatters need to know about each rule of a ruleset. */
export function ruleInfos(ruleset: Ruleset): Map<string, RuleInfo> {
  const infos = new Map<string, RuleInfo>();
  for (const rule of ruleset.rules.values()) {
    infos.set(rule.id, {
      id: rule.id,
      description: rule.description ?? rule.message,
      documentationUrl: rule.documentationUrl,
      severity: rule.severity === -1 ? 1 : rule.severity,
    });
  }
  return infos;
}
