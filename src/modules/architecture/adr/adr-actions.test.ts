/**
 * What `groundwork adr` does beyond adr-tools — MADR 4 records, mixed folders, Mermaid,
 * lint, malformed front matter — run on real folders in a temporary directory, plus the
 * project's own MADR records in docs/adr as real-world input.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adrGraph, adrInit, adrLink, adrLint, adrNew, type AdrContext } from './adr-actions.js';
import { AdrInputError } from './adr-errors.js';
import { nodeAdrFs } from './adr-fs.js';
import { parseRecord } from './adr-record.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

let cwd: string;
let output: string;
let editorCalls: string[];

function context(env: Record<string, string> = {}): AdrContext {
  return {
    fs: nodeAdrFs(cwd),
    env: { ADR_DATE: '2026-11-28', ...env },
    write: (text) => {
      output += text;
    },
    runEditor: (command, file) => {
      editorCalls.push(`${command} ${file}`);
      return 0;
    },
    today: () => '2026-01-01',
  };
}

const read = (path: string): string => readFileSync(join(cwd, path), 'utf8');

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'groundwork-adr-'));
  output = '';
  editorCalls = [];
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('MADR 4 records', () => {
  it('writes the MADR front matter and sections', () => {
    const ctx = context();
    adrInit(ctx, 'docs/decisions', 'madr');
    adrNew(ctx, { title: ['Use', 'PostgreSQL'], template: 'madr', decisionMakers: ['Ana', 'Bo'], consulted: ['DBA team'] });
    expect(output).toBe('docs/decisions/0001-record-architecture-decisions.md\ndocs/decisions/0002-use-postgresql.md\n');
    const text = read('docs/decisions/0002-use-postgresql.md');
    const frontMatter = parse(text.split('---\n')[1] ?? '') as Record<string, unknown>;
    expect(frontMatter).toEqual({
      status: 'accepted',
      date: '2026-11-28',
      'decision-makers': 'Ana, Bo',
      consulted: 'DBA team',
      informed: null,
    });
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Use PostgreSQL',
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '### Confirmation',
      '## Pros and Cons of the Options',
      '### {title of option 1}',
      '### {title of other option}',
      '## More Information',
    ]);
    expect(editorCalls).toEqual([]);
  });

  it('supersedes and links MADR records on both ends, and lint finds nothing', () => {
    const ctx = context();
    adrInit(ctx, undefined, 'madr');
    adrNew(ctx, { title: ['Use', 'MySQL'], template: 'madr' });
    adrNew(ctx, { title: ['Use', 'PostgreSQL'], template: 'madr', supersedes: ['2'], links: ['1:Relates to:Related to'] });
    const old = parseRecord('0002-use-mysql.md', read('doc/adr/0002-use-mysql.md'));
    expect(old.status).toEqual(['superseded by ADR-0003']);
    expect(old.links).toEqual([{ label: 'Superseded by', target: 3, href: '0003-use-postgresql.md' }]);
    const current = parseRecord('0003-use-postgresql.md', read('doc/adr/0003-use-postgresql.md'));
    expect(current.links.map((l) => `${l.label} -> ${l.href}`)).toEqual([
      'Supersedes -> 0002-use-mysql.md',
      'Relates to -> 0001-record-architecture-decisions.md',
    ]);
    expect(read('doc/adr/0003-use-postgresql.md')).toContain(
      '## More Information\n\n{You might want',
    );
    expect(read('doc/adr/0001-record-architecture-decisions.md')).toContain(
      'Related to [3. Use PostgreSQL](0003-use-postgresql.md)\n',
    );
    expect(adrLint(ctx).findings).toEqual([]);
  });

  it('marks a Nygard record superseded by a MADR one the adr-tools way', () => {
    const ctx = context();
    adrInit(ctx, undefined);
    adrNew(ctx, { title: ['Use', 'MADR', 'from', 'now', 'on'], template: 'madr', supersedes: ['1'] });
    expect(read('doc/adr/0001-record-architecture-decisions.md')).toContain(
      '## Status\n\nSuperceded by [2. Use MADR from now on](0002-use-madr-from-now-on.md)\n\n## Context',
    );
    expect(adrLint(ctx).findings).toEqual([]);
  });

  it('changes nothing when a reference does not resolve', () => {
    const ctx = context();
    adrInit(ctx, undefined);
    expect(() => adrNew(ctx, { title: ['X'], supersedes: ['7'] })).toThrow(/no decision record matches "7"/);
    expect(() => adrNew(ctx, { title: ['X'], links: ['1:Amends'] })).toThrow(/TARGET:LINK:REVERSE-LINK/);
    expect(() => { adrLink(ctx, '1', 'Amends', '9', 'Amended by'); }).toThrow(AdrInputError);
    expect(readdirSync(join(cwd, 'doc/adr'))).toEqual(['0001-record-architecture-decisions.md']);
  });

  it('refuses malformed front matter with the file and line, and writes nothing', () => {
    const ctx = context();
    adrInit(ctx, undefined, 'madr');
    const broken = '---\nstatus: accepted\ndate: [2026-11-28\n---\n\n# Broken\n';
    writeFileSync(join(cwd, 'doc/adr/0002-broken.md'), broken);
    expect(() => adrNew(ctx, { title: ['Next'], template: 'madr', supersedes: ['2'] })).toThrow(
      /^0002-broken\.md: malformed front matter at line 4: Flow sequence/,
    );
    expect(read('doc/adr/0002-broken.md')).toBe(broken);
    expect(readdirSync(join(cwd, 'doc/adr'))).toHaveLength(2);
    writeFileSync(join(cwd, 'doc/adr/0003-unclosed.md'), '---\nstatus: accepted\n\n# Unclosed\n');
    const findings = adrLint(ctx).findings;
    expect(findings.map((f) => [f.rule, f.file])).toEqual([
      ['malformed-front-matter', '0002-broken.md'],
      ['malformed-front-matter', '0003-unclosed.md'],
    ]);
    expect(findings[1]?.message).toMatch(/no closing ---/);
  });
});

describe('adr lint', () => {
  it('reports each kind of problem in a folder adr-tools would accept', () => {
    const ctx = context();
    adrInit(ctx, undefined);
    adrNew(ctx, { title: ['Use', 'MySQL'] });
    adrNew(ctx, { title: ['Use', 'PostgreSQL'], supersedes: ['2'] });
    adrNew(ctx, { title: ['Cache', 'reads'] });
    // Hand edits that break the folder: status undone, a record renumbered, one removed.
    const mysql = read('doc/adr/0002-use-mysql.md').replace('Superceded by', 'Accepted\n\nReplaced by');
    writeFileSync(join(cwd, 'doc/adr/0002-use-mysql.md'), mysql);
    const cache = read('doc/adr/0004-cache-reads.md').replace('## Status\n\nAccepted\n', '## Status\n\n');
    writeFileSync(join(cwd, 'doc/adr/0004-cache-reads.md'), cache);
    adrLink(ctx, '4', 'Amends', '3', 'Amended by');
    rmSync(join(cwd, 'doc/adr/0003-use-postgresql.md'));
    writeFileSync(join(cwd, 'doc/adr/0006-use-postgresql.md'), read('doc/adr/0002-use-mysql.md'));
    writeFileSync(join(cwd, 'doc/adr/0006-use-redis.md'), '# 6. Use Redis\n\nDate: 2026-11-28\n\n## Status\n\nProposed\n\n## Context\n');

    const report = adrLint(ctx);
    expect(report.records).toBe(5);
    expect(report.findings.map((f) => `${f.rule} ${f.file ?? '-'}`)).toEqual([
      'broken-link 0002-use-mysql.md',
      'missing-status 0004-cache-reads.md',
      'broken-link 0004-cache-reads.md',
      'title-number-mismatch 0006-use-postgresql.md',
      'broken-link 0006-use-postgresql.md',
      'duplicate-number 0006-use-redis.md',
      'numbering-gap -',
    ]);
    expect(report.findings.at(-1)?.message).toBe('numbering has gaps: no record numbered 3, 5');
  });

  it('finds a superseded record whose status does not say so', () => {
    const ctx = context();
    adrInit(ctx, undefined);
    adrNew(ctx, { title: ['Second'], supersedes: ['1'] });
    const first = read('doc/adr/0001-record-architecture-decisions.md').replace(/Superceded by .*\n/, 'Accepted\n');
    writeFileSync(join(cwd, 'doc/adr/0001-record-architecture-decisions.md'), first);
    expect(adrLint(ctx).findings).toEqual([
      {
        rule: 'superseded-not-marked',
        file: '0001-record-architecture-decisions.md',
        message: 'superseded by 0002-second.md but its status does not say so',
      },
    ]);
  });

  it("reads the project's own MADR records without problems", () => {
    mkdirSync(join(cwd, 'docs'));
    writeFileSync(join(cwd, '.adr-dir'), `${join(repo, 'docs/adr')}\n`);
    const report = adrLint(context());
    expect(report.records).toBeGreaterThanOrEqual(5);
    // The project reserves 0001-0009 for its lead, so a numbering gap there is expected.
    expect(report.findings.filter((f) => f.rule !== 'numbering-gap')).toEqual([]);
  });
});

describe('adr generate graph --format mermaid', () => {
  it('draws records in order and their forward relations', () => {
    const ctx = context();
    adrInit(ctx, undefined);
    adrNew(ctx, { title: ['An', 'idea'] });
    adrNew(ctx, { title: ['A', '"better"', 'idea'], supersedes: ['2'], links: ['1:Amends:Amended by'] });
    output = '';
    adrGraph(ctx, { format: 'mermaid', linkPrefix: 'https://example.com/adr/' });
    expect(output).toBe(
      [
        'flowchart TD',
        '  adr1["1. Record architecture decisions"]',
        '  click adr1 href "https://example.com/adr/0001-record-architecture-decisions.html"',
        '  adr2["2. An idea"]',
        '  click adr2 href "https://example.com/adr/0002-an-idea.html"',
        '  adr1 -.-> adr2',
        '  adr3["3. A #quot;better#quot; idea"]',
        '  click adr3 href "https://example.com/adr/0003-a-better-idea.html"',
        '  adr2 -.-> adr3',
        '  adr3 -->|"Supercedes"| adr2',
        '  adr3 -->|"Amends"| adr1',
        '',
      ].join('\n'),
    );
  });
});
