#!/usr/bin/env python3
"""Record the option names the installed AWS CLI gives every operation of every service.

  python3 record-awscli-options.py [SERVICE ...]

Writes JSON lines on stdout, one per operation the CLI serves from a model:
  {"service", "serviceId", "model": "<botocore name>/<api version>", "operationName",
   "options": [[name, member or null, hidden, class]]}
in the order of the operation's argument table, as the CLI builds it (with its customizations).
"""
import json, os, sys

os.environ.setdefault("AWS_ACCESS_KEY_ID", "recorder")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "recorder")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull

from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver


def main():
    driver = create_clidriver()
    table = driver._get_command_table()
    wanted = set(sys.argv[1:])
    for name, command in table.items():
        if type(command) is not ServiceCommand or (wanted and name not in wanted):
            continue
        model = command._get_service_model()
        where = "%s/%s" % (command._service_name, model.api_version)
        for op_name, op in command._get_command_table().items():
            if type(op) is not ServiceOperation:
                continue
            options = []
            for arg_name, arg in op.arg_table.items():
                cls = "%s:%s" % (type(arg).__module__, type(arg).__qualname__)
                options.append([arg_name, getattr(arg, "_serialized_name", None), bool(getattr(arg, "_UNDOCUMENTED", False)), cls])
            record = {
                "service": name,
                "serviceId": model.service_id.hyphenize(),
                "model": where,
                "operation": op_name,
                "operationName": op._operation_model.name,
                "options": options,
            }
            sys.stdout.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
