/**
 * What `groundwork adr push` sends: a repository's records as the server stores them.
 * Pure: parsed records in, request body out.
 */
import { relationOfLabel, statusOfRecord } from '../architecture.js';
import type { PushBody, PushRecord } from '../architecture.schema.js';
import type { AdrRecord } from './adr-record.js';

export function pushRecordOf(record: AdrRecord & { number: number }): PushRecord {
  return {
    number: record.number,
    file: record.file,
    title: record.title === '' ? record.file : record.title,
    status: statusOfRecord(record),
    date: record.date ?? null,
    deciders: decidersOf(record),
    body: record.body,
    relations: record.links.flatMap((link) => {
      const kind = relationOfLabel(link.label);
      return kind === undefined ? [] : [{ kind, target: link.target }];
    }),
  };
}

export function pushBodyOf(records: readonly AdrRecord[], service: string | undefined): PushBody {
  const numbered = records.filter((r): r is AdrRecord & { number: number } => r.number !== undefined);
  return { ...(service !== undefined ? { service } : {}), records: numbered.map(pushRecordOf) };
}

/** MADR `decision-makers`, written as a list or a comma-separated string. */
function decidersOf(record: AdrRecord): string[] {
  const value = record.frontMatter?.['decision-makers'];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return [];
}
