import { isRecord, toPointer } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

const COMPONENT_TYPES = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'links', 'callbacks'];

/** Components no `$ref` anywhere points at. */
export const oasUnusedComponent: RuleFunction = (root, _options, { index, source }) => {
  if (!isRecord(root) || !isRecord(root['components'])) return undefined;
  const components = root['components'];
  const referenced = index.refTargets;
  const results: RuleFunctionResult[] = [];
  for (const type of COMPONENT_TYPES) {
    const group = components[type];
    if (!isRecord(group)) continue;
    for (const name of Object.keys(group)) {
      const path = ['components', type, name];
      if (!referenced.has(`${source}#${toPointer(path)}`)) results.push({ message: 'Potential orphaned reusable object has been detected', path });
    }
  }
  return results;
};
