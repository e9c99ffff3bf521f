// Issue paths: how a location inside a value is written (`Variants[0].Config.Size`) and read
// back into segments (for Standard Schema). Building is on the hot path of every validator, so
// the common case, an identifier member name, is one string concatenation.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The path of member `name` inside the value at `parent`. Identifier names are joined with `.`
 * (no dot at the root); any other key is written as a JSON string in brackets, so a key that
 * contains `.` or `[` never reads as two segments.
 */
export function memberPath(parent: string, name: string): string {
  if (!IDENTIFIER.test(name)) return `${parent}[${JSON.stringify(name)}]`;
  return parent === "" ? name : `${parent}.${name}`;
}

/** The path of item `index` of the list at `parent`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * A path read back into its segments: member names as strings, list indexes as numbers.
 * The inverse of `memberPath` and `indexPath`; `""` is the empty list.
 */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === ".") {
      i++;
    } else if (ch === "[") {
      if (path[i + 1] === '"') {
        // A JSON string: find its closing quote, skipping escaped characters.
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === "\\" ? 2 : 1;
        segments.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        i = j + 2;
      } else {
        const close = path.indexOf("]", i);
        const end = close === -1 ? path.length : close;
        segments.push(Number(path.slice(i + 1, end)));
        i = end + 1;
      }
    } else {
      let j = i;
      while (j < path.length && path[j] !== "." && path[j] !== "[") j++;
      segments.push(path.slice(i, j));
      i = j;
    }
  }
  return segments;
}
