#!/usr/bin/env python3
"""Record how the installed AWS CLI pages through a paginated operation's results and prints them.

  python3 record-awscli-paging.py < cases.jsonl > recorded.jsonl

Each input line is a case: `{"command", "paginator": {"inputTokens", "outputTokens",
"resultKeys", "nonAggregateKeys", "moreResults"?, "limitKey"?}, "request": <the first request,
tokens of a starting token and the page size in it>, "pages": [<responses>], "maxItems"?,
"startingToken"?, "pageSize"?}`. The responses answer the requests in turn (an empty response
after the last). botocore's own `PageIterator` drives the requests, with the paginator's
expressions compiled as botocore compiles them, and the AWS CLI's formatters print the result
(`awscli.formatter.get_formatter`, as its driver calls them for a paginated response). Each
output line is the case plus `"calls"` (every request the paginator made) and `"json"`, `"text"`
and `"table"`: what was printed, or `{"error": "<exception class>: <message>"}`.
"""
import copy
import io
import json
import sys
from argparse import Namespace

import jmespath
from awscli.formatter import get_formatter
from botocore.paginate import PageIterator


def page_iterator(case, calls):
    """botocore's paginator over the case's pages, recording each request in `calls`."""
    pages = case["pages"]
    paginator = case["paginator"]

    def method(**kwargs):
        calls.append(copy.deepcopy(kwargs))
        index = len(calls) - 1
        return copy.deepcopy(pages[index]) if index < len(pages) else {}

    first = copy.deepcopy(case["request"])
    # The first request already carries the starting token's members and the page size (the
    # AWS CLI's argument handling put them there); the iterator is told of them all the same,
    # as the CLI tells it.
    more = paginator.get("moreResults")
    return PageIterator(
        method,
        list(paginator["inputTokens"]),
        [jmespath.compile(t) for t in paginator["outputTokens"]],
        jmespath.compile(more) if more else None,
        [jmespath.compile(k) for k in paginator["resultKeys"]],
        [jmespath.compile(k) for k in paginator.get("nonAggregateKeys", [])],
        paginator.get("limitKey"),
        case.get("maxItems"),
        case.get("startingToken"),
        case.get("pageSize"),
        first,
    )


def printed(output, case):
    calls = []
    stream = io.StringIO()
    try:
        formatter = get_formatter(output, Namespace(query=None, color="off"))
        formatter(case["command"], page_iterator(case, calls), stream)
    except Exception as error:  # the CLI would stop with this error
        return calls, {"error": f"{type(error).__name__}: {error}"}
    return calls, stream.getvalue()


for line in sys.stdin:
    if not line.strip():
        continue
    case = json.loads(line)
    for output in ("json", "text", "table"):
        calls, case[output] = printed(output, case)
        case["calls"] = calls
    sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
