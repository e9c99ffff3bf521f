import { readFileSync } from "node:fs";
const root = "/work/main/";
const { commands, parseArgument, shapes } = await import("@shapekit/sagemaker-shorthand");
const command = commands.find((c) => c.name === "create-endpoint-config");
const rows = readFileSync(`${root}generators/shorthand/test/data/shorthand-awscli.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const optionOf = (name) => command.options.find((o) => o.name === name);
const cases = rows.filter((r) => r.expect.ok && r.args.length > 0 && !/^\s*[[{]/.test(r.args[0]) && ["structure", "list"].includes(shapes[optionOf(r.param).shape].type));
const json = cases.map((c) => JSON.stringify(c.expect.value));
const N = +process.argv[2] || 600;
const mode = process.argv[3] || "ours";
let t = performance.now();
for (let i = 0; i < N; i++) { if (mode==="ours") for (const c of cases) parseArgument("create-endpoint-config", c.param, c.args); else for (const j of json) JSON.parse(j); }
console.log(mode, ((performance.now() - t) / N / cases.length * 1e3).toFixed(3), "us/op");
