/**
 * Fills an adr-tools template the way `adr new` does:
 *   sed -e "s|NUMBER|$n|" -e "s|TITLE|$title|" -e "s|DATE|$date|" -e "s|STATUS|Accepted|"
 * i.e. per line, in that order, the first occurrence of each placeholder (so a title that
 * itself contains DATE on the title line gets that word replaced, as upstream), with sed's
 * replacement rules for `&` and backslashes.
 */
export interface TemplateFields {
  readonly number: number;
  readonly title: string;
  readonly date: string;
  readonly status: string;
}

export function renderTemplate(template: string, fields: TemplateFields): string {
  const substitutions: readonly (readonly [string, string])[] = [
    ['NUMBER', String(fields.number)],
    ['TITLE', fields.title],
    ['DATE', fields.date],
    ['STATUS', fields.status],
  ];
  return template
    .split('\n')
    .map((line) => substitutions.reduce((acc, [word, value]) => substituteFirst(acc, word, value), line))
    .join('\n');
}

function substituteFirst(line: string, word: string, replacement: string): string {
  const at = line.indexOf(word);
  if (at < 0) return line;
  return line.slice(0, at) + sedReplacement(replacement, word) + line.slice(at + word.length);
}

/** sed's right-hand side: `&` is the matched text, `\n` a newline, `\c` the character c. */
export function sedReplacement(replacement: string, matched: string): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement.charAt(i);
    if (c === '&') {
      out += matched;
    } else if (c === '\\' && i + 1 < replacement.length) {
      const next = replacement.charAt(++i);
      out += next === 'n' ? '\n' : next;
    } else {
      out += c;
    }
  }
  return out;
}
