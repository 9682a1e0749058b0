// RFC 9457 problem documents as the server sends them, and the error the client throws
// for any non-2xx answer. Pure: no fetch here, so forms and tests can build one directly.

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

export class ProblemError extends Error {
  readonly problem: Problem;
  /** The whole parsed body, for extension members some pages read (e.g. import issues). */
  readonly body: unknown;

  constructor(problem: Problem, body?: unknown) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.body = body;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: FieldProblem[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const field = typeof item.field === 'string' ? item.field : typeof item.path === 'string' ? item.path : '';
    const message = typeof item.message === 'string' ? item.message : '';
    if (message !== '') out.push({ field, message });
  }
  return out;
}

/** Reads whatever body came with an error status into a Problem, never throwing. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  if (!isRecord(body)) {
    return { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
  }
  const problem: Problem = {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' ? body.title : statusText || `HTTP ${status}`,
    status: typeof body.status === 'number' ? body.status : status,
  };
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.instance === 'string') problem.instance = body.instance;
  const errors = readFieldProblems(body.errors);
  if (errors !== undefined) problem.errors = errors;
  return problem;
}

/**
 * The form field a problem's `field` points at. Servers spell it as a JSON pointer
 * (`/owner`, `/body/owner`), a dotted path (`body.owner`) or a bare name; forms key their
 * inputs by the top-level property name, so `/links/0/url` maps to `links`.
 */
export function fieldKey(field: string): string {
  const parts = field
    .replace(/^#/, '')
    .split(/[/.[\]]/)
    .filter((p) => p !== '');
  if (parts[0] === 'body') parts.shift();
  return parts[0] ?? '';
}

/** Groups a problem's field errors by form field; errors without a field go under ''. */
export function fieldErrors(problem: Problem | undefined): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const e of problem?.errors ?? []) {
    const key = fieldKey(e.field);
    const list = byField.get(key) ?? [];
    list.push(e.message);
    byField.set(key, list);
  }
  return byField;
}
