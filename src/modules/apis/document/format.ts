import { isRecord } from './is-record.js';
import type { SpecFormat } from './types.js';


/** Detects the OpenAPI formats of a parsed root, with Spectral's rules (`spectral-formats`). */
export function detectFormats(data: unknown): Set<SpecFormat> {
  const formats = new Set<SpecFormat>();
  if (!isRecord(data)) return formats;
  const swagger = data['swagger'];
  if ((typeof swagger === 'string' || typeof swagger === 'number') && Number.parseFloat(String(swagger)) === 2) {
    formats.add('oas2');
  }
  const openapi = data['openapi'];
  if (typeof openapi === 'string' || typeof openapi === 'number') {
    const text = String(openapi);
    if (Number.parseFloat(text) >= 3 && Number.parseFloat(text) < 4) formats.add('oas3');
    if (/^3\.0(?:\.\d*)?$/.test(text)) formats.add('oas3_0');
    if (/^3\.1(?:\.\d*)?$/.test(text)) formats.add('oas3_1');
    if (/^3\.2(?:\.\d*)?$/.test(text)) formats.add('oas3_2');
  }
  return formats;
}
