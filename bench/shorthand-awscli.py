#!/usr/bin/env python3
"""The AWS CLI's own shorthand parser, driven from JSON lines, for ShapeKit's benchmark and its
differential tests. Needs the `awscli` Python package (1.x); run with the interpreter it lives in.

  parse mode (default): stdin lines {"text": "..."} -> stdout lines
      {"ok": true, "value": ...} | {"ok": false, "expected": "...", "received": "...", "index": N}
      (index in code points), or {"ok": false, "error": "<exception class>"} for other failures.
  --bench <file.json> <seconds>: times ShorthandParser.parse + BackCompatVisitor.visit over the
      cases of the file ([{"model": <operation param model path>, "words": [...]}]) and prints
      {"opsPerSecond": N, "cases": N} (an op is one argument: all its words parsed and visited).
"""
import json, sys, time

from awscli.shorthand import ShorthandParser, ShorthandParseSyntaxError, BackCompatVisitor


def parse_mode():
    parser = ShorthandParser()
    out = sys.stdout
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        text = json.loads(line)["text"]
        try:
            value = parser.parse(text)
            out.write(json.dumps({"ok": True, "value": value}) + "\n")
        except ShorthandParseSyntaxError as e:
            out.write(json.dumps({"ok": False, "expected": e.expected, "received": e.actual, "index": e.index}) + "\n")
        except Exception as e:  # noqa: BLE001 - the class name is the recorded fact
            out.write(json.dumps({"ok": False, "error": type(e).__name__}) + "\n")


def bench_mode(path, seconds):
    import botocore.session

    session = botocore.session.get_session()
    model = session.get_service_model("sagemaker")
    members = model.operation_model("CreateEndpointConfig").input_shape.members
    cases = json.load(open(path))
    prepared = [(members[c["member"]], c["words"], c["list"]) for c in cases]
    parser = ShorthandParser()
    visitor = BackCompatVisitor()

    def run_once():
        for shape, words, is_list in prepared:
            try:
                if is_list:
                    parsed = [parser.parse(w) for w in words]
                else:
                    parsed = parser.parse(words[0])
                visitor.visit(parsed, shape)
            except Exception:  # noqa: BLE001 - rejected inputs are part of the workload
                pass

    run_once()  # warm up
    ops = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        run_once()
        ops += len(prepared)
    elapsed = time.perf_counter() - start
    print(json.dumps({"opsPerSecond": ops / elapsed, "cases": len(prepared)}))


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--bench":
        bench_mode(sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 3.0)
    else:
        parse_mode()
