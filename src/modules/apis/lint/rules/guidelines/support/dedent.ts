/**
 * A tagged template that strips the common indentation of a multi-line literal, so the
 * example documents of a rule can be written indented in the code and read flush-left in
 * the generated guidelines.
 */
export function yaml(strings: TemplateStringsArray, ...values: readonly string[]): string {
  const text = strings.reduce((out, part, index) => out + part + (values[index] ?? ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indents = lines.filter((line) => line.trim().length > 0).map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common)).join('\n') + '\n';
}
