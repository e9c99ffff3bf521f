#!/usr/bin/env python3
"""Record what the installed AWS CLI makes of command lines of paginated operations.

  python3 record-awscli-pagination.py [--data DATA_DIR] CASES_JSON

DATA_DIR (optional) is a botocore data folder put first on AWS_DATA_PATH, so the CLI serves its
models (and their paginators-1.json) with all its customizations for the services they name.

CASES_JSON is a list of `{"service", "operation", "argv"}` (argv: the words after the operation;
put global options such as `--no-paginate` there too, the CLI accepts them anywhere). Writes one
JSON line per case, the case plus either
  "callParameters": what the CLI hands to botocore (with `PaginationConfig` when it paginates),
  "firstPage": the parameters of the first request the paginator (or the plain call) builds,
  "paginate": whether the CLI paginated,
or "error": the last line the CLI printed on stderr. Nothing is sent: the first request is
answered with an empty response before it is signed.
"""
import contextlib, copy, io, json, os, sys, types

args = sys.argv[1:]
if args[:1] == ["--data"]:
    os.environ["AWS_DATA_PATH"] = os.path.abspath(args[1])
    args = args[2:]
os.environ.setdefault("AWS_ACCESS_KEY_ID", "recorder")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "recorder")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull

from awscli.clidriver import create_clidriver
from quiet_run import run_quietly


def plain(value):
    """JSON-able copy: bytes as {"$bytes": latin-1 text}."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": bytes(value).decode("latin-1")}
    return value


def run(service, operation, argv):
    driver = create_clidriver()
    captured = {}

    def calling(call_parameters, parsed_globals, **kwargs):
        captured["callParameters"] = plain(copy.deepcopy(call_parameters))
        captured["paginate"] = bool(getattr(parsed_globals, "paginate", False))

    def params(params, **kwargs):
        if "firstPage" not in captured:
            captured["firstPage"] = plain(copy.deepcopy(params))

    def answer(**kwargs):
        return (types.SimpleNamespace(status_code=200, headers={}, raw=None, content=b""), {})

    driver.session.register("calling-command.*.*", calling)
    driver.session.register("before-parameter-build.*.*", params)
    driver.session.register("before-call.*.*", answer)
    rc, _, stderr = run_quietly(driver, [service, operation, *argv])
    lines = [l for l in stderr.strip().split("\n") if l.strip()]
    if rc == 0 and "callParameters" in captured:
        out = dict(captured)
        warnings = [l for l in lines if l.startswith("warning:")]
        if warnings:
            out["warnings"] = warnings
        return out
    return {"error": lines[-1] if lines else "exit %s" % rc}


def main():
    for case in json.load(open(args[0])):
        print(json.dumps({**case, **run(case["service"], case["operation"], case["argv"])}))


if __name__ == "__main__":
    main()
