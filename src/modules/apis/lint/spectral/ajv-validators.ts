import { createRequire } from 'node:module';
import type { Ajv, AnySchema, ErrorObject, ValidateFunction } from 'ajv';

export type Dialect = 'auto' | 'draft4' | 'draft6' | 'draft7' | 'draft2019-09' | 'draft2020-12';

const require = createRequire(import.meta.url);

function defaultExport(module: unknown): unknown {
  return typeof module === 'function' ? module : Reflect.get(module as object, 'default');
}

type AjvClass = new (options: object) => Ajv;

/** Ajv is loaded on first use (a ruleset without `schema` rules never pays for it). */
function ajvClass(dialect: Exclude<Dialect, 'auto'>): AjvClass {
  /* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- CommonJS modules loaded on demand */
  if (dialect === 'draft4') return defaultExport(require('ajv-draft-04')) as AjvClass;
  if (dialect === 'draft2019-09') return require('ajv/dist/2019').Ajv2019;
  if (dialect === 'draft2020-12') return require('ajv/dist/2020').Ajv2020;
  return require('ajv').Ajv;
  /* eslint-enable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return */
}

function create(dialect: Exclude<Dialect, 'auto'>): Ajv {
  const options = { allErrors: false, strict: false, allowUnionTypes: true, logger: false as const, unicodeRegExp: false, validateSchema: false };
  const AjvOfDialect = ajvClass(dialect);
  const ajv = new AjvOfDialect(options);
  (defaultExport(require('ajv-formats')) as (ajv: Ajv) => unknown)(ajv);
  return ajv;
}

/** Maps a `$schema` URI to a dialect, like `@stoplight/spectral-formats`' detectDialect. */
export function detectDialect(schema: unknown): Exclude<Dialect, 'auto'> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- CommonJS interop: the module object is untyped
  const uri = typeof schema === 'object' && schema !== null ? Reflect.get(schema, '$schema') : undefined;
  if (typeof uri !== 'string') return 'draft7';
  if (uri.includes('draft-04')) return 'draft4';
  if (uri.includes('draft-06')) return 'draft6';
  if (uri.includes('2019-09')) return 'draft2019-09';
  if (uri.includes('2020-12')) return 'draft2020-12';
  return 'draft7';
}

/**
 * Compiled-validator cache for the `schema` function and example checks. Compiling is the
 * expensive part, so validators are memoised by schema object and by schema text.
 */
export class SchemaValidators {
  private readonly instances = new Map<Dialect, Ajv>();
  private readonly byObject = new Map<Dialect, WeakMap<object, ValidateFunction>>();
  private readonly byText = new Map<string, ValidateFunction>();

  validator(schema: unknown, dialect: Dialect): ValidateFunction {
    const key = dialect === 'auto' ? detectDialect(schema) : dialect;
    let ajv = this.instances.get(key);
    if (ajv === undefined) {
      ajv = create(key);
      this.instances.set(key, ajv);
    }
    const byObject = this.byObject.get(key) ?? new WeakMap<object, ValidateFunction>();
    this.byObject.set(key, byObject);
    if (typeof schema === 'object' && schema !== null) {
      const known = byObject.get(schema);
      if (known !== undefined) return known;
    }
    const text = `${key}\u0000${JSON.stringify(schema)}`;
    const cached = this.byText.get(text);
    // Drop `$id`s: two examples' schemas must not collide in one Ajv instance.
    const compiled: ValidateFunction = cached ?? ajv.compile(toSchema(stripIds(schema)));
    this.byText.set(text, compiled);
    if (typeof schema === 'object' && schema !== null) byObject.set(schema, compiled);
    return compiled;
  }
}

function toSchema(value: unknown): AnySchema {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...value };
  return {};
}

function stripIds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripIds);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$id' || key === 'id' && typeof value === 'string') continue;
    copy[key] = stripIds(value);
  }
  return copy;
}

export interface SchemaProblem {
  readonly message: string;
  /** Path relative to the validated value. */
  readonly path: string[];
}

function decode(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Turns Ajv errors into Spectral-like messages and paths (after better-ajv-errors). */
export function describeErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  return errors
    .filter((error) => error.keyword !== 'if')
    .map((error) => {
      const path = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(decode);
      const property = path.at(-1);
      const raw = (error.message ?? 'is invalid').replace(/['"]/g, '"').replace(/NOT/g, 'not');
      if (error.keyword === 'additionalProperties') {
        const extra = String(Reflect.get(error.params, 'additionalProperty'));
        return { message: `Property "${extra}" is not expected to be here`, path: [...path, extra] };
      }
      if (error.keyword === 'enum') {
        const allowed: unknown = Reflect.get(error.params, 'allowedValues');
        const printed = Array.isArray(allowed) ? allowed.map((value) => JSON.stringify(value)).join(', ') : '';
        return { message: `${property === undefined ? raw : `"${property}" property ${raw}`}: ${printed}`, path };
      }
      const message = property === undefined ? raw.charAt(0).toUpperCase() + raw.slice(1) : `"${property}" property ${raw}`;
      return { message, path };
    });
}
