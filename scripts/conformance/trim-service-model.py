#!/usr/bin/env python3
"""Cut a botocore service model down to a few operations, for test fixtures.

  python3 trim-service-model.py SERVICE OPERATION [OPERATION ...] > service-2.json

Reads botocore's data/<SERVICE>/<latest api version>/service-2.json(.gz) and writes a model with
the same metadata holding only the named operations and the shapes they reach (inputs, outputs,
errors), documentation left out to keep fixtures small. The folder it belongs in is
<SERVICE>/<api version>/ (printed on stderr), so that the AWS CLI, given the fixture folder first
on AWS_DATA_PATH, serves it in place of its own model, with its customizations for SERVICE.
"""
import gzip, json, os, sys

import botocore

service, operations = sys.argv[1], sys.argv[2:]
folder = os.path.join(os.path.dirname(botocore.__file__), "data", service)
version = sorted(v for v in os.listdir(folder) if v[:1].isdigit())[-1]
path = os.path.join(folder, version, "service-2.json")
model = json.load(gzip.open(path + ".gz") if os.path.exists(path + ".gz") else open(path))


def strip_docs(value):
    if isinstance(value, dict):
        return {k: strip_docs(v) for k, v in value.items() if k != "documentation"}
    if isinstance(value, list):
        return [strip_docs(v) for v in value]
    return value


shapes, pending = {}, []
kept = {}
for name in operations:
    op = model["operations"][name]
    kept[name] = strip_docs(op)
    pending += [op[k]["shape"] for k in ("input", "output") if k in op]
    pending += [e["shape"] for e in op.get("errors", [])]
while pending:
    name = pending.pop()
    if name in shapes:
        continue
    shape = shapes[name] = strip_docs(model["shapes"][name])
    pending += [shape[k]["shape"] for k in ("member", "key", "value") if k in shape]
    pending += [m["shape"] for m in shape.get("members", {}).values()]
out = {"version": model.get("version", "2.0"), "metadata": model["metadata"], "operations": kept,
       "shapes": {k: shapes[k] for k in sorted(shapes)}}
print(json.dumps(out, indent=1, sort_keys=False))
print("%s/%s" % (service, version), file=sys.stderr)
