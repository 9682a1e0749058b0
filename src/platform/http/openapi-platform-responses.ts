/**
 * Documents what the platform does for every route, so the generated OpenAPI document
 * tells the truth without each module repeating it: error bodies are RFC 9457
 * `application/problem+json`; authenticated routes answer 401 and 403; every route can
 * answer 500; routes with input answer 400. Tags used by operations are declared.
 */
import { ProblemSchema } from './problem.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

const TAG_DESCRIPTIONS: Record<string, string> = {
  session: 'Browser sign-in with an HttpOnly session cookie.',
  tokens: 'API tokens: created once, stored hashed, revocable.',
  audit: 'Who changed what, when, with the before and after.',
};

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemResponse(description: string): Json {
  return { description, content: { 'application/problem+json': { schema: PROBLEM_REF } } };
}

function asProblemMedia(response: unknown): void {
  if (!isJson(response) || !isJson(response.content)) return;
  const content = response.content;
  const json = content['application/json'];
  if (json !== undefined && content['application/problem+json'] === undefined) {
    content['application/problem+json'] = json;
    delete content['application/json'];
  }
}

function completeOperation(operation: Json, secured: boolean, tags: Set<string>): void {
  const responses = isJson(operation.responses) ? operation.responses : {};
  operation.responses = responses;
  for (const [status, response] of Object.entries(responses)) {
    if (/^[45]/.test(status)) asProblemMedia(response);
  }
  const hasInput = operation.requestBody !== undefined || (Array.isArray(operation.parameters) && operation.parameters.length > 0);
  if (hasInput && responses['400'] === undefined) responses['400'] = problemResponse('The request is malformed or invalid.');
  if (secured) {
    responses['401'] ??= problemResponse('No valid token or session.');
    responses['403'] ??= problemResponse('The token lacks the role this needs.');
  }
  if (!Object.keys(responses).some((s) => s.startsWith('5') || s === 'default')) {
    responses['500'] = problemResponse('The server failed; the request id identifies it in the logs.');
  }
  if (Array.isArray(operation.tags)) for (const tag of operation.tags) if (typeof tag === 'string') tags.add(tag);
}

export function withPlatformResponses<T extends object>(document: T, tagDescriptions: Record<string, string> = {}): T {
  const doc = document as Json;
  const tags = new Set<string>();
  const paths = isJson(doc.paths) ? doc.paths : {};
  for (const pathItem of Object.values(paths)) {
    if (!isJson(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isJson(operation)) continue;
      const secured = !(Array.isArray(operation.security) && operation.security.length === 0);
      completeOperation(operation, secured, tags);
    }
  }
  const components = isJson(doc.components) ? doc.components : {};
  doc.components = components;
  const schemas = isJson(components.schemas) ? components.schemas : {};
  components.schemas = schemas;
  const { $id: _id, ...problemSchema } = ProblemSchema as unknown as Json;
  schemas.Problem = problemSchema;
  const descriptions = { ...TAG_DESCRIPTIONS, ...tagDescriptions };
  doc.tags = [...tags].sort().map((name) => ({ name, description: descriptions[name] ?? `Operations on ${name}.` }));
  return document;
}
