import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

function scopeDefined(oasVersion: 2 | 3, scope: string, scheme: unknown): boolean {
  if (!isRecord(scheme)) return false;
  if (oasVersion === 2) return isRecord(scheme['scopes']) && scope in scheme['scopes'];
  const flows = scheme['flows'];
  if (!isRecord(flows)) return false;
  return Object.values(flows).some((flow) => isRecord(flow) && isRecord(flow['scopes']) && scope in flow['scopes']);
}

/** Security requirements name defined schemes, and their scopes exist (options: { oasVersion }). */
export function oasSecurityDefined(oasVersion: 2 | 3): RuleFunction {
  return (requirement, _options, { path, documentData }) => {
    if (!isRecord(requirement)) return undefined;
    const names = Object.keys(requirement);
    if (names.length === 0 || !isRecord(documentData)) return undefined;
    // Spectral's input schema: every value is an array of strings.
    if (!names.every((name) => Array.isArray(requirement[name]) && (requirement[name] as unknown[]).every((s) => typeof s === 'string'))) return undefined;
    const components = documentData['components'];
    const schemes = oasVersion === 2 ? documentData['securityDefinitions'] : isRecord(components) ? components['securitySchemes'] : undefined;
    const results: RuleFunctionResult[] = [];
    for (const name of names) {
      if (!isRecord(schemes) || !(name in schemes)) {
        const object = path.length === 2 ? 'API' : 'Operation';
        const location = oasVersion === 2 ? 'securityDefinitions' : 'components.securitySchemes';
        results.push({ message: `${object} "security" values must match a scheme defined in the "${location}" object.`, path: [...path, name] });
        continue;
      }
      const scopes = requirement[name];
      if (!Array.isArray(scopes)) continue;
      scopes.forEach((scope: unknown, i) => {
        if (!scopeDefined(oasVersion, String(scope), schemes[name])) {
          results.push({ message: `"${String(scope)}" must be listed among scopes.`, path: [...path, name, i] });
        }
      });
    }
    return results.length > 0 ? results : undefined;
  };
}
