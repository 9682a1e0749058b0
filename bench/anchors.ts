/**
 * The benchmark anchors (Spectral CLI 6.16.3, Redocly CLI 2.77.0), installed outside the
 * project's dependencies in bench/.anchors on first use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ANCHORS_DIR = join(import.meta.dirname, '.anchors');
export const SPECTRAL_BIN = join(ANCHORS_DIR, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
export const REDOCLY_BIN = join(ANCHORS_DIR, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

export function ensureAnchors(): void {
  if (existsSync(SPECTRAL_BIN) && existsSync(REDOCLY_BIN)) return;
  process.stderr.write('Installing anchors (Spectral CLI 6.16.3, Redocly CLI 2.77.0) into bench/.anchors ...\n');
  execFileSync('npm', ['i', '--prefix', ANCHORS_DIR, '--no-save', '@stoplight/spectral-cli@6.16.3', '@redocly/cli@2.77.0'], { stdio: 'inherit' });
}

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'openapi');
