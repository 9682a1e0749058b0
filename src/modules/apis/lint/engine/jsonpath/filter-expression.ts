/**
 * Filter expressions of Spectral/Nimma JSONPath (`[?(@ && @.type === "array")]`), compiled
 * to closures by an interpreter of a small, side-effect-free JavaScript subset: no `eval`,
 * no `new Function`, no access to prototypes, so a ruleset can never run code.
 *
 * Supported: `@` (the candidate), `@property`, `@parentProperty`, `@parent`, `@root`, `@path`,
 * member access (`.a`, `['a']`, `.length`, `.constructor.name`), calls of a few pure
 * string/array methods (`includes`, `match`, `test`, `startsWith`, `endsWith`, `indexOf`,
 * `toLowerCase`, `toUpperCase`, `trim`), literals (strings, numbers, regexes, `true`, `false`,
 * `null`, `undefined`, `void 0`), `!`, `typeof`, `-`, comparisons, `&&`, `||`, `? :` and `in`.
 */

/** What a filter can see about the candidate node. */
export interface FilterScope {
  readonly value: unknown;
  readonly property: string | number | undefined;
  readonly parentProperty: string | number | undefined;
  readonly parent: unknown;
  readonly root: unknown;
  readonly path: readonly (string | number)[];
}

export type FilterPredicate = (scope: FilterScope) => boolean;
type Eval = (scope: FilterScope) => unknown;

/**
 * What is known statically about a compiled sub-expression when the candidate `@` is not an
 * object (a string, number, boolean or null leaf): `undefined` means it evaluates to
 * undefined, `falsy` that it evaluates to a falsy value. A filter that is falsy on leaves
 * never has to run on them (most nodes of a document are leaves).
 */
type Fact = 'at' | 'literal' | 'undefined' | 'falsy';
const facts = new WeakMap<Eval, Fact>();
const EMPTY_SCOPE: FilterScope = { value: undefined, property: undefined, parentProperty: undefined, parent: undefined, root: undefined, path: [] };
const fact = (evaluate: Eval): Fact | undefined => facts.get(evaluate);
function withFact(evaluate: Eval, known: Fact | undefined): Eval {
  if (known !== undefined) facts.set(evaluate, known);
  return evaluate;
}
const isFalsyOnLeaves = (evaluate: Eval): boolean => {
  const known = fact(evaluate);
  return known === 'undefined' || known === 'falsy';
};
/** Methods that return a falsy value (or undefined) when called on undefined. */
const FALSY_ON_UNDEFINED = new Set(['includes', 'startsWith', 'endsWith', 'match', 'test']);
const UNDEFINED_ON_UNDEFINED = new Set(['toLowerCase', 'toUpperCase', 'trim']);

type Token =
  | { kind: 'punct'; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'regex'; value: RegExp }
  | { kind: 'at'; text: string };

const PUNCTUATION = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '.', '[', ']', '(', ')', ',', '?', ':', '-', '+'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const regexAllowed = () => {
    const last = tokens.at(-1);
    return last === undefined || (last.kind === 'punct' && last.text !== ')' && last.text !== ']');
  };
  while (i < source.length) {
    const char = source.charAt(i);
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '@') {
      const match = /^@[A-Za-z]*/.exec(source.slice(i));
      const text = match?.[0] ?? '@';
      tokens.push({ kind: 'at', text });
      i += text.length;
      continue;
    }
    if (char === '"' || char === "'") {
      let j = i + 1;
      let value = '';
      while (j < source.length && source.charAt(j) !== char) {
        if (source.charAt(j) === '\\') {
          const next = source.charAt(j + 1);
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          j += 2;
        } else {
          value += source.charAt(j);
          j++;
        }
      }
      if (j >= source.length) throw new Error(`unterminated string in filter expression "${source}"`);
      tokens.push({ kind: 'string', value });
      i = j + 1;
      continue;
    }
    if (char === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && (source.charAt(j) !== '/' || inClass)) {
        if (source.charAt(j) === '\\') j++;
        else if (source.charAt(j) === '[') inClass = true;
        else if (source.charAt(j) === ']') inClass = false;
        j++;
      }
      const body = source.slice(i + 1, j);
      const flags = /^[a-z]*/.exec(source.slice(j + 1))?.[0] ?? '';
      tokens.push({ kind: 'regex', value: new RegExp(body, flags) });
      i = j + 1 + flags.length;
      continue;
    }
    const number = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(source.slice(i));
    if (number !== null) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_$][\w$]*/.exec(source.slice(i));
    if (name !== null) {
      tokens.push({ kind: 'name', text: name[0] });
      i += name[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
    if (punct === undefined) throw new Error(`unexpected "${char}" in filter expression "${source}"`);
    tokens.push({ kind: 'punct', text: punct });
    i += punct.length;
  }
  return tokens;
}

const CONSTRUCTOR_NAMES = new Map<string, string>([
  ['string', 'String'],
  ['number', 'Number'],
  ['boolean', 'Boolean'],
]);

/** `value.constructor` as a safe stand-in object exposing only `name`. */
function constructorOf(value: unknown): { name: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return { name: 'Array' };
  if (typeof value === 'object') return { name: 'Object' };
  const name = CONSTRUCTOR_NAMES.get(typeof value);
  return name === undefined ? undefined : { name };
}

/** Member access limited to own data: own keys, `length`, `constructor`. */
export function member(target: unknown, key: unknown): unknown {
  if (target === null || target === undefined) return undefined;
  const name = typeof key === 'number' ? key : String(key);
  if (name === 'constructor') return constructorOf(target);
  if (typeof target === 'string') {
    if (name === 'length') return target.length;
    return typeof name === 'number' || /^\d+$/.test(name) ? target.charAt(Number(name)) : undefined;
  }
  if (Array.isArray(target)) {
    if (name === 'length') return target.length;
    const index = Number(name);
    return Number.isInteger(index) ? target[index] : undefined;
  }
  if (typeof target === 'object' && Object.hasOwn(target, name)) return Reflect.get(target, name);
  return undefined;
}

const METHODS: Record<string, (target: unknown, args: unknown[]) => unknown> = {
  includes: (t, [a]) => (typeof t === 'string' ? t.includes(String(a)) : Array.isArray(t) ? t.includes(a) : false),
  indexOf: (t, [a]) => (typeof t === 'string' ? t.indexOf(String(a)) : Array.isArray(t) ? t.indexOf(a) : -1),
  startsWith: (t, [a]) => typeof t === 'string' && t.startsWith(String(a)),
  endsWith: (t, [a]) => typeof t === 'string' && t.endsWith(String(a)),
  match: (t, [a]) => (typeof t === 'string' ? t.match(a instanceof RegExp ? a : new RegExp(String(a))) : null),
  test: (t, [a]) => t instanceof RegExp && t.test(String(a)),
  toLowerCase: (t) => (typeof t === 'string' ? t.toLowerCase() : undefined),
  toUpperCase: (t) => (typeof t === 'string' ? t.toUpperCase() : undefined),
  trim: (t) => (typeof t === 'string' ? t.trim() : undefined),
};

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): Eval {
    const expression = this.ternary();
    if (this.index < this.tokens.length) this.fail('unexpected trailing input');
    return expression;
  }

  private fail(message: string): never {
    throw new Error(`${message} in filter expression "${this.source}"`);
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private eat(text: string): boolean {
    const token = this.peek();
    if (token !== undefined && (token.kind === 'punct' || token.kind === 'name') && token.text === text) {
      this.index++;
      return true;
    }
    return false;
  }

  private ternary(): Eval {
    const test = this.or();
    if (!this.eat('?')) return test;
    const yes = this.ternary();
    if (!this.eat(':')) this.fail('expected ":"');
    const no = this.ternary();
    return (s) => (test(s) ? yes(s) : no(s));
  }

  private or(): Eval {
    let left = this.and();
    while (this.eat('||')) {
      const l = left;
      const r = this.and();
      left = withFact((s) => l(s) || r(s), isFalsyOnLeaves(l) && isFalsyOnLeaves(r) ? 'falsy' : undefined);
    }
    return left;
  }

  private and(): Eval {
    let left = this.equality();
    while (this.eat('&&')) {
      const l = left;
      const r = this.equality();
      left = withFact((s) => l(s) && r(s), isFalsyOnLeaves(l) || isFalsyOnLeaves(r) ? 'falsy' : undefined);
    }
    return left;
  }

  private equality(): Eval {
    let left = this.relation();
    for (;;) {
      const l = left;
      if (this.eat('===')) {
        const r = this.relation();
        // undefined === a literal (other than undefined itself) is false.
        const known = (fact(l) === 'undefined' && fact(r) === 'literal') || (fact(r) === 'undefined' && fact(l) === 'literal') ? 'falsy' : undefined;
        left = withFact((s) => l(s) === r(s), known);
      } else if (this.eat('!==')) {
        const r = this.relation();
        left = (s) => l(s) !== r(s);
      } else if (this.eat('==')) {
        const r = this.relation();
        // undefined == a literal other than null/undefined is false.
        const literalOtherThanNull = (side: Eval) => fact(side) === 'literal' && side(EMPTY_SCOPE) !== null && side(EMPTY_SCOPE) !== undefined;
        const known = (fact(l) === 'undefined' && literalOtherThanNull(r)) || (fact(r) === 'undefined' && literalOtherThanNull(l)) ? 'falsy' : undefined;
        left = withFact((s) => looseEquals(l(s), r(s)), known);
      } else if (this.eat('!=')) {
        const r = this.relation();
        left = (s) => !looseEquals(l(s), r(s));
      } else return left;
    }
  }

  private relation(): Eval {
    let left = this.additive();
    for (;;) {
      const l = left;
      const op = ['<=', '>=', '<', '>', 'in'].find((candidate) => this.eat(candidate));
      if (op === undefined) return left;
      const r = this.additive();
      // NaN compares false; `x in undefined` is false.
      const known = op === 'in' ? (fact(r) === 'undefined' ? 'falsy' : undefined) : fact(l) === 'undefined' || fact(r) === 'undefined' ? 'falsy' : undefined;
      left = withFact((s) => compare(op, l(s), r(s)), known);
    }
  }

  private additive(): Eval {
    let left = this.unary();
    while (this.eat('+')) {
      const l = left;
      const r = this.unary();
      left = (s) => {
        const a = l(s);
        const b = r(s);
        return typeof a === 'number' && typeof b === 'number' ? a + b : String(a) + String(b);
      };
    }
    return left;
  }

  private unary(): Eval {
    if (this.eat('!')) {
      const operand = this.unary();
      return (s) => !operand(s);
    }
    if (this.eat('-')) {
      const operand = this.unary();
      return (s) => -Number(operand(s));
    }
    if (this.eat('typeof')) {
      const operand = this.unary();
      return (s) => {
        const value = operand(s);
        return value === null ? 'object' : typeof value;
      };
    }
    if (this.eat('void')) {
      this.unary();
      return () => undefined;
    }
    return this.postfix();
  }

  private postfix(): Eval {
    let target = this.primary();
    for (;;) {
      if (this.eat('.')) {
        const token = this.peek();
        if (token?.kind !== 'name') this.fail('expected a property name after "."');
        this.index++;
        target = this.callOrMember(target, token.text);
      } else if (this.eat('[')) {
        const key = this.ternary();
        if (!this.eat(']')) this.fail('expected "]"');
        const t = target;
        target = withFact((s) => member(t(s), key(s)), fact(t) === 'undefined' ? 'undefined' : undefined);
      } else return target;
    }
  }

  private callOrMember(target: Eval, name: string): Eval {
    if (!this.eat('(')) {
      // A named member of a leaf is undefined (strings only have `length` and indexes).
      const undefinedOnLeaves = fact(target) === 'undefined' || (fact(target) === 'at' && name !== 'length' && name !== 'constructor' && !/^\d+$/.test(name));
      return withFact((s) => member(target(s), name), undefinedOnLeaves ? 'undefined' : undefined);
    }
    const args: Eval[] = [];
    if (!this.eat(')')) {
      do args.push(this.ternary());
      while (this.eat(','));
      if (!this.eat(')')) this.fail('expected ")"');
    }
    const method = METHODS[name];
    if (method === undefined) this.fail(`method "${name}" is not supported`);
    const onLeaves = fact(target) !== 'undefined' ? undefined : UNDEFINED_ON_UNDEFINED.has(name) ? 'undefined' : FALSY_ON_UNDEFINED.has(name) ? 'falsy' : undefined;
    const [first] = args;
    if (args.length === 0) return withFact((s) => method(target(s), []), onLeaves);
    if (args.length === 1 && first !== undefined) return withFact((s) => method(target(s), [first(s)]), onLeaves);
    return withFact((s) => method(target(s), args.map((arg) => arg(s))), onLeaves);
  }

  private primary(): Eval {
    const token = this.peek();
    if (token === undefined) this.fail('unexpected end');
    this.index++;
    switch (token.kind) {
      case 'string':
      case 'number':
      case 'regex': {
        const value = token.value;
        return withFact(() => value, 'literal');
      }
      case 'at':
        return this.atVariable(token.text);
      case 'name':
        return this.name(token.text);
      case 'punct':
        if (token.text === '(') {
          const inner = this.ternary();
          if (!this.eat(')')) this.fail('expected ")"');
          return inner;
        }
        return this.fail(`unexpected "${token.text}"`);
    }
  }

  private atVariable(text: string): Eval {
    switch (text) {
      case '@':
        return withFact((s) => s.value, 'at');
      case '@property':
        return (s) => s.property;
      case '@parentProperty':
        return (s) => s.parentProperty;
      case '@parent':
        return (s) => s.parent;
      case '@root':
        return (s) => s.root;
      case '@path':
        return (s) => s.path;
      default:
        return this.fail(`unknown variable "${text}"`);
    }
  }

  private name(text: string): Eval {
    switch (text) {
      case 'true':
        return withFact(() => true, 'literal');
      case 'false':
        return withFact(() => false, 'literal');
      case 'null':
        return withFact(() => null, 'literal');
      case 'undefined':
        return () => undefined;
      case '$':
        return (s) => s.root;
      default:
        return this.fail(`unknown identifier "${text}"`);
    }
  }
}

function looseEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'object' || typeof b === 'object') return false;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- values here are JSON primitives from a parsed document
  return String(a) === String(b) && (typeof a === typeof b || Number(a) === Number(b));
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === 'in') return typeof b === 'object' && b !== null && Object.hasOwn(b, String(a));
  const x = typeof a === 'number' || typeof a === 'string' ? a : Number(a);
  const y = typeof b === 'number' || typeof b === 'string' ? b : Number(b);
  switch (op) {
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

const readsParentProperty = new WeakSet<FilterPredicate>();
const falseOnLeaves = new WeakSet<FilterPredicate>();

/** Whether a compiled filter is false whenever the candidate is not an object or array. */
export function filterNeedsContainer(predicate: FilterPredicate): boolean {
  return falseOnLeaves.has(predicate);
}

/** Whether a compiled filter reads `@parentProperty` (its result then depends on how a node was reached). */
export function filterUsesParentProperty(predicate: FilterPredicate): boolean {
  return readsParentProperty.has(predicate);
}

/** Compiles a filter expression (without the surrounding `?( )`). Throws on syntax errors. */
export function compileFilter(source: string): FilterPredicate {
  const tokens = tokenize(source);
  const evaluate = new Parser(tokens, source).parse();
  const predicate: FilterPredicate = (scope) => {
    try {
      return Boolean(evaluate(scope));
    } catch {
      // A filter that fails on odd data (like Nimma's) simply does not match.
      return false;
    }
  };
  if (tokens.some((token) => token.kind === 'at' && token.text === '@parentProperty')) readsParentProperty.add(predicate);
  if (isFalsyOnLeaves(evaluate)) falseOnLeaves.add(predicate);
  return predicate;
}
