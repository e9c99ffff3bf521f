#!/usr/bin/env python3
"""Run botocore's own waiter over given responses, for the waiter conformance of @shapekit/cli.

  python3 record-awscli-waiters.py < cases.jsonl > recorded.jsonl

Each input line: {"service", "waiter", "responses": [...]} - a service of the installed
botocore, the name of one of its waiters (waiters-2.json), and what its operation answers, call
after call (the last answer again once they run out). An answer with an "Error" object is what
botocore's client gives the waiter for a service error (its parsed error response); anything
else is a successful response. The waiter runs as `aws <service> wait <waiter>` runs it
(botocore's `Waiter.wait`), with the operation stubbed and `time.sleep` recorded instead of
slept.

Each output line: the input, plus the waiter's config as botocore read it ("config": delay,
maxAttempts, acceptors), "calls" (how many times the operation was called), "sleeps" (each
delay slept) and "outcome": "success", or the text of botocore's `WaiterError` (what the AWS CLI
prints), or "exception: <type>: <text>" for anything else it raised.
"""
import copy, json, sys

import botocore.session
import botocore.waiter
from botocore.exceptions import WaiterError


class RecordedSleep:
    def __init__(self):
        self.sleeps = []

    def sleep(self, seconds):
        self.sleeps.append(seconds)


def main():
    session = botocore.session.get_session()
    models = {}
    clock = RecordedSleep()
    botocore.waiter.time = clock  # the waiter module's `time.sleep`, recorded
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        service, name, responses = case["service"], case["waiter"], case["responses"]
        if service not in models:
            models[service] = session.get_waiter_model(service)
        config = models[service].get_waiter(name)
        calls = []

        def operation(**kwargs):
            calls.append(kwargs)
            return copy.deepcopy(responses[min(len(calls), len(responses)) - 1])

        clock.sleeps = []
        waiter = botocore.waiter.Waiter(name, config, operation)
        try:
            waiter.wait()
            outcome = "success"
        except WaiterError as e:
            outcome = str(e)
        except Exception as e:  # what the AWS CLI would print as an error too
            outcome = "exception: %s: %s" % (type(e).__name__, e)
        raw = config._config
        case["config"] = {
            "delay": raw["delay"],
            "maxAttempts": raw["maxAttempts"],
            "acceptors": raw["acceptors"],
            "operation": raw["operation"],
        }
        case["calls"] = len(calls)
        case["sleeps"] = clock.sleeps
        case["outcome"] = outcome
        sys.stdout.write(json.dumps(case) + "\n")


if __name__ == "__main__":
    main()
