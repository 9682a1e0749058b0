/** `adr generate toc`: adr-tools' Markdown table of contents, byte for byte. */
export interface TocEntry {
  readonly label: string;
  readonly file: string;
}

export interface TocOptions {
  /** The contents of the INTRO file (adr-tools `cat`s it), when given. */
  readonly intro?: string;
  readonly outro?: string;
  readonly linkPrefix?: string;
}

export function renderToc(entries: readonly TocEntry[], options: TocOptions = {}): string {
  let out = '# Architecture Decision Records\n\n';
  if (options.intro !== undefined) out += `${options.intro}\n`;
  for (const entry of entries) out += `* [${entry.label}](${options.linkPrefix ?? ''}${entry.file})\n`;
  if (options.outro !== undefined) out += `\n${options.outro}`;
  return out;
}
