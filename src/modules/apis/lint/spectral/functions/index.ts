import { alphabetical } from './alphabetical.js';
import { casing } from './casing.js';
import type { CoreFunction } from './core-function.js';
import { defined } from './defined.js';
import { enumeration } from './enumeration.js';
import { falsy } from './falsy.js';
import { length } from './length.js';
import { or } from './or.js';
import { pattern } from './pattern.js';
import { schema } from './schema.js';
import { truthy } from './truthy.js';
import { typedEnum } from './typed-enum.js';
import { undefinedFunction } from './undefined.js';
import { unreferencedReusableObject } from './unreferenced-reusable-object.js';
import { xor } from './xor.js';

/** Spectral's core functions by the name a ruleset file uses. */
export const coreFunctions: Readonly<Record<string, CoreFunction>> = {
  alphabetical,
  casing,
  defined,
  enumeration,
  falsy,
  length,
  or,
  pattern,
  schema,
  truthy,
  typedEnum,
  undefined: undefinedFunction,
  unreferencedReusableObject,
  xor,
};

export type { CoreFunction } from './core-function.js';
export { validateWithSchema } from './schema.js';
