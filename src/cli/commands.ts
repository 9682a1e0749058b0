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
  serve: {
    summary: 'Start the Groundwork server',
    load: async () => (await import('../platform/platform.cli.js')).registerServeCommand,
  },
  token: {
    summary: 'Manage API tokens',
    load: async () => (await import('../platform/platform.cli.js')).registerTokenCommands,
  },
  catalog: { summary: 'The service catalog: list, get, import and export (Backstage YAML)', load: async () => (await import('../modules/catalog/catalog.cli.js')).registerCatalogCommands },
  api: {
    summary: 'API governance: lint and diff OpenAPI documents',
    load: async () => (await import('../modules/apis/apis.cli.js')).registerApiCommands,
  },
  readiness: { summary: 'Operational readiness: check a service against a level (CI gate) and report', load: async () => (await import('../modules/readiness/readiness.cli.js')).registerReadinessCommands },
  adr: {
    summary: 'Architecture decision records: a drop-in for adr-tools, plus MADR, Mermaid and lint',
    load: async () => (await import('../modules/architecture/adr/adr.cli.js')).registerAdrCommands,
  },
};
