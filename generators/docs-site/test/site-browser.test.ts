// The reference site in a real browser: Debian's Chromium driven by playwright-core, the site
// built by `shapekit docs` and opened from file://. The playground must show what the generated
// packages compute (the expected values come from those packages, run here in Node): the
// request as JSON, every validation issue with its path, shorthand errors with the caret under
// the text, and a command line that builds the request again. The page must log no error and
// request nothing but its own files. A screenshot goes to test-results/docs-site/.
// Without Chromium the suite is skipped with a message, except under CI, where it fails.
/// <reference lib="dom" />
// (The DOM's types: the callbacks given to page.evaluate run in the page.)

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCommandLine } from "@shapekit/sagemaker-cli-skeleton/operations/CreateEndpointConfig";
import { parseArgument } from "@shapekit/sagemaker-shorthand/operations/CreateEndpointConfig";
import { validateInput } from "@shapekit/sagemaker-validators/operations/CreateEndpointConfig";
import { splitCommandLine } from "../src/browser/command-words.js";
import { runShapekit } from "../../cli/test/run-shapekit.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const output = join(repo, "test-results", "docs-site");
const siteDir = join(output, "site");

/** Chromium: $CHROMIUM_PATH, else Debian's package, else whatever `chromium` is on the PATH. */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    return (
      execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const executablePath = findChromium();
const inCi = Boolean(process.env.CI);
const skip = executablePath === undefined && !inCi;
const title = skip
  ? "reference site in Chromium (SKIPPED: no Chromium found; apt-get install -y chromium, or set CHROMIUM_PATH)"
  : "reference site in Chromium";
if (skip) console.warn(`${title}`);

const VALID = [
  "aws sagemaker create-endpoint-config",
  "--endpoint-config-name my-config",
  "--production-variants VariantName=v1,ModelName=m1,InitialInstanceCount=1,InstanceType=ml.m5.large",
  "--tags Key=team,Value='machine learning'",
].join(" ");
const INVALID = [
  "aws sagemaker create-endpoint-config",
  "--endpoint-config-name 'bad name!'",
  "--production-variants VariantName=v1,ModelName=m1,InitialInstanceCount=0,InstanceType=ml.m5.large",
].join(" ");
const BROKEN_SHORTHAND = "VariantName=v1,ModelName=[m1";

/** What the generated package computes for a command line typed into the playground. */
function expected(line: string) {
  const split = splitCommandLine(line);
  if (!split.ok) throw new Error(split.message);
  return parseCommandLine(split.words.slice(3));
}

describe.skipIf(skip)(title, () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (executablePath === undefined)
      throw new Error(
        "CI is set but no Chromium was found: .ci/run installs it (apt-get install -y chromium)",
      );
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output, { recursive: true });
    const built = await runShapekit(["docs", "--out", siteDir], { cwd: repo });
    expect(built.code, built.stderr).toBe(0);
    // Root (CI, containers) cannot use Chromium's sandbox.
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning")
        problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const command = () => page.getByRole("textbox", { name: "Command line" });
  const issuePaths = () => page.locator("#pg-issues code.issue-path").allTextContents();
  const shownJson = async () =>
    JSON.parse((await page.locator("#pg-json").textContent()) ?? "") as unknown;

  it("index: the search filters the operations and says how many match", async () => {
    await page.goto(pathToFileURL(join(siteDir, "index.html")).href);
    const search = page.getByLabel("Search operations");
    await search.fill("endpoint config");
    await expect.poll(() => page.locator("#search-count").textContent()).toBe("1 of 1 operation");
    await search.fill("no-such-operation");
    await expect.poll(() => page.locator("#search-count").textContent()).toBe("0 of 1 operation");
    expect(await page.getByRole("link", { name: "create-endpoint-config" }).isVisible()).toBe(
      false,
    );
    await search.fill("");
    await page.getByRole("link", { name: "create-endpoint-config" }).click();
    await page.waitForURL(/operations\/create-endpoint-config\.html$/);
  });

  it("a valid command line: the request as JSON, no issues", async () => {
    await command().fill(VALID);
    const want = expected(VALID);
    expect(want.ok).toBe(true);
    await expect
      .poll(() => page.locator("#pg-status").textContent())
      .toBe("Valid: the AWS CLI would send this request.");
    expect(await shownJson()).toEqual(want.ok && want.request);
    expect(await shownJson()).toMatchObject({ Tags: [{ Key: "team", Value: "machine learning" }] });
    expect(await page.locator("#pg-issues").textContent()).toBe("None.");
  });

  it("the button turns the request back into a command line that builds it again", async () => {
    await page.getByRole("button", { name: "Turn the request into a command line" }).press("Enter");
    const line = (await page.locator("#pg-command-out").textContent()) ?? "";
    expect(line).toMatch(/^aws sagemaker create-endpoint-config --endpoint-config-name my-config /);
    expect(expected(line)).toEqual(expected(VALID));
    const before = await shownJson();
    await command().fill(line);
    expect(await shownJson()).toEqual(before);
  });

  it("an invalid request: every validation issue with its path, and the request still shown", async () => {
    await command().fill(INVALID);
    const want = expected(INVALID);
    if (want.ok) throw new Error("the invalid command line is valid");
    const paths = want.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["EndpointConfigName", "ProductionVariants[0].InitialInstanceCount"]),
    );
    await expect.poll(issuePaths).toEqual(paths);
    expect(await page.locator("#pg-issues pre.message").allTextContents()).toEqual(
      want.errors.map((e) => e.message),
    );
    expect(await shownJson()).toMatchObject({ EndpointConfigName: "bad name!" });
  });

  it("broken shorthand on the command line: the error with a caret under the text", async () => {
    await command().fill(
      `aws sagemaker create-endpoint-config --endpoint-config-name c --production-variants '${BROKEN_SHORTHAND}'`,
    );
    const direct = parseArgument("--production-variants", [BROKEN_SHORTHAND]);
    if (direct.ok) throw new Error("the broken shorthand parses");
    const offset = (direct.error.cause as { offset: number }).offset;
    await expect.poll(() => page.locator("#pg-issues .kind").allTextContents()).toEqual(["syntax"]);
    const lines = ((await page.locator("#pg-issues pre.message").textContent()) ?? "").split("\n");
    const at = lines.indexOf(BROKEN_SHORTHAND);
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toBe(`${" ".repeat(offset)}^`);
    // The caret sits under the offending position as rendered, too (monospace, no wrapping).
    const box = await page.locator("#pg-issues pre.message").boundingBox();
    expect(box?.height).toBeGreaterThan(0);
  });

  it("one option's value: the member as JSON, its issues, and shorthand carets", async () => {
    await page.getByRole("radio", { name: "One option's value" }).check();
    await page.getByLabel("Option", { exact: true }).selectOption("--production-variants");
    const value = page.getByRole("textbox", { name: /^Value/ });
    await value.fill("VariantName=v1,ModelName=m1,InitialInstanceCount=0");
    const parsed = parseArgument("--production-variants", [
      "VariantName=v1,ModelName=m1,InitialInstanceCount=0",
    ]);
    if (!parsed.ok) throw new Error(parsed.error.message);
    await expect.poll(shownJson).toEqual({ ProductionVariants: parsed.value });
    const checked = validateInput({ ProductionVariants: parsed.value });
    const memberPaths = checked.ok
      ? []
      : checked.issues.map((i) => i.path).filter((p) => p.startsWith("ProductionVariants"));
    expect(memberPaths).toContain("ProductionVariants[0].InitialInstanceCount");
    expect(await issuePaths()).toEqual(memberPaths);

    await value.fill('VariantName="unclosed,ModelName=m1');
    const broken = parseArgument("--production-variants", ['VariantName="unclosed,ModelName=m1']);
    if (broken.ok) throw new Error("the broken value parses");
    const offset = (broken.error.cause as { offset: number }).offset;
    await expect
      .poll(() => page.locator("#pg-status").textContent())
      .toBe("The value cannot be parsed.");
    const lines = ((await page.locator("#pg-issues pre.message").textContent()) ?? "").split("\n");
    expect(lines[lines.indexOf('VariantName="unclosed,ModelName=m1') + 1]).toBe(
      `${" ".repeat(offset)}^`,
    );
  });

  it("can be used from the keyboard: Tab reaches the inputs in order", async () => {
    await page.getByRole("radio", { name: "A whole command" }).check();
    await command().fill(BROKEN_SHORTHAND);
    await command().focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pg-json");
  });

  it("took a screenshot, logged no error and requested only its own files", async () => {
    await command().fill(
      `aws sagemaker create-endpoint-config --endpoint-config-name c --production-variants '${BROKEN_SHORTHAND}'`,
    );
    await page.locator("#playground").screenshot({ path: join(output, "playground.png") });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(output, "page.png"), fullPage: false });
    expect(existsSync(join(output, "playground.png"))).toBe(true);
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
  });
});
