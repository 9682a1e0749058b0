import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isRecord, parseDocument, readTextFile } from '../../document/index.js';
import type { Ruleset } from '../engine/ruleset.js';
import { isBuiltinRulesetName, loadBuiltinRuleset } from './builtin-rulesets.js';
import {
  applyRuleEntry,
  compileDraft,
  emptyDraft,
  type ExtendMode,
  extendWith,
  extendWithDraft,
  readAliases,
  readFormats,
  readOverrides,
  type RulesetDraft,
} from './compile-ruleset.js';
import { RulesetError } from './ruleset-error.js';

export const DEFAULT_RULESET_FILES = ['.spectral.yaml', '.spectral.yml', '.spectral.json'];

/** The ruleset file in `dir` Spectral would pick up, if any. */
export function findRulesetFile(dir: string): string | undefined {
  return DEFAULT_RULESET_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
}

function readExtends(raw: unknown, where: string): { name: string; mode: ExtendMode }[] {
  if (raw === undefined) return [];
  const list: unknown[] = Array.isArray(raw) && !(raw.length === 2 && typeof raw[0] === 'string' && ['all', 'recommended', 'off'].includes(String(raw[1])) && !String(raw[1]).includes('.'))
    ? raw
    : [raw];
  return list.map((entry) => {
    if (typeof entry === 'string') return { name: entry, mode: 'recommended' };
    if (Array.isArray(entry) && typeof entry[0] === 'string') {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- CommonJS interop: the module object is untyped
      const mode = entry[1] === 'all' || entry[1] === 'off' || entry[1] === 'recommended' ? entry[1] : undefined;
      if (mode === undefined) throw new RulesetError(`${where}: extends mode must be all, recommended or off`);
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- CommonJS interop: the module object is untyped
      return { name: entry[0], mode };
    }
    throw new RulesetError(`${where}: invalid "extends" entry`);
  });
}

async function loadDraft(path: string, stack: readonly string[]): Promise<RulesetDraft> {
  if (stack.includes(path)) throw new RulesetError(`ruleset ${path} extends itself (${[...stack, path].join(' -> ')})`);
  const text = readTextFile(path);
  if (text === undefined) throw new RulesetError(`cannot read ruleset file '${path}'`);
  const parsed = parseDocument(text, { source: path });
  const problem = parsed.diagnostics[0];
  if (problem !== undefined) throw new RulesetError(`${path}: ${problem.message}`);
  const raw = parsed.data;
  if (!isRecord(raw)) throw new RulesetError(`${path}: a ruleset must be an object`);
  if (raw['functions'] !== undefined || raw['functionsDir'] !== undefined) {
    throw new RulesetError(
      `${path}: custom JavaScript functions ("functions"/"functionsDir") are not supported; Groundwork never runs code from a ruleset — use Spectral's core functions`,
    );
  }
  const draft = emptyDraft();
  const baseDir = dirname(path);
  for (const { name, mode } of readExtends(raw['extends'], path)) {
    if (isBuiltinRulesetName(name)) extendWith(draft, await loadBuiltinRuleset(name), mode);
    else if (/^(https?:)?\/\//.test(name) || name.startsWith('@') || !/[./\\]/.test(name)) {
      throw new RulesetError(`${path}: cannot extend "${name}": only spectral:oas, groundwork:guidelines and relative ruleset files are supported`);
    } else {
      extendWithDraft(draft, await loadDraft(resolve(baseDir, name), [...stack, path]), mode);
    }
  }
  for (const [name, alias] of readAliases(raw['aliases'], path)) draft.aliases.set(name, alias);
  const formats = readFormats(raw['formats'], path);
  const rules = raw['rules'];
  if (rules !== undefined && !isRecord(rules)) throw new RulesetError(`${path}: "rules" must be an object`);
  for (const [id, value] of Object.entries(rules ?? {})) applyRuleEntry(draft, id, value, formats, path);
  draft.overrides.push(...readOverrides(raw['overrides'], baseDir, path));
  return draft;
}

/** Loads a ruleset by built-in name or file path. Throws RulesetError with an actionable message. */
export async function loadRuleset(nameOrPath: string): Promise<Ruleset> {
  if (isBuiltinRulesetName(nameOrPath)) {
    const draft = emptyDraft();
    extendWith(draft, await loadBuiltinRuleset(nameOrPath), 'recommended');
    return compileDraft(draft);
  }
  return compileDraft(await loadDraft(resolve(nameOrPath), []));
}
