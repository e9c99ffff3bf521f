// Every kind of member on the command line, against what the AWS CLI 1.45.11 built from the same
// words: blobs (text and fileb://), streaming blobs (a path), timestamps in every form, documents,
// JSON value headers, maps of lists, lists of scalars, booleans, idempotency tokens and the
// positional `outfile` of streaming-output operations. The models are real botocore models cut
// down to the operations used (scripts/conformance/trim-service-model.py), so the AWS CLI applies
// its own customizations to them; fixtures/member-types/awscli-1.45.11.jsonl holds its answers
// (scripts/conformance/record-awscli-commands.py with that folder first on AWS_DATA_PATH, run
// where data.bin and raw.bin hold the bytes FILES gives below).

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCommand } from "@shapekit/cli";
import type { FileSource } from "@shapekit/shorthand";
import { fixtureSurface } from "./fixture-model.js";
import { readRecording, type CaseRecord } from "./awscli-recording.js";

const fixtures = new URL("./fixtures/member-types/", import.meta.url);

/** The files the recording read, relative to where it ran. */
const FILES: Record<string, Uint8Array> = {
  "data.bin": new TextEncoder().encode("hello\n"),
  "raw.bin": Uint8Array.of(0, 1, 255),
};
const files: FileSource = {
  readText: (path) => new TextDecoder().decode(fileBytes(path)),
  readBytes: fileBytes,
};
function fileBytes(path: string): Uint8Array {
  if (!Object.hasOwn(FILES, path)) throw new Error(`No such file: ${path}`);
  return FILES[path]!;
}

const TOKEN = "11111111-2222-4333-8444-555555555555";

interface MemberTypeCase extends CaseRecord {
  /** botocore's report when its parameter validation would refuse the request. */
  botocore?: string;
}
const { synopses, cases } = readRecording<MemberTypeCase>(
  new URL("awscli-1.45.11.jsonl", fixtures),
);

function modelPath(service: string): string {
  const folder = new URL(`${service}/`, fixtures);
  const [version] = readdirSync(folder);
  return fileURLToPath(new URL(`${version}/service-2.json`, folder));
}

const loaded = new Map<string, ReturnType<typeof fixtureSurface>>();
/** One surface per service, so each operation's validator is compiled once. */
function surface(service: string) {
  let commands = loaded.get(service);
  if (!commands) {
    commands = fixtureSurface(modelPath(service));
    loaded.set(service, commands);
  }
  return commands;
}

/** The recording's `{"$bytes"}` / `{"$file"}` stand-ins as the values we build: bytes. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$bytes === "string")
    return Uint8Array.from(Buffer.from(record.$bytes, "base64"));
  if (typeof record.$file === "string") return fileBytes(record.$file);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revive(v)]));
}

/** What the error names: an option, `outfile`, or the stray word the CLI did not know. */
function named(error: string): string {
  const parameter = /^Error parsing parameter '([^']+)'/.exec(error);
  if (parameter) return parameter[1]!;
  const required = /arguments are required: (.*)$/.exec(error);
  if (required) return required[1]!.split(", ")[0]!;
  const unknown = /^Unknown options: ([^,]+)/.exec(error);
  if (unknown) return unknown[1]!;
  throw new Error(`no option in ${JSON.stringify(error)}`);
}

describe("command lines as the AWS CLI builds them, member type by member type", () => {
  it.each(synopses.map((r) => [r.service, r.operation, r] as const))(
    "%s %s: synopsis",
    (service, operation, record) => {
      const lines = surface(service)
        .synopsis(operation)
        .split("\n")
        .filter(
          (l) => !l.startsWith("[--cli-input-json") && !l.startsWith("[--generate-cli-skeleton"),
        );
      expect(lines).toEqual(record.synopsis);
    },
  );

  it.each(cases.map((r) => [r.service, r.operation, r.argv.join(" "), r] as const))(
    "%s %s %s",
    (service, operation, _argv, record) => {
      const commands = surface(service);
      const result = commands.parseCommandLine(operation, record.argv, {
        validate: false,
        files,
        idempotencyToken: () => TOKEN,
      });
      if (record.error !== undefined) {
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.errors.map((e) => e.option)).toContain(named(record.error));
        return;
      }
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      // botocore fills idempotency tokens after the point the recording stops at.
      const expected = revive(record.request) as Record<string, unknown>;
      for (const option of commands.operation(operation).description.options) {
        if (option.idempotencyToken && !Object.hasOwn(expected, option.member))
          expected[option.member] = TOKEN;
      }
      expect(result.request).toEqual(expected);
      const outfile = commands.operation(operation).description.streamingOutput;
      // The cases name their outfiles out.*, speech.* or response.*; no option value does.
      if (outfile !== undefined)
        expect(result.outfile).toBe(record.argv.find((w) => /^(out|speech|response)\./.test(w)));
      else expect(result.outfile).toBeUndefined();
    },
  );

  // Where botocore's own validation refuses a timestamp (text it cannot parse, a list), ours
  // does too, at the same path; where it takes one, so do we (other constraints aside).
  it.each(
    cases
      .filter(
        (r) =>
          r.request !== undefined &&
          /timestamp|-at |-time /.test(`${r.argv.join(" ")} ${r.botocore ?? ""}`),
      )
      .map((r) => [r.service, r.operation, r.argv.join(" "), r] as const),
  )("validated: %s %s %s", (service, operation, _argv, record) => {
    const result = surface(service).parseCommandLine(operation, record.argv, { files });
    const ours = result.ok
      ? []
      : result.errors.filter((e) => /timestamp/.test(e.message)).map((e) => e.path);
    const theirs = [
      ...(record.botocore ?? "").matchAll(
        /Invalid type for parameter (\S+), value: .*timestamp-string/g,
      ),
    ].map((m) => m[1]);
    expect(ours).toEqual(theirs);
  });
});

describe("what the AWS CLI prints for these member types", () => {
  const read = (name: string) => readFileSync(new URL(name, fixtures), "utf8");

  it("prints {} for a document in the input skeleton, byte for byte", () => {
    // Recorded with `aws bedrock-runtime start-async-invoke --generate-cli-skeleton` (no enums:
    // the AWS CLI v1 picks enum placeholders at random).
    expect(surface("bedrock-runtime").generateCliSkeleton("start-async-invoke", "input")).toBe(
      read("start-async-invoke.skeleton-awscli.json"),
    );
    expect(
      surface("bedrock-runtime").generateCliSkeleton("start-async-invoke", "yaml-input"),
    ).toMatch(/^modelInput: \{\}/m);
  });

  it("gives a document option its JSON Syntax block and the page its note on documents", () => {
    const help = surface("mwaa").renderHelp("invoke-rest-api", { format: "text" });
    expect(help).toMatch(/--query-parameters \(document\)\n\n +JSON Syntax:\n\n +\{\.\.\.\}\n/);
    expect(help).toContain("`invoke-rest-api` uses document type values.");
  });

  it("names JSON value headers, streaming blobs and the outfile as the AWS CLI's page does", () => {
    const help = surface("lex-runtime").renderHelp("post-content", { format: "text" });
    expect(help).toMatch(/--session-attributes \(JSON\)/);
    expect(help).toMatch(/--input-stream \(streaming blob\)/);
    expect(help).toContain("must be the path to a file");
    expect(help).toMatch(/^ +outfile \(string\)$/m);
    expect(help).not.toContain("--generate-cli-skeleton");
    expect(help).not.toContain("--cli-input-json");
  });

  it("fills an absent idempotency token with a fresh UUID by default", () => {
    const tokens = new Set<unknown>();
    for (let i = 0; i < 3; i++) {
      const result = surface("athena").parseCommandLine("stop-query-execution", []);
      expect(result.ok).toBe(true);
      if (result.ok) tokens.add(result.request.QueryExecutionId);
    }
    expect(tokens.size).toBe(3);
    for (const token of tokens)
      expect(token).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
  });
});

describe("timestamps in every form the AWS CLI takes, generated", () => {
  const ID = "a1234567-89ab-cdef-0123-456789abcdef";
  const base = ["--application-id", ID, "--conversation-id", ID, "--message-id", ID];
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  /** A moment written in one of the forms botocore parses: ISO 8601 (zone or none, date alone) or epoch seconds. */
  const timestampText = fc
    .record({
      // From 0001-01-01T00:00:01Z: a fraction after a negative epoch moves it earlier, and year 0 does not exist.
      seconds: fc.integer({ min: -62_135_596_799, max: 253_402_300_799 }),
      fraction: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
      form: fc.constantFrom("epoch", "date", "naive", "zulu", "offset", "space"),
      offset: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
    })
    .map(({ seconds, fraction, form, offset }) => {
      if (form === "epoch")
        return fraction === undefined ? String(seconds) : `${seconds}.${pad(fraction, 6)}`;
      const d = new Date(seconds * 1000);
      const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      if (form === "date") return date;
      const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fraction === undefined ? "" : `.${pad(fraction, 6)}`}`;
      const sign = offset < 0 ? "-" : "+";
      const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
      if (form === "naive") return `${date}T${time}`;
      if (form === "zulu") return `${date}T${time}Z`;
      if (form === "space") return `${date} ${time}`;
      return `${date}T${time}${zone}`;
    });

  it("passes the text through as typed, at the top, in shorthand and in JSON, and validates it", () => {
    fc.assert(
      fc.property(timestampText, (text) => {
        const commands = surface("qbusiness");
        for (const [argv, read] of [
          [["--message-copied-at", text], (r: Record<string, unknown>) => r.messageCopiedAt],
          [
            ["--message-usefulness", `usefulness=USEFUL,submittedAt=${text}`],
            (r: Record<string, unknown>) =>
              (r.messageUsefulness as Record<string, unknown>).submittedAt,
          ],
          [
            ["--message-usefulness", JSON.stringify({ usefulness: "USEFUL", submittedAt: text })],
            (r: Record<string, unknown>) =>
              (r.messageUsefulness as Record<string, unknown>).submittedAt,
          ],
        ] as const) {
          const result = commands.parseCommandLine("put-feedback", [...base, ...argv]);
          expect(result.ok ? [] : result.errors).toEqual([]);
          expect(result.ok && read(result.request)).toBe(text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("refuses text in no ISO 8601 or epoch form (stricter than dateutil: by design), naming the option and path", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z][a-zA-Z ]{0,12}$/), (text) => {
        const result = surface("qbusiness").parseCommandLine("put-feedback", [
          ...base,
          "--message-usefulness",
          `usefulness=USEFUL,submittedAt=${text}`,
        ]);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.errors).toContainEqual(
            expect.objectContaining({
              option: "--message-usefulness",
              path: "messageUsefulness.submittedAt",
            }),
          );
      }),
      { numRuns: 100 },
    );
  });
});

describe("the bin's dry run", () => {
  async function dryRun(service: string, argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await runCommand(surface(service), argv, {
      io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      files,
    });
    return { code, stdout, stderr };
  }

  it("prints blob bytes as base64 and says where the response would be written", async () => {
    const r = await dryRun("lambda", [
      "invoke",
      "--function-name",
      "f",
      "--payload",
      "fileb://raw.bin",
      "response.json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ FunctionName: "f", Payload: "AAH/" });
    expect(r.stderr).toContain('the response would be written to "response.json"');
  });
});

describe("--send of an operation with a streamed output", () => {
  const SPEECH = [
    "synthesize-speech",
    "--output-format",
    "mp3",
    "--text",
    "hi",
    "--voice-id",
    "Joanna",
    "speech.mp3",
  ];

  /** Runs `argv` with `--send` answered by `response`; what was written, printed and returned. */
  async function send(response: unknown, writer = true) {
    let stdout = "";
    let stderr = "";
    let sent = 0;
    const written: Array<{ path: string; bytes: number[] }> = [];
    const code = await runCommand(surface("polly"), [...SPEECH, "--send"], {
      io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      send: () => Promise.resolve((sent++, response)),
      ...(writer
        ? {
            writeFile: async (path: string, data: AsyncIterable<Uint8Array>) => {
              const bytes: number[] = [];
              for await (const chunk of data) bytes.push(...chunk);
              written.push({ path, bytes });
            },
          }
        : {}),
    });
    return { code, stdout, stderr, sent, written };
  }

  it("writes the streamed member to the outfile and prints the rest, as the AWS CLI does", async () => {
    const r = await send({ AudioStream: Uint8Array.of(1, 2, 3), ContentType: "audio/mpeg" });
    expect(r).toMatchObject({
      code: 0,
      sent: 1,
      written: [{ path: "speech.mp3", bytes: [1, 2, 3] }],
    });
    expect(JSON.parse(r.stdout)).toEqual({ ContentType: "audio/mpeg" });
  });

  it("takes the member as bytes, text, an async iterable, the SDK's stream mixin or a Blob", async () => {
    async function* chunks() {
      yield await Promise.resolve(Uint8Array.of(1));
      yield "é";
    }
    const bodies: Array<[unknown, number[]]> = [
      [new Uint8Array([7]).buffer, [7]],
      ["é", [0xc3, 0xa9]],
      [chunks(), [1, 0xc3, 0xa9]],
      [{ transformToByteArray: () => Promise.resolve(Uint8Array.of(9)) }, [9]],
      [new Blob([Uint8Array.of(4, 5)]), [4, 5]],
    ];
    for (const [body, bytes] of bodies) {
      const r = await send({ AudioStream: body });
      expect(r.written).toEqual([{ path: "speech.mp3", bytes }]);
      expect(r.stdout).toBe(""); // nothing left to print: an empty response prints nothing
    }
    const refused = await send({ AudioStream: 42 });
    expect(refused).toMatchObject({ code: 255, written: [] });
    expect(refused.stderr).toContain("AudioStream is not bytes");
  });

  it("sends nothing without a file writer: a library writes no file unless asked", async () => {
    const r = await send({ AudioStream: Uint8Array.of(1) }, false);
    expect(r).toMatchObject({ code: 255, sent: 0, written: [], stdout: "" });
    expect(r.stderr).toMatch(
      /writes the response's AudioStream to "speech\.mp3", and this build has no file writer/,
    );
  });

  it("writes nothing when the response has no such member (an error response, say)", async () => {
    const r = await send({ RequestCharacters: 2 });
    expect(r).toMatchObject({ code: 0, written: [] });
    expect(JSON.parse(r.stdout)).toEqual({ RequestCharacters: 2 });
  });
});
