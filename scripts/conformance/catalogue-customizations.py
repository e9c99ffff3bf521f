#!/usr/bin/env python3
"""Catalogue the installed AWS CLI's customizations: where its command surface differs from what
the service models alone give.

  python3 catalogue-customizations.py [--out FILE] [--service NAME ...]

Everything is learned by running the AWS CLI, never by reading its source text:
  1. the driver's command table (every service command, the custom top-level commands);
  2. each service command's own table (operations, waiters, custom subcommands, aliases,
     operations that are gone);
  3. for every operation, its argument table built twice: once from the model alone (a plain
     botocore session: no AWS CLI handler is registered on it, so this is the model → CLI
     mapping of the CLI's own code) and once as the CLI builds it, calling each handler that the
     CLI would call for `building-argument-table.<service>.<operation>` one at a time, so that
     every difference is attributed to the handler that made it. The result is checked against
     the table the CLI itself builds;
  4. the handlers registered on the session's events for one service or one operation (not
     those registered for every operation), by module and qualified name;
  5. options whose `file://` / `http(s)://` values are passed on as text (the CLI's paramfile
     rule), from the set the CLI consults at run time.

Writes JSON lines (default: generators/model/data/awscli-customizations.jsonl): a header line
`{"catalogue": ..., "awscli": ..., "botocore": ..., "summary": ...}` then one line per
(service, operation, kind), sorted. Every entry has `service` (the CLI's command name),
`serviceId` (the model's service id, hyphenized: how ShapeKit names services), `operation`
(the CLI's name, or null for the service itself), `operationName` (the model's), `kind`,
`details`, and `reproduced` ("yes" or "no: <why>"), which says whether ShapeKit's CLI surface
does the same (kinds it reproduces: REPRODUCED_KINDS).
"""
import argparse, collections, json, os, sys

os.environ.setdefault("AWS_ACCESS_KEY_ID", "catalogue")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "catalogue")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull

import awscli
import botocore
import botocore.session
from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver  # before awscli.paramfile: import cycle
import awscli.paramfile
from botocore import xform_name

# What ShapeKit's CLI surface does the same way (see generators/model/src/naming/awscli-customizations.ts).
REPRODUCED_KINDS = {
    "rename": "yes",
    "alias": "yes",
    "hidden": "yes",
    "required-changed": "yes",
    "paramfile-disabled": "yes",
    # `aws <service> wait <waiter>`: the waiters (waiters-2.json) are commands of the surface.
    "waiters": "yes",
    # A hidden second name of an operation's command (`get-o-tel-enrichment`): the surface's
    # `commandAliases`. A documented one would be listed in help, which ShapeKit does not do.
    "command-alias": "yes",
}

# Argument-table changes that are data (no code of the CLI's behind them).
SIMPLE_KINDS = {"rename", "alias", "hidden", "required-changed"}

# Handlers registered for every operation (no service in the event name): their effects are the
# CLI's own machinery, catalogued once in the header, with why ShapeKit does or does not match.
GENERIC_REASONS = {
    "awscli.customizations.cliinputjson:add_cli_input_json": "yes",
    "awscli.customizations.generatecliskeleton:add_generate_skeleton": "yes",
    "awscli.customizations.paginate:unify_paging_params": "yes",
    # The positional outfile; `--send` writes the streamed member there through the caller's writer.
    "awscli.customizations.streamingoutputarg:add_streaming_output_arg": "yes",
}

DEFAULT_OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "generators", "model", "data", "awscli-customizations.jsonl"
)


def qualname(obj):
    """`module:qualified.name` of a handler, a class or a callable object."""
    target = getattr(obj, "__func__", obj)
    if hasattr(target, "func") and type(target).__name__ == "partial":
        return "functools.partial(%s)" % qualname(target.func)
    module = getattr(target, "__module__", None)
    name = getattr(target, "__qualname__", None)
    if module is None or name is None:
        module, name = type(target).__module__, type(target).__qualname__
    return "%s:%s" % (module, name)


def handler_names(node_list):
    return [qualname(h) for part in (node_list.first, node_list.middle, node_list.last) for h in part]


def registered_events(session):
    """Every event key with handlers on the session, walked from the emitter's prefix trie."""
    out = []

    def walk(node, path):
        if node.get("values") is not None:
            names = handler_names(node["values"])
            if names:
                out.append((".".join(path), names))
        for key, child in node.get("children", {}).items():
            walk(child, path + [key])

    walk(session._events._emitter._handlers._root, [])
    return out


def describe_argument(arg):
    """The facts of one argument-table entry that a command surface depends on."""
    info = {"class": qualname(type(arg))}
    member = getattr(arg, "_serialized_name", None)
    if member is not None:
        info["member"] = member
    for key, attr in (("nargs", "nargs"), ("required", "required"), ("positional", "positional_arg")):
        try:
            value = getattr(arg, attr)
        except Exception:
            continue
        if value not in (None, False):
            info[key] = value
    if getattr(arg, "_UNDOCUMENTED", False):
        info["hidden"] = True
    if getattr(arg, "_DOCUMENT_AS_REQUIRED", False):
        info["documentedAsRequired"] = True  # help shows it required; the parser does not insist
    if getattr(arg, "_action", None) == "store_false":
        info["negated"] = True  # the `--no-x` half of a boolean pair
    try:
        info["type"] = arg.cli_type_name
    except Exception:
        pass
    return info


def snapshot(table):
    return collections.OrderedDict((name, describe_argument(arg)) for name, arg in table.items())


def diff(before, after):
    """What one handler changed: renames, aliases, additions, removals, changed facts."""
    changes = []
    gone = [n for n in before if n not in after]
    new = [n for n in after if n not in before]
    by_member_gone = {}
    for n in gone:
        m = before[n].get("member")
        if m is not None:
            by_member_gone.setdefault(m, []).append(n)
    for n in new:
        info = after[n]
        m = info.get("member")
        if m is not None and by_member_gone.get(m):
            old = by_member_gone[m].pop(0)
            gone.remove(old)
            change = {"change": "rename", "member": m, "from": "--" + old, "to": "--" + n}
            if before[old].get("negated"):
                change["negated"] = True
            facts = {k: v for k, v in info.items() if before[old].get(k) != v}
            if facts:
                change["facts"] = facts
            changes.append(change)
        elif m is not None and any(b.get("member") == m for b in before.values()):
            changes.append({"change": "alias", "member": m, "alias": "--" + n, **({"hidden": True} if info.get("hidden") else {})})
        else:
            changes.append({"change": "added", "option": "--" + n, "argument": info})
    for n in gone:
        changes.append({"change": "removed", "option": "--" + n, **({"member": before[n]["member"]} if "member" in before[n] else {})})
    for n in after:
        if n in before and before[n] != after[n]:
            fields = sorted(set(before[n]) | set(after[n]))
            delta = {k: [before[n].get(k), after[n].get(k)] for k in fields if before[n].get(k) != after[n].get(k)}
            change = {"change": "changed", "option": "--" + n, "fields": delta}
            if "member" in before[n]:
                change["member"] = before[n]["member"]
            if before[n].get("negated"):
                change["negated"] = True
            changes.append(change)
    return changes


def model_only_table(name, parent, operation_model, plain_session):
    return ServiceOperation(name, parent, None, operation_model, plain_session).arg_table


def customized_table(command, operation_model, plain_session, session):
    """The table the CLI builds, one handler at a time: [(handler, changes)], final snapshot."""
    table = ServiceOperation(command._name, command._parent_name, None, operation_model, plain_session).arg_table
    event = "building-argument-table.%s.%s" % (command._parent_name, command._name)
    aliased = session._events._alias_event_name(event)
    steps = []
    before = snapshot(table)
    for handler in list(session._events._emitter._handlers.prefix_search(aliased)):
        handler(
            argument_table=table,
            operation_model=operation_model,
            session=session,
            command=command,
            event_name=aliased,
        )
        after = snapshot(table)
        changes = diff(before, after)
        if changes:
            steps.append((qualname(handler), changes))
        before = after
    return steps, before


def kind_of(change):
    if change["change"] == "changed":
        fields = set(change["fields"])
        if fields == {"hidden"}:
            return "hidden" if change["fields"]["hidden"][1] else "unhidden"
        if fields and fields <= {"required", "documentedAsRequired"}:
            return "required-changed"
    return {"rename": "rename", "alias": "alias", "added": "added-argument", "removed": "removed-argument", "changed": "changed-argument"}[
        change["change"]
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--service", action="append", help="only these service commands (for a quick look)")
    args = parser.parse_args()

    driver = create_clidriver()
    session = driver.session
    plain = botocore.session.Session()
    plain.register_component("data_loader", session.get_component("data_loader"))
    main_table = driver._get_command_table()
    static_events = registered_events(session)

    entries = []
    generic_effects = collections.defaultdict(lambda: collections.Counter())
    mismatches = []

    def add(service, service_id, operation, operation_name, kind, details, handler=None, simple=True):
        entry = {
            "service": service,
            "serviceId": service_id,
            "operation": operation,
            "operationName": operation_name,
            "kind": kind,
            "details": details,
        }
        if handler is not None:
            entry["handler"] = handler
        if kind in REPRODUCED_KINDS and not simple:
            entry["reproduced"] = "no: made together with options of the handler's own code"
        elif kind == "command-alias" and not details.get("hidden"):
            entry["reproduced"] = "no: a documented extra name for an operation"
        else:
            entry["reproduced"] = REPRODUCED_KINDS.get(kind) or reason_not_reproduced(kind, details)
        entries.append(entry)

    # --- top level: custom commands, renamed and aliased services ---------------------------
    service_ids = {}
    for name, command in main_table.items():
        if isinstance(command, ServiceCommand) and type(command) is ServiceCommand:
            model = command._get_service_model()
            service_id = model.service_id.hyphenize()
            service_ids[name] = service_id
            if command._service_name != name:
                add(name, service_id, None, None, "service-rename", {"model": command._service_name, "command": name})
        else:
            details = {"class": qualname(type(command))}
            service_id = None
            if name in session.get_available_services():
                service_id = session.get_service_model(name).service_id.hyphenize()
                details["replaces"] = "the service's generated command"
            add(name, service_id, None, None, "custom-command", details)

    selected = args.service or list(main_table)
    for name in selected:
        command = main_table.get(name)
        if not (isinstance(command, ServiceCommand) and type(command) is ServiceCommand):
            continue
        service_id = service_ids[name]
        model = command._get_service_model()
        model_ops = {xform_name(op, "-"): op for op in model.operation_names}
        table = command._get_command_table()

        # --- the service's subcommands ------------------------------------------------------
        for op_cli, sub in table.items():
            if type(sub) is ServiceOperation:
                op_name = sub._operation_model.name
                if xform_name(op_name, "-") != op_cli:
                    kind = "command-alias" if xform_name(op_name, "-") in table else "command-rename"
                    details = {"from": xform_name(op_name, "-"), "to": op_cli}
                    if getattr(sub, "_UNDOCUMENTED", False):
                        details["hidden"] = True
                    add(name, service_id, op_cli, op_name, kind, details)
                continue
            details = {"class": qualname(type(sub))}
            if op_cli in model_ops:
                details["replaces"] = model_ops[op_cli]
            if isinstance(sub, ServiceOperation):
                details["subclassOf"] = "awscli.clidriver:ServiceOperation"
            kind = "waiters" if op_cli == "wait" and "waiters" in details["class"] else "custom-command"
            add(name, service_id, op_cli, model_ops.get(op_cli), kind, details)
        for op_cli, op_name in model_ops.items():
            if op_cli not in table and not any(
                type(s) is ServiceOperation and s._operation_model.name == op_name for s in table.values()
            ):
                add(name, service_id, op_cli, op_name, "removed-command", {})

        # --- every operation's argument table ------------------------------------------------
        for op_cli, sub in table.items():
            if type(sub) is not ServiceOperation:
                continue
            operation_model = sub._operation_model
            steps, final = customized_table(sub, operation_model, plain, session)
            real = snapshot(sub.arg_table)
            if list(real.items()) != list(final.items()):
                mismatches.append("%s %s" % (name, op_cli))
            renamed = {c["to"][2:] for _, changes in steps for c in changes if c["change"] == "rename"}
            # Where a renamed option ends up among the documented options of input members.
            members = set(operation_model.input_shape.members) if operation_model.input_shape else set()
            model_options = [n for n, info in final.items() if info.get("member") in members and not info.get("hidden")]
            for handler, changes in steps:
                if handler in GENERIC_REASONS:
                    for change in changes:
                        generic_effects[handler][change["change"]] += 1
                    if handler not in ("awscli.customizations.cliinputjson:add_cli_input_json", "awscli.customizations.generatecliskeleton:add_generate_skeleton"):
                        add(name, service_id, op_cli, operation_model.name, generic_kind(handler), compact(changes), handler)
                    continue
                # A handler whose every change is a data rule (a new name, a hidden alias, a
                # hidden option) can be reproduced as data; one that also brings code of its
                # own cannot, and neither can the data parts of what it does.
                simple = all(kind_of(c) in SIMPLE_KINDS and (c["change"] != "alias" or c.get("hidden")) for c in changes)
                for change in changes:
                    details = strip(change)
                    if change["change"] == "rename":
                        kept = [n for n in model_options if n not in renamed]
                        position = model_options.index(change["to"][2:]) if change["to"][2:] in model_options else -1
                        details["movedToEnd"] = bool(kept) and position > model_options.index(kept[-1])
                        details["position"] = position  # among the documented options of input members
                    add(name, service_id, op_cli, operation_model.name, kind_of(change), details, handler, simple)
            # Options whose file:// values are text.
            for option in final:
                if "%s.%s.%s" % (name, op_cli, option) in awscli.paramfile.PARAMFILE_DISABLED:
                    add(name, service_id, op_cli, operation_model.name, "paramfile-disabled", {"option": "--" + option, "member": final[option].get("member")})

        # --- handlers registered for this service or one of its operations --------------------
        keys = {name, service_id, session._events._alias_event_name("x." + name)[2:]}
        for event, handlers in static_events:
            parts = event.split(".")
            if len(parts) < 2 or parts[1] not in keys:
                continue
            # botocore's own events name operations by their model name; the CLI's by CLI name.
            op = parts[2] if len(parts) > 2 and parts[2] != "*" else None
            op_name = next((o for o in model.operation_names if o == op or xform_name(o, "-") == op), None)
            op_cli = xform_name(op_name, "-") if op_name in model_ops.values() and op == op_name else op
            details = {"event": event}
            if op is not None and op_name is None and op not in table:
                details["noSuchOperation"] = True
            for handler in handlers:
                if not handler.startswith("awscli.") and not handler.startswith("functools.partial(awscli."):
                    continue
                add(name, service_id, op_cli, op_name, "event-handler", details, handler)

    # A building-argument-table handler is reproduced when everything it changed is.
    effects = collections.defaultdict(list)
    for e in entries:
        if e["kind"] != "event-handler" and "handler" in e:
            effects[(e["service"], e["handler"], None)].append(e["reproduced"])
            effects[(e["service"], e["handler"], e["operation"])].append(e["reproduced"])
    for e in entries:
        if e["kind"] == "event-handler" and e["details"]["event"].startswith("building-argument-table."):
            verdicts = effects.get((e["service"], e["handler"], e["operation"]), [])
            if verdicts and all(v == "yes" for v in verdicts):
                e["reproduced"] = "yes"
            elif verdicts:
                e["reproduced"] = "no: some of its changes are not reproduced (see this operation's other entries)"
            else:
                e["reproduced"] = "no: changes no argument table of this service as installed"

    entries.sort(key=lambda e: (e["service"], e["operation"] or "", e["kind"], json.dumps(e["details"], sort_keys=True), e.get("handler", "")))
    header = {
        "catalogue": "AWS CLI customizations: where the CLI's command surface differs from the service models alone",
        "generatedBy": "scripts/conformance/catalogue-customizations.py (npm run catalogue:awscli)",
        "awscli": awscli.__version__,
        "botocore": botocore.__version__,
        "globalOptions": ["--" + n for n in driver._get_argument_table()],
        "genericHandlers": {h: {"effects": dict(sorted(c.items())), "reproduced": GENERIC_REASONS[h]} for h, c in sorted(generic_effects.items())},
        "summary": summarize(entries),
        "selfCheck": {"operationsWhoseStepwiseTableDiffers": len(mismatches), "examples": sorted(mismatches)[:5]},
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(json.dumps(header, sort_keys=False) + "\n")
        for entry in entries:
            out.write(json.dumps(entry) + "\n")
    print(json.dumps(header["summary"], indent=2))
    if mismatches:
        print("warning: %d operations' stepwise tables differ from the CLI's: %s" % (len(mismatches), mismatches[:5]), file=sys.stderr)


def generic_kind(handler):
    return {
        "awscli.customizations.paginate:unify_paging_params": "pagination",
        "awscli.customizations.streamingoutputarg:add_streaming_output_arg": "streaming-output",
    }[handler]


def compact(changes):
    """A generic handler's changes to one operation, by option name."""
    out = collections.OrderedDict()
    for c in changes:
        if c["change"] == "added":
            out.setdefault("added", []).append(c["option"])
        elif c["change"] == "changed" and set(c["fields"]) == {"hidden"} and c["fields"]["hidden"][1]:
            out.setdefault("hidden", []).append(c["option"])
        else:
            out.setdefault("other", []).append(c)
    return out


def strip(change):
    return {k: v for k, v in change.items() if k != "change"}


def reason_not_reproduced(kind, details):
    reasons = {
        "alias": "no: a second, undocumented name for a member's option",
        "added-argument": "no: an option with custom code behind it",
        "removed-argument": "no: removed along with custom code that replaces it",
        "changed-argument": "no: changed along with custom code",
        "custom-command": "no: a hand-written command",
        "removed-command": "no: ShapeKit keeps every model operation",
        "command-alias": "no: an extra name for an operation",
        "command-rename": "no: operation names come from the model",
        "service-rename": "no: service command names are chosen by the tool that serves them",
        "event-handler": "no: custom code run on an event",
        "pagination": GENERIC_REASONS["awscli.customizations.paginate:unify_paging_params"],
        "streaming-output": GENERIC_REASONS["awscli.customizations.streamingoutputarg:add_streaming_output_arg"],
    }
    return reasons.get(kind, "no: not reproduced")


def summarize(entries):
    by_kind = collections.Counter(e["kind"] for e in entries)
    ops_by_kind = collections.defaultdict(set)
    reproduced = collections.Counter()
    operations = set()
    for e in entries:
        if e["operation"] is not None:
            operations.add((e["service"], e["operation"]))
            ops_by_kind[e["kind"]].add((e["service"], e["operation"]))
        if e["reproduced"] == "yes":
            reproduced[e["kind"]] += 1
    non_generic = {(e["service"], e["operation"]) for e in entries if e["operation"] is not None and e["kind"] not in ("pagination", "streaming-output")}
    return {
        "entries": len(entries),
        "operationsCustomized": len(operations),
        "operationsCustomizedBeyondPaginationAndStreaming": len(non_generic),
        "services": len({e["service"] for e in entries}),
        "entriesByKind": dict(sorted(by_kind.items())),
        "operationsByKind": {k: len(v) for k, v in sorted(ops_by_kind.items())},
        "reproducedByKind": dict(sorted(reproduced.items())),
        "reproduced": sum(reproduced.values()),
    }


if __name__ == "__main__":
    main()
