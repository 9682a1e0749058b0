import { printValue } from './print.js';

/** The values a message template may use. */
export interface MessageVars {
  readonly error: string;
  readonly property: string | number;
  readonly path: string;
  readonly description: string | undefined;
  readonly value: unknown;
}

/**
 * Renders Spectral message templates: `{{error}}`, `{{property}}`, `{{path}}`, `{{value}}`,
 * `{{description}}`, and the `#{{print("property")}}` / `#{{print("value")}}` forms core
 * functions use.
 */
export function renderMessage(template: string, vars: MessageVars): string {
  return template
    .replace(/#\{\{print\(["'](\w+)["']\)\}\}/g, (_match, name: string) => {
      if (name === 'property') return vars.property !== '' ? `"${String(vars.property)}" property ` : 'The document ';
      if (name === 'value') return printValue(vars.value);
      return lookup(vars, name);
    })
    .replace(/\{\{(\w+)\}\}/g, (_match, name: string) => lookup(vars, name));
}

function lookup(vars: MessageVars, name: string): string {
  switch (name) {
    case 'error':
      return vars.error;
    case 'property':
      return String(vars.property);
    case 'path':
      return vars.path;
    case 'description':
      return vars.description ?? '';
    case 'value':
      return printValue(vars.value);
    default:
      return '';
  }
}
