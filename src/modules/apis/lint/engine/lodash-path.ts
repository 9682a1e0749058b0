/** lodash `toPath` for rule `field`s: `a.b[0].c` → `['a', 'b', '0', 'c']`. */
export function fieldToPath(field: string): string[] {
  const path: string[] = [];
  const pattern = /[^.[\]]+|\[(?:(["'])((?:(?!\1)[^\\]|\\.)*?)\1|([^\]]*))\]/g;
  for (const match of field.matchAll(pattern)) {
    if (match[2] !== undefined) path.push(match[2]);
    else if (match[3] !== undefined) path.push(match[3]);
    else path.push(match[0]);
  }
  return path;
}
