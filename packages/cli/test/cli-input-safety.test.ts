// cli-input documents never throw, never stall on hostile input, and never quote a file back:
// the size limit, YAML alias and merge errors, nesting limits, file references that need the
// `files` option, and errors about a file's document that give a line and column only.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_MAX_CLI_INPUT_BYTES,
  MAX_YAML_ALIAS_COUNT,
  loadCliInput,
  parseCommandLine,
  type CliInputResult,
  type CliOperationDescription,
  type FileSource,
} from "../src/index.js";

const memory = (contents: string): FileSource & { calls: number } => {
  const source = {
    calls: 0,
    readText: () => {
      source.calls++;
      return contents;
    },
    readBytes: () => {
      source.calls++;
      return new TextEncoder().encode(contents);
    },
  };
  return source;
};

function message(result: CliInputResult): string {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.error.message;
}

const LAUGHS = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
].join("\n");

describe("limits, as error results", () => {
  it("refuses a document over the size limit before parsing it", () => {
    const big = `{"a": "${"x".repeat(DEFAULT_MAX_CLI_INPUT_BYTES)}"}`;
    expect(message(loadCliInput("--cli-input-json", big))).toBe(
      `--cli-input-json: the value is larger than ${DEFAULT_MAX_CLI_INPUT_BYTES} bytes, the limit for cli-input documents`,
    );
    // Bytes of UTF-8, not characters: 6 characters of 2 bytes each are 12 bytes.
    const accents = '{"a":"éééééé"}';
    expect(loadCliInput("--cli-input-json", accents, { maxBytes: 20 }).ok).toBe(true);
    expect(message(loadCliInput("--cli-input-json", accents, { maxBytes: 19 }))).toContain(
      "larger than 19 bytes",
    );
    expect(loadCliInput("--cli-input-yaml", "a: 😀", { maxBytes: 7 }).ok).toBe(true);
    expect(loadCliInput("--cli-input-yaml", "a: 😀", { maxBytes: 6 }).ok).toBe(false);
  });

  it("refuses YAML whose aliases expand too far (billion laughs)", () => {
    expect(message(loadCliInput("--cli-input-yaml", LAUGHS))).toBe(
      `--cli-input-yaml: invalid YAML in the value: aliases expand to more than ${MAX_YAML_ALIAS_COUNT} nodes`,
    );
    // A few aliases are fine.
    expect(loadCliInput("--cli-input-yaml", "a: &x 1\nb: *x\n")).toEqual({
      ok: true,
      value: { a: 1, b: 1 },
    });
  });

  it("refuses a YAML 1.1 merge of a scalar", () => {
    const merge = "%YAML 1.1\n---\na: &a text\nb:\n  <<: *a\n";
    expect(message(loadCliInput("--cli-input-yaml", merge))).toBe(
      "--cli-input-yaml: invalid YAML in the value: a merge key (<<) must merge maps",
    );
  });

  it("refuses nesting deeper than 480 levels, in JSON and in YAML", () => {
    const depth = 200_000;
    const json = "[".repeat(depth) + "]".repeat(depth);
    expect(message(loadCliInput("--cli-input-json", `{"a":${json}}`))).toBe(
      "--cli-input-json: invalid JSON in the value: nested deeper than 480 levels",
    );
    expect(message(loadCliInput("--cli-input-yaml", `a: ${json}`))).toContain(
      "nested deeper than 480 levels",
    );
    expect(message(loadCliInput("--cli-input-yaml", `${"- ".repeat(depth)}x`))).toContain(
      "nested deeper than 480 levels",
    );
    expect(loadCliInput("--cli-input-yaml", `a: ${"[".repeat(100)}${"]".repeat(100)}`).ok).toBe(
      true,
    );
  });

  it("writes no process warnings (they would quote the document on stderr)", () => {
    const warn = vi.spyOn(process, "emitWarning");
    loadCliInput("--cli-input-yaml", "? [secret]\n: b\n");
    expect(warn).not.toHaveBeenCalled();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("never throws, whatever the text", () => {
    const piece = fc.constantFrom(
      "&a ",
      "*a",
      "<<: ",
      "[",
      "]",
      "{",
      "}",
      ": ",
      "- ",
      "? ",
      "\n",
      "  ",
      "!!map ",
      "!x ",
      '"',
      "'",
      "%YAML 1.1\n---\n",
      "a",
      "1",
      ",",
      "#",
      "|\n",
      "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        for (const option of ["--cli-input-json", "--cli-input-yaml"] as const) {
          const result = loadCliInput(option, text);
          expect(typeof result.ok).toBe("boolean");
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("files", () => {
  it("reads nothing without the files option, and names it", () => {
    expect(message(loadCliInput("--cli-input-json", "file:///etc/passwd"))).toBe(
      "--cli-input-json: cannot read file:///etc/passwd: reading files is off: pass the `files` option (for example `files: localFiles()` in Node) to read file:// and fileb:// references",
    );
  });

  it("reads file:// and fileb:// documents through the source", () => {
    const files = memory("EndpointConfigName: f\n");
    expect(loadCliInput("--cli-input-yaml", "file://r.yaml", { files })).toEqual({
      ok: true,
      value: { EndpointConfigName: "f" },
    });
    expect(loadCliInput("--cli-input-yaml", "fileb://r.yaml", { files }).ok).toBe(true);
    expect(files.calls).toBe(2);
  });

  it("never quotes a file's document in an error", () => {
    const SECRET = "wJalrXUtnFEMIK7MDENGbPxRfiCY";
    const cases: Array<["--cli-input-json" | "--cli-input-yaml", string, RegExp]> = [
      [
        "--cli-input-json",
        `{"a": ${SECRET}}`,
        /invalid JSON in file:\/\/d at line 1, column 7: unexpected character$/,
      ],
      [
        "--cli-input-json",
        `[default]\nkey = ${SECRET}`,
        /at line 1, column 2: unexpected character$/,
      ],
      ["--cli-input-json", `{"a": "${SECRET}"`, /at line 1, column \d+: Expected ',' or '}'/],
      [
        "--cli-input-yaml",
        `a: "\\q${SECRET}"`,
        /invalid escape sequence in a double-quoted string$/,
      ],
      ["--cli-input-yaml", `a: *${SECRET}`, /an alias refers to no anchor$/],
      ["--cli-input-yaml", `a: 1\na: ${SECRET}`, /a key is given twice$/],
      ["--cli-input-yaml", `${SECRET}: [`, /at line \d+, column \d+: /],
      [
        "--cli-input-yaml",
        `- ${SECRET}`,
        /must hold an object of request members, found an array$/,
      ],
    ];
    for (const [option, contents, expected] of cases) {
      const text = message(loadCliInput(option, "file://d", { files: memory(contents) }));
      expect(text).toMatch(expected);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("\n");
    }
  });

  it("never quotes a file's document, whatever it holds", () => {
    const piece = fc.constantFrom(
      "[",
      "{",
      "]",
      "}",
      ": ",
      "- ",
      "\n",
      '"',
      "'",
      "*",
      "&",
      "\\",
      ",",
      "#",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }),
        fc.array(piece, { maxLength: 10 }),
        (a, b) => {
          const contents = `${a.join("")}SECRETTOKEN42${b.join("")}`;
          for (const option of ["--cli-input-json", "--cli-input-yaml"] as const) {
            const result = loadCliInput(option, "file://d", { files: memory(contents) });
            if (!result.ok) expect(result.error.message).not.toContain("SECRETTOKEN42");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseCommandLine", () => {
  const operation: CliOperationDescription = {
    name: "put-thing",
    operationName: "PutThing",
    input: "In",
    options: [
      { name: "--name", member: "Name", shape: "S", required: false },
      { name: "--size", member: "Size", shape: "N", required: false },
    ],
    shapes: {
      In: {
        type: "structure",
        name: "In",
        members: [
          { name: "Name", shape: "S" },
          { name: "Size", shape: "N" },
        ],
      },
      S: { type: "string", name: "S" },
      N: { type: "integer", name: "N" },
    },
  };
  const validate = (request: unknown) => {
    const name = (request as { Name?: unknown }).Name;
    return typeof name === "string" && /^[a-z]+$/.test(name)
      ? { ok: true as const }
      : {
          ok: false as const,
          issues: [
            {
              path: "Name",
              code: "pattern",
              message: `${JSON.stringify(name)} does not match ^[a-z]+$`,
            },
          ],
        };
  };

  it("reads no file without files, and reads through it with it", () => {
    const files = memory("fromfile");
    const without = parseCommandLine(operation, { validate }, ["--name", "file://n"]);
    expect(without).toMatchObject({ ok: false, exitCode: 252 });
    expect(!without.ok && without.errors[0]!.message).toContain("`files` option");
    expect(parseCommandLine(operation, { validate }, ["--name", "file://n"], { files })).toEqual({
      ok: true,
      request: { Name: "fromfile" },
      warnings: [],
    });
    expect(files.calls).toBe(1);
  });

  it("validates members read from files without quoting them", () => {
    const files = memory("Secret Value 123");
    for (const argv of [
      ["--name", "file://n"],
      ["--cli-input-json", "file://doc"],
    ]) {
      const contents = argv[0] === "--name" ? files : memory('{"Name": "Secret Value 123"}');
      const r = parseCommandLine(operation, { validate }, argv, { files: contents });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.exitCode).toBe(252);
      expect(r.errors[0]!.message).toBe(
        `${argv[0]} (Name): the value does not match the pattern of the model; it holds the contents of ${argv[1]}, which are not shown`,
      );
    }
    // A value typed on the command line is quoted, as before.
    const typed = parseCommandLine(operation, { validate }, ["--name", "Typed Value"]);
    expect(!typed.ok && typed.errors[0]!.message).toContain('"Typed Value"');
  });

  it("turns the limits into error results with exit code 252", () => {
    for (const argv of [
      ["--cli-input-yaml", LAUGHS],
      ["--cli-input-yaml", "%YAML 1.1\n---\na: &a x\nb:\n  <<: *a\n"],
      ["--cli-input-json", "[".repeat(10_000) + "]".repeat(10_000)],
      ["--cli-input-json", "{}"],
    ]) {
      const r = parseCommandLine(operation, { validate }, argv, { maxCliInputBytes: 1 });
      expect(r).toMatchObject({ ok: false, exitCode: 252 });
    }
  });
});
