import { buildNav, PLANNED_MODULES, type NavEntry, type WebModule } from './web-module.js';

// Vite finds every module file at build time, so no list here needs editing when a module
// arrives. Module files are small (route tables with lazy pages), hence eager.
const files = import.meta.glob<{ default: WebModule }>('./*/module.{ts,tsx}', { eager: true });

export const webModules: WebModule[] = Object.values(files).map((f) => f.default);
export const navEntries: NavEntry[] = buildNav(PLANNED_MODULES, webModules);
