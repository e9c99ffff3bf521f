// Writing a member into a request being built from user input (command lines, cli-input files,
// pagination tokens), where a member name is whatever the model or the user says.

/** Sets a key on a request without ever touching a prototype (`__proto__` is a member name to us). */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
