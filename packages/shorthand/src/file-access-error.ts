// The one error class of every `FileSource`: why a `file://` or `fileb://` reference was not
// read, in words that never hold the path, an expanded variable or anything read.

/** Why a file reference was not read. */
export type FileAccessReason =
  | "disabled"
  | "not-found"
  | "denied"
  | "directory"
  | "not-regular"
  | "too-large"
  | "not-text"
  | "unreadable";

/**
 * Thrown by `noFiles` and `localFiles()` readers. The message never holds the path (the caller
 * names the reference as the user typed it), an expanded variable, or anything read.
 */
export class FileAccessError extends Error {
  override name = "FileAccessError";
  readonly reason: FileAccessReason;

  constructor(reason: FileAccessReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
