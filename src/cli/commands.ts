/**
 * The table of top-level commands. One line per module; the module's CLI file is imported
 * only when its command runs (or for `--help`), which keeps `groundwork api lint` fast.
 */
import type { Command } from 'commander';

export type Registrar = (program: Command) => void;

export interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<Registrar>;
}

export const commands: Readonly<Record<string, CommandEntry>> = {
  api: {
    summary: 'API governance: lint and diff OpenAPI documents',
    load: async () => (await import('../modules/apis/apis.cli.js')).registerApiCommands,
  },
};
