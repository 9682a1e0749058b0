import type { JsonPath, SpecFormat } from '../../document/index.js';
import { isRecord, parsePointer } from '../../document/index.js';
import type { AliasDefinition, CompiledRule, CompiledThen, Ruleset, RulesetOverride } from '../engine/ruleset.js';
import { type EffectiveSeverity, isSeverityInput, toSeverity } from '../engine/severity.js';
import type { RuleDefinition, RuleFunction, RulesetDefinition, RuleThen, SeverityInput } from '../engine/types.js';
import { coreFunctions } from './functions/index.js';
import { OptionsValidator } from './options-validator.js';
import { RulesetError } from './ruleset-error.js';

/** How an extended ruleset's rules are enabled (Spectral's `[ruleset, mode]`). */
export type ExtendMode = 'recommended' | 'all' | 'off';

/** A rule while rulesets are being merged. */
export interface RuleEntry {
  readonly definition: RuleDefinition;
  readonly severity: EffectiveSeverity;
  /** Options set by a ruleset for a configurable rule. */
  readonly options: unknown;
  readonly formats: readonly SpecFormat[] | undefined;
}

export interface RulesetDraft {
  readonly rules: Map<string, RuleEntry>;
  readonly aliases: Map<string, AliasDefinition>;
  readonly overrides: RulesetOverride[];
}

export function emptyDraft(): RulesetDraft {
  return { rules: new Map(), aliases: new Map(), overrides: [] };
}

const DEFAULT_SEVERITY: EffectiveSeverity = 1;

function ownSeverity(definition: RuleDefinition): EffectiveSeverity {
  return toSeverity(definition.severity, DEFAULT_SEVERITY);
}

/**
 * Rule definitions of the built-in rulesets: their own options are known to be valid (a test
 * checks every one), so loading them skips validating those options again, ~3 ms of every
 * lint's start. Options a ruleset file sets for them are still validated.
 */
const builtinDefinitions = new WeakSet<RuleDefinition>();

/** Adds a built-in ruleset's rules to a draft with Spectral's extend semantics. */
export function extendWith(draft: RulesetDraft, ruleset: RulesetDefinition, mode: ExtendMode): void {
  for (const [name, alias] of Object.entries(ruleset.aliases ?? {})) {
    if (typeof alias === 'string') draft.aliases.set(name, { kind: 'plain', given: [alias] });
    else if ('targets' in alias) draft.aliases.set(name, { kind: 'scoped', targets: alias.targets });
    else draft.aliases.set(name, { kind: 'plain', given: [...alias] });
  }
  for (const [id, definition] of Object.entries(ruleset.rules)) {
    const enabled = mode === 'all' || (mode === 'recommended' && definition.recommended !== false);
    builtinDefinitions.add(definition);
    draft.rules.set(id, {
      definition,
      severity: enabled ? ownSeverity(definition) : -1,
      options: undefined,
      formats: definition.formats ?? ruleset.formats,
    });
  }
}

/** Merges another (already compiled) draft, as `extends` of a ruleset file does. */
export function extendWithDraft(draft: RulesetDraft, other: RulesetDraft, mode: ExtendMode): void {
  for (const [name, alias] of other.aliases) draft.aliases.set(name, alias);
  for (const [id, entry] of other.rules) {
    const severity = mode === 'off' ? -1 : mode === 'all' && entry.severity === -1 ? ownSeverity(entry.definition) : entry.severity;
    draft.rules.set(id, { ...entry, severity });
  }
  draft.overrides.push(...other.overrides);
}

/**
 * Applies a ruleset file's `rules` entry: a severity for an existing rule, an object changing
 * an existing rule's severity/options, or a whole new rule definition.
 */
export function applyRuleEntry(draft: RulesetDraft, id: string, raw: unknown, formats: readonly SpecFormat[] | undefined, where: string): void {
  const existing = draft.rules.get(id);
  if (isSeverityInput(raw)) {
    if (existing === undefined) throw new RulesetError(`${where}: rule "${id}" is not defined by any extended ruleset`);
    draft.rules.set(id, { ...existing, severity: toSeverity(raw, ownSeverity(existing.definition)) });
    return;
  }
  if (!isRecord(raw)) throw new RulesetError(`${where}: rule "${id}" must be a severity or an object`);
  if (raw['given'] === undefined && raw['then'] === undefined) {
    if (existing === undefined) throw new RulesetError(`${where}: rule "${id}" is not defined by any extended ruleset`);
    const severity = raw['severity'];
    if (severity !== undefined && !isSeverityInput(severity)) throw new RulesetError(`${where}: rule "${id}" has an invalid severity`);
    draft.rules.set(id, {
      ...existing,
      severity: severity === undefined ? (existing.severity === -1 ? ownSeverity(existing.definition) : existing.severity) : toSeverity(severity, ownSeverity(existing.definition)),
      options: raw['options'] ?? existing.options,
    });
    return;
  }
  const definition = readRuleDefinition(raw, `${where}: rule "${id}"`);
  draft.rules.set(id, { definition, severity: ownSeverity(definition), options: undefined, formats: definition.formats ?? formats });
}

const FORMATS: readonly SpecFormat[] = ['oas2', 'oas3', 'oas3_0', 'oas3_1', 'oas3_2'];

export function readFormats(raw: unknown, where: string): SpecFormat[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new RulesetError(`${where}: "formats" must be an array`);
  return raw.map((item: unknown) => {
    const format = FORMATS.find((candidate) => candidate === item);
    if (format === undefined) throw new RulesetError(`${where}: unknown format "${String(item)}" (known: ${FORMATS.join(', ')})`);
    return format;
  });
}

function readThen(raw: unknown, where: string): RuleThen {
  if (!isRecord(raw)) throw new RulesetError(`${where}: "then" must be an object or an array of objects`);
  const fn = raw['function'];
  if (typeof fn !== 'string') throw new RulesetError(`${where}: "then.function" must be a function name`);
  if (!Object.hasOwn(coreFunctions, fn)) {
    throw new RulesetError(
      `${where}: function "${fn}" is not a Spectral core function; custom JavaScript functions are not supported (Groundwork never runs code from a ruleset)`,
    );
  }
  const field = raw['field'];
  if (field !== undefined && typeof field !== 'string') throw new RulesetError(`${where}: "then.field" must be a string`);
  return { function: fn, ...(field === undefined ? {} : { field }), ...(raw['functionOptions'] === undefined ? {} : { functionOptions: raw['functionOptions'] }) };
}

function readRuleDefinition(raw: Record<string, unknown>, where: string): RuleDefinition {
  const given = raw['given'];
  const givens = typeof given === 'string' ? [given] : Array.isArray(given) && given.every((item) => typeof item === 'string') ? given.map(String) : undefined;
  if (givens === undefined || givens.length === 0) throw new RulesetError(`${where}: "given" must be a JSONPath or a list of them`);
  const then = raw['then'];
  const thens = Array.isArray(then) ? then.map((item: unknown) => readThen(item, where)) : [readThen(then, where)];
  const severity = raw['severity'];
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- values here are JSON primitives from a parsed document
  if (severity !== undefined && !isSeverityInput(severity)) throw new RulesetError(`${where}: invalid severity "${String(severity)}"`);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the value comes from untyped document data
  const text = (key: string): string | undefined => (typeof raw[key] === 'string' ? String(raw[key]) : undefined);
  const formats = readFormats(raw['formats'], where);
  const resolved = raw['resolved'];
  const definition: RuleDefinition = {
    given: givens,
    then: thens,
    ...(severity === undefined ? {} : { severity: severity satisfies SeverityInput }),
    ...(text('description') === undefined ? {} : { description: text('description') }),
    ...(text('message') === undefined ? {} : { message: text('message') }),
    ...(text('documentationUrl') === undefined ? {} : { documentationUrl: text('documentationUrl') }),
    ...(formats === undefined ? {} : { formats }),
    ...(typeof resolved === 'boolean' ? { resolved } : {}),
    ...(typeof raw['recommended'] === 'boolean' ? { recommended: raw['recommended'] } : {}),
  };
  return definition;
}

/** Reads an `aliases` object of a ruleset file (plain or scoped with `targets`). */
export function readAliases(raw: unknown, where: string): Map<string, AliasDefinition> {
  const aliases = new Map<string, AliasDefinition>();
  if (raw === undefined) return aliases;
  if (!isRecord(raw)) throw new RulesetError(`${where}: "aliases" must be an object`);
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'string') aliases.set(name, { kind: 'plain', given: [value] });
    else if (Array.isArray(value)) aliases.set(name, { kind: 'plain', given: value.map(String) });
    else if (isRecord(value) && Array.isArray(value['targets'])) {
      const targets = value['targets'].map((target: unknown) => {
        if (!isRecord(target)) throw new RulesetError(`${where}: alias "${name}" has an invalid target`);
        const given = target['given'];
        return {
          formats: readFormats(target['formats'], `${where}: alias "${name}"`) ?? [],
          given: typeof given === 'string' ? [given] : Array.isArray(given) ? given.map(String) : [],
        };
      });
      aliases.set(name, { kind: 'scoped', targets });
    } else throw new RulesetError(`${where}: alias "${name}" must be a JSONPath, a list, or { targets }`);
  }
  return aliases;
}

/** Turns a glob (`**\/*.yaml`) into a matcher of absolute paths, relative to `baseDir`. */
export function globMatcher(glob: string, baseDir: string): (source: string) => boolean {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === '*' && glob.charAt(i + 1) === '*') {
      pattern += '.*';
      i++;
      if (glob.charAt(i + 1) === '/') i++;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${pattern}$`);
  const prefix = baseDir.endsWith('/') ? baseDir : `${baseDir}/`;
  return (source) => regex.test(source.startsWith(prefix) ? source.slice(prefix.length) : source) || regex.test(source);
}

export function readOverrides(raw: unknown, baseDir: string, where: string): RulesetOverride[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new RulesetError(`${where}: "overrides" must be an array`);
  return raw.map((entry: unknown, i) => {
    if (!isRecord(entry) || !Array.isArray(entry['files'])) throw new RulesetError(`${where}: overrides[${String(i)}] needs "files"`);
    const files = entry['files'].map((file: unknown) => {
      const [glob = '', fragment] = String(file).split('#');
      const pointer: JsonPath | undefined = fragment === undefined ? undefined : parsePointer(fragment);
      return { matches: globMatcher(glob, baseDir), pointer };
    });
    const severities = new Map<string, EffectiveSeverity>();
    const rules = entry['rules'];
    if (isRecord(rules)) {
      for (const [id, value] of Object.entries(rules)) {
        const severity = isSeverityInput(value) ? value : isRecord(value) ? value['severity'] : undefined;
        if (!isSeverityInput(severity)) throw new RulesetError(`${where}: overrides[${String(i)}] rule "${id}" needs a severity`);
        severities.set(id, toSeverity(severity, DEFAULT_SEVERITY));
      }
    }
    return { files, severities };
  });
}

function compileThen(then: RuleThen, entry: RuleEntry, id: string, validator: OptionsValidator): CompiledThen {
  const fn = then.function;
  const builtin = builtinDefinitions.has(entry.definition);
  if (typeof fn === 'string') {
    const core = coreFunctions[fn];
    if (core === undefined) throw new RulesetError(`rule "${id}": unknown function "${fn}"`);
    const options = then.functionOptions ?? null;
    if (core.optionsSchema !== null && !builtin) validator.check(core.optionsSchema, options, `rule "${id}" function "${fn}"`);
    return {
      field: then.field,
      functionName: fn,
      fn: core.bind(options),
      options,
      accepts: core.accepts,
      wantsDereferenced: core.wantsDereferenced,
    };
  }
  // A built-in TypeScript rule function: configurable rules get their merged options.
  const declared = entry.definition.options;
  let options = then.functionOptions;
  if (declared !== undefined) {
    options = isRecord(declared.defaults) && isRecord(entry.options) ? { ...declared.defaults, ...entry.options } : (entry.options ?? declared.defaults);
    if (!builtin || entry.options !== undefined) validator.check(declared.schema, options, `rule "${id}"`);
  } else if (entry.options !== undefined) {
    throw new RulesetError(`rule "${id}" takes no options`);
  }
  const typed: RuleFunction = fn as RuleFunction;
  return { field: then.field, functionName: fn.name || id, fn: typed, options, accepts: undefined, wantsDereferenced: false };
}

/** Compiles a merged draft: functions looked up, options validated, paths kept as text. */
export function compileDraft(draft: RulesetDraft): Ruleset {
  const validator = new OptionsValidator();
  const rules = new Map<string, CompiledRule>();
  for (const [id, entry] of draft.rules) {
    const definition = entry.definition;
    const thens = Array.isArray(definition.then) ? definition.then : [definition.then];
    rules.set(id, {
      id,
      description: definition.description,
      message: definition.message,
      severity: entry.severity,
      recommended: definition.recommended !== false,
      formats: entry.formats === undefined ? undefined : new Set(entry.formats),
      given: typeof definition.given === 'string' ? [definition.given] : [...definition.given],
      resolved: definition.resolved !== false,
      thens: thens.map((then: RuleThen) => compileThen(then, entry, id, validator)),
      documentationUrl: definition.documentationUrl,
      definition,
    });
  }
  return { rules, aliases: draft.aliases, overrides: draft.overrides };
}
