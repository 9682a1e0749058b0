import { fullFormats as ajvFormats } from 'ajv-formats/dist/formats.js';

/**
 * ajv-formats' formats (what Spectral's Ajv applies), with quick answers for `uri` and
 * `uri-reference` (ADR 0022). Their regular expressions are over 1,000 characters long, and
 * V8 spends ~9 ms compiling each on first use, in every lint process, for strings that are
 * nearly always plain: `#/components/schemas/Pet`, `https://api.example.com/v1/pets`. The quick
 * answers are exact: a string is said to match only when it fits a simple form that the full
 * expression accepts, and said not to match only when the full expression cannot match it (no
 * scheme where one is required, or a character outside every class the expression has).
 * Anything else goes to the full expression. Property tests hold both to the same answers.
 */

// With the `i` flag and without `u`, ASCII classes never match non-ASCII characters.
const URI_OUTSIDE = /[^a-z0-9\-._~!$&'()*+,;=:@/?#%[\]]/i;
const URI_REFERENCE_OUTSIDE = /[^a-z0-9\-._~!$&'"()*+,;=:@/?#%[\]]/i;
const SCHEME = /^[a-z][a-z0-9+\-.]*:/i;
/** scheme://reg-name[:port][/segments][?query][#fragment], no percent escapes. */
const PLAIN_URI = /^[a-z][a-z0-9+\-.]*:\/\/[a-z0-9\-._~!$&'()*+,;=]*(?::\d*)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;
/** A fragment alone (a local `$ref`), no percent escapes. */
const PLAIN_FRAGMENT = /^#[a-z0-9\-._~!$&'"()*+,;=:@/?]*$/i;

const fullUri = ajvFormats.uri as (text: string) => boolean;
const fullUriReference = ajvFormats['uri-reference'] as RegExp;

export function uri(text: string): boolean {
  if (!SCHEME.test(text) || URI_OUTSIDE.test(text)) return false;
  return PLAIN_URI.test(text) || fullUri(text);
}

/**
 * `uri-reference` stays a regular expression (Ajv's generated code calls its `test`, and
 * code that tells formats apart by kind must still see one); only `test` is quicker.
 */
class UriReference extends RegExp {
  override test(text: string): boolean {
    if (URI_REFERENCE_OUTSIDE.test(text)) return false;
    if (PLAIN_FRAGMENT.test(text) || PLAIN_URI.test(text)) return true;
    return fullUriReference.test(text);
  }
}

export const fullFormats: typeof ajvFormats = { ...ajvFormats, uri, 'uri-reference': new UriReference(fullUriReference.source, fullUriReference.flags) };
