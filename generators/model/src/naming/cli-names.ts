// The AWS CLI's names for operations and their options, decided once for every emitter (the
// shorthand package, the CLI skeleton, help pages): `CreateEndpointConfig` →
// `create-endpoint-config`, member `EnableSSMAccess` → option `--enable-ssm-access`.
//
// The rule is botocore's, checked against every operation and member name of the whole
// SageMaker model (test data: generators/model/test/naming/cli-names-sagemaker.json):
//  1. a name that already contains `-` is kept as it is;
//  2. a trailing plural acronym (`[A-Z]{2,}s`, as in `RoleARNs`) becomes `-arns`;
//  3. a `-` goes before every capital that starts a lowercase run (`XMLHttp` → `XML-Http`),
//     then between a lowercase letter or digit and a capital (`EnableSSM` → `Enable-SSM`);
//  4. everything is lowercased.
// A handful of operation names of other services are spelled by hand in botocore (they would
// otherwise split a brand name, `WhatsApp`); those are listed here as they are there. The CLI
// also renames a few options per operation: those come from the catalogue of its
// customizations (./awscli-customizations.ts), as data.

import { awsCliCustomizations, type CustomizationCatalogue } from "./awscli-customizations.js";

const FIRST_CAP = /([^\n])([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
const PLURAL_ACRONYM = /[A-Z]{2,}s$/;

/** botocore's hand-written exceptions (its `_xform_cache`), dash form. */
// prettier-ignore
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["CreateCachediSCSIVolume", "create-cached-iscsi-volume"],
  ["DescribeCachediSCSIVolumes", "describe-cached-iscsi-volumes"],
  ["DescribeStorediSCSIVolumes", "describe-stored-iscsi-volumes"],
  ["CreateStorediSCSIVolume", "create-stored-iscsi-volume"],
  ["ListHITsForQualificationType", "list-hits-for-qualification-type"],
  ["ExecutePartiQLStatement", "execute-partiql-statement"],
  ["ExecutePartiQLTransaction", "execute-partiql-transaction"],
  ["ExecutePartiQLBatch", "execute-partiql-batch"],
  ["AssociateWhatsAppBusinessAccount", "associate-whatsapp-business-account"],
  ["CreateWhatsAppMessageTemplate", "create-whatsapp-message-template"],
  ["CreateWhatsAppMessageTemplateFromLibrary", "create-whatsapp-message-template-from-library"],
  ["CreateWhatsAppMessageTemplateMedia", "create-whatsapp-message-template-media"],
  ["DeleteWhatsAppMessageMedia", "delete-whatsapp-message-media"],
  ["DeleteWhatsAppMessageTemplate", "delete-whatsapp-message-template"],
  ["DisassociateWhatsAppBusinessAccount", "disassociate-whatsapp-business-account"],
  ["GetLinkedWhatsAppBusinessAccount", "get-linked-whatsapp-business-account"],
  ["GetLinkedWhatsAppBusinessAccountPhoneNumber", "get-linked-whatsapp-business-account-phone-number"],
  ["GetOTelEnrichment", "get-otel-enrichment"],
  ["GetWhatsAppMessageMedia", "get-whatsapp-message-media"],
  ["GetWhatsAppMessageTemplate", "get-whatsapp-message-template"],
  ["ListLinkedWhatsAppBusinessAccounts", "list-linked-whatsapp-business-accounts"],
  ["ListWhatsAppMessageTemplates", "list-whatsapp-message-templates"],
  ["ListWhatsAppTemplateLibrary", "list-whatsapp-template-library"],
  ["PostWhatsAppMessageMedia", "post-whatsapp-message-media"],
  ["PutWhatsAppBusinessAccountEventDestinations", "put-whatsapp-business-account-event-destinations"],
  ["SendWhatsAppMessage", "send-whatsapp-message"],
  ["StartOTelEnrichment", "start-otel-enrichment"],
  ["StopOTelEnrichment", "stop-otel-enrichment"],
  ["UpdateWhatsAppMessageTemplate", "update-whatsapp-message-template"],
]);

/** A model name in the CLI's dashed lowercase form: `EnableSSMAccess` → `enable-ssm-access`. */
export function cliName(name: string): string {
  if (name.includes("-")) return name;
  const exception = EXCEPTIONS.get(name);
  if (exception !== undefined) return exception;
  let out = name;
  const plural = PLURAL_ACRONYM.exec(out);
  if (plural) out = `${out.slice(0, out.length - plural[0].length)}-${plural[0].toLowerCase()}`;
  return out.replace(FIRST_CAP, "$1-$2").replace(END_CAP, "$1-$2").toLowerCase();
}

/** The CLI command of an operation: `CreateEndpointConfig` → `create-endpoint-config`. */
export function cliOperationName(operationName: string): string {
  return cliName(operationName);
}

/** Where an option is: the service (its id in any spelling, or its CLI name) and the model's operation name. */
export interface CliOptionContext {
  readonly service: string;
  readonly operation: string;
  /** The renames to apply: the AWS CLI's catalogue by default, `null` for the model's names alone. */
  readonly customizations?: CustomizationCatalogue | null;
}

/**
 * The CLI option of an input member: `EnableSSMAccess` → `--enable-ssm-access`. With the
 * service and the operation, the AWS CLI's renames of that operation's options apply.
 */
export function cliOptionName(memberName: string, where?: CliOptionContext): string {
  const catalogue =
    where?.customizations === undefined ? awsCliCustomizations() : where.customizations;
  const rename = where
    ? catalogue
        ?.operation(where.service, where.operation)
        ?.renames.find((r) => r.member === memberName && !r.negated)
    : undefined;
  return rename?.option ?? `--${cliName(memberName)}`;
}

/** What an alias must look like: a CLI command name. */
const COMMAND_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The hidden extra command names the AWS CLI gives a service's operations (an older spelling,
 * `get-o-tel-enrichment` beside `get-otel-enrichment`), as the surface's `commandAliases`: each
 * alias → the CLI name of the operation it runs. `service` is the service id in any spelling;
 * `operations` the model names of the operations the surface has. An alias of an operation not
 * among them, or one that is itself the name of a command, is left out. Sorted by alias.
 */
export function cliCommandAliases(
  service: string,
  operations: readonly string[],
  customizations?: CustomizationCatalogue | null,
): Record<string, string> {
  const catalogue = customizations === undefined ? awsCliCustomizations() : customizations;
  const names = new Map(operations.map((op) => [op, cliOperationName(op)]));
  const commands = new Set(names.values());
  const out: Record<string, string> = {};
  const aliases = [...(catalogue?.commandAliases(service) ?? [])].sort((a, b) =>
    a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0,
  );
  for (const { alias, operation } of aliases) {
    const target = names.get(operation);
    // Only command names (a catalogue given by the caller could hold anything, `__proto__`).
    if (target === undefined || !COMMAND_NAME.test(alias) || commands.has(alias)) continue;
    if (!Object.hasOwn(out, alias)) out[alias] = target;
  }
  return out;
}
