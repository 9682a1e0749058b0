/**
 * The only file-system access of the ADR tool. Paths are relative to `cwd` the way
 * adr-tools prints them (`doc/adr/0001-x.md`, `../doc/adr/...`), resolved here.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface AdrFs {
  readText(path: string): string;
  writeText(path: string, text: string): void;
  isFile(path: string): boolean;
  isDirectory(path: string): boolean;
  makeDirectory(path: string): void;
  /** Names in a directory. */
  list(path: string): string[];
  /** `cd DIR && pwd -P`, or undefined when the directory cannot be entered. */
  physicalPath(path: string): string | undefined;
}

export function nodeAdrFs(cwd: string): AdrFs {
  const at = (path: string): string => resolve(cwd, path);
  const stat = (path: string) => statSync(at(path), { throwIfNoEntry: false });
  return {
    readText: (path) => readFileSync(at(path), 'utf8'),
    writeText: (path, text) => {
      writeFileSync(at(path), text);
    },
    isFile: (path) => stat(path)?.isFile() ?? false,
    isDirectory: (path) => stat(path)?.isDirectory() ?? false,
    makeDirectory: (path) => {
      mkdirSync(at(path), { recursive: true });
    },
    list: (path) => readdirSync(at(path)),
    physicalPath: (path) => (existsSync(at(path)) ? realpathSync(at(path)) : undefined),
  };
}
