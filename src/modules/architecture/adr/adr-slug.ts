/**
 * adr-tools' slug: `echo -n $title | tr -Ccs [:alnum:] - | tr [:upper:] [:lower:]` with
 * leading and trailing non-alphanumerics trimmed. `tr` works on bytes, so every non-ASCII
 * character counts as a separator, exactly as in adr-tools.
 */
export function slugFor(title: string): string {
  return title
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[^a-z0-9]+$/, '');
}

/** `$title` unquoted in adr-tools: words split on blanks and joined by single spaces. */
export function wordsOf(title: string): string {
  return title.split(/[ \t\n]+/).filter((word) => word !== '').join(' ');
}
