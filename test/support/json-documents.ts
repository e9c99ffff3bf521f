// Test support: the JSON documents tests read (package.json, tsconfig.json, a command's JSON
// output), typed by the fields tests look at, so what a test reads is type-checked like the rest.

import { readFileSync } from "node:fs";

type StringMap = Readonly<Record<string, string>>;

/** The package.json fields tests read. */
export interface PackageManifest {
  readonly "//"?: string;
  readonly name?: string;
  readonly private?: boolean;
  readonly version?: string;
  readonly description?: string;
  readonly license?: string;
  readonly type?: string;
  readonly types?: string;
  readonly files?: readonly string[];
  readonly engines?: StringMap;
  readonly bin?: StringMap;
  readonly scripts?: StringMap;
  readonly exports?: Readonly<Record<string, unknown>>;
  readonly dependencies?: StringMap;
  readonly devDependencies?: StringMap;
  readonly optionalDependencies?: StringMap;
  readonly peerDependencies?: StringMap;
  readonly workspaces?: readonly string[];
}

/** The tsconfig.json fields tests read. */
export interface Tsconfig {
  readonly extends?: string;
  readonly references?: ReadonlyArray<{ readonly path: string }>;
  readonly include?: readonly string[];
  readonly compilerOptions?: Readonly<Record<string, unknown>>;
}

/** A package.json's text as its fields. */
export const parseManifest = (text: string) => JSON.parse(text) as PackageManifest;
/** A package.json file's fields. */
export const readManifest = (file: string | URL) => parseManifest(readFileSync(file, "utf8"));
/** A tsconfig.json's text as its fields. */
export const parseTsconfig = (text: string) => JSON.parse(text) as Tsconfig;
/** A tsconfig.json file's fields. */
export const readTsconfig = (file: string | URL) => parseTsconfig(readFileSync(file, "utf8"));
