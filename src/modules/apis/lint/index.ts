/**
 * The API linter's public surface: a pure engine (parse once, one traversal for all rules,
 * lazy `$ref`s) that runs Spectral rulesets and Groundwork's guidelines.
 */
export { lintDocument, sortFindings } from './engine/lint.js';
export type { CompiledRule, Ruleset } from './engine/ruleset.js';
export type { LintFinding, RuleDefinition, RulesetDefinition, RuleFunction, Severity } from './engine/types.js';
export { SEVERITY_NAMES, severityName } from './engine/severity.js';
export { loadRuleset, findRulesetFile, DEFAULT_RULESET_FILES } from './spectral/load-ruleset.js';
export { RulesetError } from './spectral/ruleset-error.js';
export { formatters, FORMATS, isFormatName, type FormatName } from './formatters/index.js';
export { ruleInfos } from './rule-infos.js';
