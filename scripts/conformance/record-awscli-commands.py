#!/usr/bin/env python3
"""Record what the installed AWS CLI makes of command lines, for models of our own.

  python3 record-awscli-commands.py DATA_DIR CASES_JSON

DATA_DIR is a botocore data folder (`<service>/<api-version>/service-2.json`), put first on
AWS_DATA_PATH so the CLI serves those models, with all its customizations for the services they
name. CASES_JSON is a list of `{"service", "operation", "argv"}` (argv: the words after the
operation). Writes JSON lines on stdout:
  {"service", "operation", "synopsis": [...]}          once per operation: the synopsis lines of
      its help page (the operation's own options; the global ones left out)
  {"service", "operation", "argv", "request"|"error"}  per case: the parameters the CLI would
      send (nothing is sent: the call is stopped once they are built), or the last line it
      printed on stderr (from the "Error parsing parameter" line, when it wrote one). Values JSON cannot hold are written as objects: bytes as
      {"$bytes": "<base64>"}, an open file (a streaming blob's path) as {"$file": "<path>"}.
      With a request, "botocore" is botocore's report when its parameter validation (which runs
      after the point the call is stopped at) would refuse it.
"""
import base64, contextlib, io, json, os, sys

data_dir, cases_file = sys.argv[1], sys.argv[2]
os.environ["AWS_DATA_PATH"] = os.path.abspath(data_dir)
os.environ.setdefault("AWS_ACCESS_KEY_ID", "recorder")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "recorder")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull

from awscli.bcdoc import docevents
from awscli.clidriver import create_clidriver
from quiet_run import run_quietly


def synopsis(service, operation):
    driver = create_clidriver()
    command = driver._get_command_table()[service]._get_command_table()[operation]
    help_command = command.create_help_command()
    handler = help_command.EventHandlerClass(help_command)
    with contextlib.redirect_stdout(io.StringIO()):
        docevents.generate_events(help_command.session, help_command)
    handler.unregister()
    text = help_command.doc.getvalue()
    text = text.decode("utf-8") if isinstance(text, bytes) else text
    lines = [l.strip() for l in text.split("Synopsis", 1)[1].split("Options", 1)[0].split("\n")]
    lines = [l for l in lines if l and not set(l) <= set("=:")]
    # The operation's own options end where the built-ins and global options begin.
    # (Operations with an `outfile` have no --cli-input-json: the global options come first.)
    end = next(i for i, l in enumerate(lines) if l.startswith(("[--cli-input-json", "[--debug]")))
    return lines[:end]


def botocore_verdict(driver, service, operation, request):
    """botocore's own check of the parameters, which runs after the point the call is stopped
    at (it refuses a timestamp it cannot parse, say): {"botocore": "<its report>"} when it would
    refuse them, with idempotency tokens filled in first, as botocore fills them."""
    from botocore.exceptions import ParamValidationError
    from botocore.validate import validate_parameters

    model = driver._get_command_table()[service]._get_command_table()[operation]._operation_model
    params = dict(request)
    for name in model.idempotent_members:
        params.setdefault(name, "token")
    try:
        validate_parameters(params, model.input_shape)
    except ParamValidationError as e:
        return {"botocore": str(e)}
    return {}


def run(service, operation, argv):
    driver = create_clidriver()
    captured = {}

    def stop(call_parameters, **kwargs):
        captured["request"] = call_parameters
        return 0  # a response: the CLI returns it instead of calling the service

    driver.session.register("calling-command.*.*", stop)
    rc, _, stderr = run_quietly(driver, [service, operation, *argv])
    if "request" in captured and rc == 0:
        return {"request": captured["request"], **botocore_verdict(driver, service, operation, captured["request"])}
    lines = [l for l in stderr.strip().split("\n") if l.strip()]
    # A message over several lines ("Error parsing parameter '--x': Invalid JSON: …" then
    # "JSON received: …") is kept whole, from the line that names the parameter.
    first = max((i for i, l in enumerate(lines) if l.startswith("Error parsing parameter")), default=len(lines) - 1)
    return {"error": "\n".join(lines[first:]) if lines else "exit %s" % rc}


def encode(value):
    """json.dumps' fallback for the values the CLI builds that JSON has no type for."""
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if hasattr(value, "read") and hasattr(value, "name"):
        return {"$file": value.name}
    raise TypeError("cannot record a %s" % type(value).__name__)


def main():
    cases = json.load(open(cases_file))
    seen = set()
    for case in cases:
        key = (case["service"], case["operation"])
        if key not in seen:
            seen.add(key)
            print(json.dumps({"service": key[0], "operation": key[1], "synopsis": synopsis(*key)}))
        print(json.dumps({**case, **run(case["service"], case["operation"], case["argv"])}, default=encode))


if __name__ == "__main__":
    main()
