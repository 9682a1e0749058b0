import { occurrencesNote, type Change, type Level } from '../change.js';
import type { CheckMeta } from '../check.js';

const SARIF_LEVEL: Readonly<Record<Level, 'error' | 'warning' | 'note'>> = { breaking: 'error', warning: 'warning', info: 'note' };

export interface SarifFiles {
  /** URI of the base document (for changes that only exist there). */
  readonly base: string;
  /** URI of the head document. */
  readonly head: string;
}

/**
 * SARIF 2.1.0 for code-scanning UIs: one rule per check id, results located in the head
 * document (or the base one for things that are gone). Pure.
 */
export function formatSarif(changes: readonly Change[], metas: readonly CheckMeta[], files: SarifFiles): string {
  const used = new Set(changes.map((c) => c.id));
  const rules = metas
    .filter((m) => used.has(m.id))
    .map((m) => ({ id: m.id, shortDescription: { text: m.description }, defaultConfiguration: { level: SARIF_LEVEL[m.level] } }));
  const results = changes.map((change) => {
    const inHead = change.head !== undefined;
    const location = change.head ?? change.base;
    return {
      ruleId: change.id,
      level: SARIF_LEVEL[change.level],
      message: { text: `${change.operation ? `${change.operation.method} ${change.operation.path}: ` : ''}${change.message}${occurrencesNote(change)}` },
      locations: location
        ? [
            {
              physicalLocation: {
                artifactLocation: { uri: inHead ? files.head : files.base },
                ...(location.line !== undefined ? { region: { startLine: location.line } } : {}),
              },
              logicalLocations: [{ fullyQualifiedName: location.pointer }],
            },
          ]
        : [],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'groundwork-api-diff', informationUri: 'https://groundwork.dev', rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
