/**
 * The registry of fact namespaces and the CEL environment built from them. Each namespace
 * becomes a CEL type whose fields are its facts, so the type checker refuses unknown facts
 * and type mismatches at save time, with the position of the error. Pure: no I/O.
 */
import { Environment } from '@marcbachmann/cel-js';
import { factKey, isFactIdentifier, type FactDefinition, type FactNamespace, type FactValue, type FactValues, type Subject } from './facts.js';

/** One namespace's facts as the evaluator hands them to CEL: an instance of its class. */
type FactObject = Record<string, unknown>;
type FactClass = new (values: FactObject) => FactObject;

function factClass(): FactClass {
  // A distinct class per namespace: cel-js recognises a custom type by its constructor.
  return class Facts {
    [field: string]: unknown;
    constructor(values: FactObject) {
      Object.assign(this, values);
    }
  };
}

function typeName(namespace: string): string {
  return `${namespace.charAt(0).toUpperCase()}${namespace.slice(1)}Facts`;
}

/** Converts a provider value to its CEL runtime form; undefined when missing or mistyped. */
function toCel(definition: FactDefinition, value: FactValue): unknown {
  if (value === null || value === undefined) return undefined;
  switch (definition.type) {
    case 'bool':
      return typeof value === 'boolean' ? value : undefined;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : undefined;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'list<string>':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  }
}

interface RegisteredNamespace {
  readonly declaration: FactNamespace;
  readonly byName: ReadonlyMap<string, FactDefinition>;
  readonly ctor: FactClass;
}

/** The CEL activation of one subject: a fact object per namespace. */
export type Activation = Readonly<Record<string, FactObject>>;

export class FactRegistry {
  readonly #namespaces = new Map<string, RegisteredNamespace>();
  #environment: Environment | undefined;

  /** Registers a namespace; throws on a programming error (duplicate or invalid names). */
  register(declaration: FactNamespace): this {
    if (!isFactIdentifier(declaration.namespace)) throw new Error(`Invalid fact namespace "${declaration.namespace}".`);
    if (this.#namespaces.has(declaration.namespace)) throw new Error(`Fact namespace "${declaration.namespace}" is already registered.`);
    const byName = new Map<string, FactDefinition>();
    for (const fact of declaration.facts) {
      if (!isFactIdentifier(fact.name)) throw new Error(`Invalid fact name "${factKey(declaration.namespace, fact.name)}".`);
      if (byName.has(fact.name)) throw new Error(`Fact "${factKey(declaration.namespace, fact.name)}" is declared twice.`);
      byName.set(fact.name, fact);
    }
    this.#namespaces.set(declaration.namespace, { declaration, byName, ctor: factClass() });
    this.#environment = undefined;
    return this;
  }

  namespaces(): FactNamespace[] {
    return [...this.#namespaces.values()].map((entry) => entry.declaration);
  }

  hasNamespace(namespace: string): boolean {
    return this.#namespaces.has(namespace);
  }

  fact(namespace: string, name: string): FactDefinition | undefined {
    return this.#namespaces.get(namespace)?.byName.get(name);
  }

  /** The CEL environment of every registered namespace (built once, rebuilt after a registration). */
  environment(): Environment {
    if (this.#environment) return this.#environment;
    const env = new Environment();
    for (const [namespace, entry] of this.#namespaces) {
      const fields: Record<string, string> = {};
      for (const fact of entry.declaration.facts) fields[fact.name] = fact.type;
      const name = typeName(namespace);
      env.registerType(name, { ctor: entry.ctor, fields });
      env.registerVariable(namespace, name, { description: entry.declaration.description });
    }
    this.#environment = env;
    return env;
  }

  /**
   * The activation of a subject, built once per subject and shared by all its checks.
   * Missing or mistyped values are left out, so `has(ns.fact)` is false for them.
   */
  activation(subject: Subject): Activation {
    const activation: Record<string, FactObject> = {};
    for (const [namespace, entry] of this.#namespaces) {
      const values = subject.facts[namespace] ?? {};
      const converted: FactObject = {};
      for (const fact of entry.declaration.facts) {
        const value = toCel(fact, values[fact.name]);
        if (value !== undefined) converted[fact.name] = value;
      }
      activation[namespace] = new entry.ctor(converted);
    }
    return activation;
  }
}

/** A fact value of an activation, as JSON (bigint → number) for results and reports. */
export function factValueOf(activation: Activation, namespace: string, name: string): FactValue {
  const value = activation[namespace]?.[name];
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return undefined;
}

export type { FactValues };
