import type { Command } from 'commander';

// Owned by the diff engine work (issue 5); replaced as the engine lands.
export function registerDiffCommands(_api: Command): void {
  // registers `api diff` and `api changelog`
}
