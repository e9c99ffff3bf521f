#!/usr/bin/env python3
"""Record how the installed AWS CLI prints a response with each --output format.

  python3 record-awscli-output.py < cases.jsonl > recorded.jsonl

Each input line is `{"command": "list-things", "response": <JSON object>, "width": 80,
"color": "off"}` (`width` and `color` optional: 80 and "off"), or the same with `"selected":
<any JSON>` instead of `"response"`: what a `--query` selected from a response. The value is read
with Python's json module, as botocore hands the parsed body over (so `1` is an int, `1.5` a
float), and given to the CLI's own formatter for `--output json`, `text` and `table`
(`awscli.formatter.get_formatter`, the function the CLI driver calls), with `--color <color>`
and the terminal `width` columns wide. A selected value comes through a stand-in for the
compiled `--query` whose search returns it, so it takes the formatter's path after a query.
Each output line is the case plus `"json"`, `"text"` and `"table"`: what the formatter wrote,
or `{"error": "<exception class>: <message>"}` when it raised.
"""
import io
import json
import sys
from argparse import Namespace

from awscli.formatter import get_formatter


class Selected:
    """Stands in for a compiled --query: its search gives the value the case says it selected."""

    def __init__(self, value):
        self.value = value

    def search(self, _response):
        return json.loads(json.dumps(self.value))


def printed(output, case):
    """What the formatter writes for the case, or the exception it raised."""
    if "selected" in case:
        response, query = {}, Selected(case["selected"])
    else:
        response, query = json.loads(json.dumps(case["response"])), None
    formatter = get_formatter(output, Namespace(query=query, color=case.get("color", "off")))
    # `--color on` has colorama wrap the standard streams; the CLI does it once, a formatter per
    # case would wrap them once more each time.
    sys.stdout, sys.stderr = STDOUT, STDERR
    table = getattr(formatter, "table", None)
    if table is not None:
        # The table is as wide as the terminal it would print to (80 when there is none).
        table._terminal_width = case.get("width", 80)
    stream = io.StringIO()
    try:
        formatter(case["command"], response, stream)
    except Exception as error:  # the CLI would stop with this error
        return {"error": f"{type(error).__name__}: {error}"}
    return stream.getvalue()


STDOUT, STDERR = sys.stdout, sys.stderr
for line in sys.stdin:
    if not line.strip():
        continue
    case = json.loads(line)
    for output in ("json", "text", "table"):
        case[output] = printed(output, case)
    sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
