import type { Command } from 'commander';

// Owned by the lint engine work (issue 4); replaced as the engine lands.
export function registerLintCommand(_api: Command): void {
  // registers `api lint`
}
