// Eight options the AWS CLI still reads the way its first shorthand parser did: a list of
// structures with a single member is given as words, each word the value of that member
// (`--instances i-1 i-2` is `[{InstanceId: "i-1"}, {InstanceId: "i-2"}]`, even a word with an
// `=` in it), and documented as `--instances InstanceId1 InstanceId2 InstanceId3`. The AWS CLI
// 1.45.11 keeps them in a table of its generic argument processing (awscli/argprocess.py), not
// in a customization, keyed by service id, operation and argument name; this is that table.

import { serviceKey } from "./awscli-customizations.js";

const WORD_LISTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  firehose: { "put-record-batch": ["records"] },
  workspaces: {
    "reboot-workspaces": ["reboot-workspace-requests"],
    "rebuild-workspaces": ["rebuild-workspace-requests"],
    "terminate-workspaces": ["terminate-workspace-requests"],
  },
  "elastic-load-balancing": {
    "remove-tags": ["tags"],
    "describe-instance-health": ["instances"],
    "deregister-instances-from-load-balancer": ["instances"],
    "register-instances-with-load-balancer": ["instances"],
  },
};

/**
 * Whether the AWS CLI reads option `--<argument>` of `operation` (CLI names) of the service
 * `serviceId` (its CLI service id, `elastic-load-balancing`) as words of a single-member list.
 */
export function isWordListOption(serviceId: string, operation: string, argument: string): boolean {
  // Matched as the customization catalogue matches services: letters and digits only, so the
  // CLI's `elastic-load-balancing` and a model's `ElasticLoadBalancing` are one service.
  const key = serviceKey(serviceId);
  const operations = Object.entries(WORD_LISTS).find(([id]) => serviceKey(id) === key)?.[1];
  const argumentsOf =
    operations && Object.hasOwn(operations, operation) ? operations[operation]! : undefined;
  return argumentsOf?.includes(argument) ?? false;
}
