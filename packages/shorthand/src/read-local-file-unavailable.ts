// `localFiles()` where there is no local file system (browsers, workers: the package's
// `#read-local-file` import resolves here for every runtime but Node's). The reader exists so
// that code written for Node still loads; every read is a `FileAccessError` that says what to
// pass instead, and no `node:` module is imported.

import { FileAccessError } from "./file-access-error.js";

/** Refuses: this runtime has no local files. Same signature as the Node reader. */
export function readRegularFile(_path: string, _maxBytes: number): Uint8Array {
  throw new FileAccessError(
    "unreadable",
    "this runtime has no local file system; pass your own FileSource as the `files` option",
  );
}
