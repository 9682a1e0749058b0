import { isRecord, parsePointer, toPointer } from '../../../document/index.js';
import { defineCoreFunction, option } from './core-function.js';

/** Objects under `reusableObjectsLocation` (e.g. `#/definitions`) that no `$ref` points at. */
export const unreferencedReusableObject = defineCoreFunction({
  name: 'unreferencedReusableObject',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['reusableObjectsLocation'],
    properties: { reusableObjectsLocation: { type: 'string', pattern: '^#' } },
  },
  accepts: isRecord,
  parse: (options) => String(option(options, 'reusableObjectsLocation')),
  run: (value, location, { index, source }) => {
    if (!isRecord(value)) return undefined;
    const base = parsePointer(location.slice(1)) ?? [];
    const referenced = index.refTargets;
    return Object.keys(value)
      .filter((name) => !referenced.has(`${source}#${toPointer([...base, name])}`))
      .map((name) => ({ message: 'Potential orphaned reusable object has been detected', path: [...base, name] }));
  },
});
