#!/usr/bin/env python3
"""Record the installed AWS CLI's view of every operation of one service, in one process.

  python3 record-awscli-surface.py [service] [--operations a,b] [--cases FILE]
      service       default: sagemaker
      --operations  only these operations (CLI names), in the order given; `wait <waiter>`
                    names a waiter's command (`aws <service> wait <waiter>`), recorded after
                    the operations (its help changes the operation's model in place)
      --cases       a JSON list of {"operation", "argv"}: command lines to run (argv: the words
                    after the operation)

Writes JSON lines on stdout:
  {"operation", "kind": "input"|"output", "ok": bool, "stdout": "..."}
      what `aws <service> <operation> --generate-cli-skeleton input|output|yaml-input` prints
      (yaml-input for the first operation only: AWS CLI v1 refuses it as an invalid choice). The AWS CLI
      v1 picks a random enum value for input skeletons: the choice is patched to take the first
      one, as AWS CLI v2 does. `output` is recorded with the required options relaxed (the CLI
      insists on them, but they do not change the skeleton) and with parameter validation off;
      `ok: false` where the CLI cannot print one (stdout is then empty).
  {"operation", "param", "type", "undocumented", "shorthand", "json", "syntax"}
      the "Shorthand Syntax", "JSON Syntax" and "Syntax" blocks of each option's help, as text
      (the code block dedented, trailing blank lines dropped), or null where there is none.

  {"operation", "options": [[name, member or null, hidden, class], ...]}
      the operation's argument table as the CLI builds it (customizations included).
  {"operation", "argv", "request"|"error", "botocoreIssues"?}  per case: the parameters the CLI
      would send (the call is stopped once they are built, before botocore's own parameter
      validation), or the last line it printed on stderr; with `botocoreIssues` the messages
      botocore's parameter validation gives for that request (what the CLI would then refuse).
      Bytes are written as {"$bytes": base64}, datetimes as {"$datetime": isoformat}.

Nothing is sent: output skeletons go through the CLI's own stubbed client; command lines stop
at the `calling-command` event.
"""
import base64, contextlib, datetime, io, json, os, random, sys

os.environ.setdefault("AWS_ACCESS_KEY_ID", "recorder")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "recorder")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
# A config of our own: parameter validation off, so that `output` needs no required values.
import tempfile
_config = tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False)
_config.write("[default]\nparameter_validation = false\n")
_config.close()
os.environ["AWS_CONFIG_FILE"] = _config.name
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
# Command lines run as users run them: the default configuration (parameter validation on; it
# never runs here, the call stops before, and botocore_issues asks the validator directly).
_config_validating = tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False)
_config_validating.write("[default]\n")
_config_validating.close()

import botocore.utils
from awscli import clidocs
from awscli.bcdoc import docevents
from awscli.clidriver import create_clidriver
from quiet_run import run_quietly
from awscli.customizations import generatecliskeleton
from awscli.customizations.arguments import OverrideRequiredArgsArgument


class FirstChoice:
    """`random` for botocore's ArgumentGenerator: always the first enum value."""

    def __getattr__(self, name):
        return getattr(random, name)

    @staticmethod
    def choice(values):
        return values[0]


botocore.utils.random = FirstChoice()


def relaxed_required_args(self, argument_table, args, **kwargs):
    # `output` keeps required options required in the CLI; relax them so every operation can
    # be asked (the skeleton does not depend on the values).
    OverrideRequiredArgsArgument.override_required_args(self, argument_table, args, **kwargs)


generatecliskeleton.GenerateCliSkeletonArgument.override_required_args = relaxed_required_args

BLOCK_TITLES = ("Shorthand Syntax", "JSON Syntax", "Syntax")


def dedent(lines):
    """Removes the block's indentation; unlike textwrap.dedent, keeps whitespace-only lines' own spaces."""
    margin = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[margin:] for l in lines)


def code_blocks(text):
    """Title → dedented text of each `Title::` literal block in an RST fragment."""
    out = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        title = lines[i].strip()
        if title.endswith("::") and title[:-2] in BLOCK_TITLES:
            j = i + 1
            block = []
            while j < len(lines) and (lines[j].strip() == "" or lines[j].startswith(" ")):
                block.append(lines[j])
                j += 1
            while block and block[-1].strip() == "":
                block.pop()
            while block and block[0].strip() == "":
                block.pop(0)
            out[title[:-2]] = dedent(block)
            i = j
            continue
        i += 1
    return out


def encode(value):
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"$datetime": value.isoformat()}
    if hasattr(value, "read"):  # a streaming blob opened from a path
        return {"$file": getattr(value, "name", "?")}
    raise TypeError(type(value).__name__)


_case_driver = {}


def run_case(service, operation, argv, loader, config_file):
    """The request the CLI builds for one command line. One driver serves the cases of one
    operation: the stopping handler is registered once and the command table built once. A new
    operation gets a new driver: some customizations register handlers on the session when their
    command's arguments are built (EC2's modify-instance-attribute), which would then run for
    every later operation of the service and fail them."""
    if _case_driver.get("operation") != (service, operation):
        _case_driver.clear()
        _case_driver["operation"] = (service, operation)
        os.environ["AWS_CONFIG_FILE"] = config_file
        driver = create_clidriver()
        driver.session.register_component("data_loader", loader)

        def stop(call_parameters, **kwargs):
            _case_driver["captured"]["request"] = call_parameters
            return 0  # a response: the CLI returns it instead of calling the service

        driver.session.register("calling-command.*.*", stop)
        _case_driver["driver"] = driver
    driver = _case_driver["driver"]
    captured = _case_driver["captured"] = {}
    rc, _, stderr = run_quietly(driver, [service, *operation.split(" "), *argv])
    if "request" in captured and rc == 0:
        return {"request": captured["request"]}
    lines = [l for l in stderr.strip().split("\n") if l.strip()]
    return {"error": (lines[-1] if lines else "exit %s" % rc)[:400]}


def botocore_issues(session, service, operation_name, request):
    """botocore's parameter validation of a request the CLI built (it runs before sending)."""
    from botocore.validate import ParamValidator

    model = session.get_service_model(service).operation_model(operation_name)
    if model.input_shape is None:
        return []
    report = ParamValidator().validate(request, model.input_shape)
    return [l.strip() for l in report.generate_report().split("\n") if l.strip()] if report.has_errors() else []


def main():
    args = sys.argv[1:]
    wanted, cases_file = None, None
    if "--operations" in args:
        i = args.index("--operations")
        wanted = [o for o in args[i + 1].split(",") if o]
        del args[i : i + 2]
    if "--cases" in args:
        i = args.index("--cases")
        cases_file = args[i + 1]
        del args[i : i + 2]
    service = args[0] if args else "sagemaker"
    driver = create_clidriver()
    operations = dict(driver._get_command_table()[service]._get_command_table())
    wait = operations.pop("wait", None)
    for name, command in getattr(wait, "subcommand_table", {}).items():
        operations["wait " + name] = command
    if wanted is not None:
        operations = {name: operations[name] for name in wanted if name in operations}
    # Waiters last: a waiter's help sets its operation model's documentation and output to its own.
    operations = dict(sorted(operations.items(), key=lambda item: item[0].startswith("wait ")))
    loader = driver.session.get_component("data_loader")
    out = sys.stdout
    cases = {}
    if cases_file:
        for case in json.load(open(cases_file)):
            cases.setdefault(case["operation"], []).append(case["argv"])

    fragments = {}
    original = clidocs.OperationDocumentEventHandler.doc_option_example

    def recording(self, arg_name, help_command, **kwargs):
        before = len(help_command.doc.getvalue())
        original(self, arg_name, help_command, **kwargs)
        value = help_command.doc.getvalue()[before:]
        fragments[arg_name] = value.decode("utf-8") if isinstance(value, bytes) else value

    clidocs.OperationDocumentEventHandler.doc_option_example = recording

    first = True
    for name, command in list(operations.items()):
        if not hasattr(command, "create_help_command") or type(command).__name__ not in (
            "ServiceOperation",
            "WaiterStateCommand",
        ):
            continue
        os.environ["AWS_CONFIG_FILE"] = _config.name
        # yaml-input: AWS CLI v1 refuses the choice for every operation alike; asked once. A
        # waiter's `output` would run the waiter (the AWS CLI calls the service): not asked.
        kinds = ("input", "output", "yaml-input") if first else ("input", "output")
        if name.startswith("wait "):
            kinds = ("input",)
        for kind in kinds:
            # A fresh driver per call: each command adds a `calling-command.*` handler to the
            # session, so a driver reused across operations would print every skeleton so far.
            # Sharing the first driver's loader keeps the parsed model: a fresh driver is cheap.
            driver = create_clidriver()
            driver.session.register_component("data_loader", loader)
            # An exception means the CLI could not print one.
            rc, stdout, stderr = run_quietly(
                driver, [service, *name.split(" "), "--generate-cli-skeleton", kind], describe=str
            )
            record = {"operation": name, "kind": kind, "ok": rc == 0, "stdout": stdout if rc == 0 else ""}
            if rc != 0:
                record["stderr"] = stderr.strip()[-300:]
            out.write(json.dumps(record) + "\n")

        first = False
        fragments.clear()
        help_command = command.create_help_command()
        handler = help_command.EventHandlerClass(help_command)
        with contextlib.redirect_stdout(io.StringIO()):
            docevents.generate_events(help_command.session, help_command)
        handler.unregister()
        options = []
        for arg_name, arg in command.arg_table.items():
            cls = "%s:%s" % (type(arg).__module__, type(arg).__qualname__)
            options.append([arg_name, getattr(arg, "_serialized_name", None), bool(getattr(arg, "_UNDOCUMENTED", False)), cls])
        out.write(json.dumps({"operation": name, "options": options}) + "\n")
        operation_name = command._operation_model.name
        for argv in cases.get(name, []):
            result = run_case(service, name, argv, loader, _config_validating.name)
            if "request" in result:
                issues = botocore_issues(driver.session, command._operation_model.service_model.service_name, operation_name, result["request"])
                if issues:
                    result["botocoreIssues"] = issues
            out.write(json.dumps({"operation": name, "argv": argv, **result}, default=encode) + "\n")
        for arg_name, argument in help_command.arg_table.items():
            blocks = code_blocks(fragments.get(arg_name, ""))
            out.write(
                json.dumps(
                    {
                        "operation": name,
                        "param": "--" + arg_name,
                        "type": argument.cli_type_name,
                        "undocumented": bool(getattr(argument, "_UNDOCUMENTED", False)),
                        "shorthand": blocks.get("Shorthand Syntax"),
                        "json": blocks.get("JSON Syntax"),
                        "syntax": blocks.get("Syntax"),
                    }
                )
                + "\n"
            )
        out.flush()


if __name__ == "__main__":
    try:
        main()
    finally:
        os.unlink(_config.name)
        os.unlink(_config_validating.name)
