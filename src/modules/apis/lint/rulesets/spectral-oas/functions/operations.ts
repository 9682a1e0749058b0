import { isRecord } from '../../../../document/index.js';

const VALID_OPERATION_KEYS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'];

export interface OperationRef {
  readonly path: string;
  readonly method: string;
  readonly value: Record<string, unknown>;
}

/** Spectral's getAllOperations: every (path, method) with an object operation, in document order. */
export function allOperations(paths: unknown, resolve: (value: unknown) => unknown): OperationRef[] {
  const result: OperationRef[] = [];
  if (!isRecord(paths)) return result;
  for (const path of Object.keys(paths)) {
    const item = resolve(paths[path]);
    if (!isRecord(item)) continue;
    for (const method of Object.keys(item)) {
      const value = item[method];
      if (!VALID_OPERATION_KEYS.includes(method) || !isRecord(value)) continue;
      result.push({ path, method, value });
    }
  }
  return result;
}

export const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
