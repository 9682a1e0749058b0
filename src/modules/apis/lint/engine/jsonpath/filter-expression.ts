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
      left = (s) => l(s) || r(s);
    }
    return left;
  }

  private and(): Eval {
    let left = this.equality();
    while (this.eat('&&')) {
      const l = left;
      const r = this.equality();
      left = (s) => l(s) && r(s);
    }
    return left;
  }

  private equality(): Eval {
    let left = this.relation();
    for (;;) {
      const l = left;
      if (this.eat('===')) {
        const r = this.relation();
        left = (s) => l(s) === r(s);
      } else if (this.eat('!==')) {
        const r = this.relation();
        left = (s) => l(s) !== r(s);
      } else if (this.eat('==')) {
        const r = this.relation();
        left = (s) => looseEquals(l(s), r(s));
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
      left = (s) => compare(op, l(s), r(s));
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
        target = (s) => member(t(s), key(s));
      } else return target;
    }
  }

  private callOrMember(target: Eval, name: string): Eval {
    if (!this.eat('(')) return (s) => member(target(s), name);
    const args: Eval[] = [];
    if (!this.eat(')')) {
      do args.push(this.ternary());
      while (this.eat(','));
      if (!this.eat(')')) this.fail('expected ")"');
    }
    const method = METHODS[name];
    if (method === undefined) this.fail(`method "${name}" is not supported`);
    return (s) => method(target(s), args.map((arg) => arg(s)));
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
        return () => value;
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
        return (s) => s.value;
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
        return () => true;
      case 'false':
        return () => false;
      case 'null':
        return () => null;
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
  return predicate;
}
