// The choices forms and filters offer: the server's own enumerations (catalog.ts is pure, so
// importing it brings a few constants into the bundle and nothing else).
import { ARCHITECTURES, LIFECYCLES, TIERS } from '../../../../src/modules/catalog/catalog.js';

export const TIER_OPTIONS: readonly string[] = TIERS.map(String);
export const LIFECYCLE_OPTIONS = LIFECYCLES;
export const ARCHITECTURE_OPTIONS = ARCHITECTURES;
