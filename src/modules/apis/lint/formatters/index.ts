import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export const formatters = { stylish, json, sarif, junit, github, markdown } satisfies Record<FormatName, Formatter>;

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export type { FormatContext, Formatter, RuleInfo } from './formatter.js';
