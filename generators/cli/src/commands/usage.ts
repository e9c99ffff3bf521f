// Help texts and the usage error every command shares. Exit codes are part of the contract.

export const EXIT = {
  ok: 0,
  /** The model has errors, the config is unusable, or `--check` found drift. */
  failure: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A bug in ShapeKit itself. */
  internal: 3,
  /** `shapekit diff` only: OLD or NEW could not be loaded (there, 1 means breaking changes). */
  modelLoad: 4,
} as const;

export class UsageError extends Error {
  override name = "UsageError";
}

export const MAIN_HELP = `shapekit — generate TypeScript packages from a Smithy model

Usage:
  shapekit generate [--check] [--config <file>]   regenerate the packages shapekit.json names
  shapekit ast <file|folder>...                   print the resolved model as Smithy JSON AST
  shapekit convert <service-2.json[.gz]>...       print an AWS service-2.json model as Smithy JSON AST
  shapekit diff [--json] <old> <new>              classify model changes: breaking, dangerous, safe
  shapekit cli --model <file>... -- <operation> [options]
                                                  an operation's AWS CLI command surface, no build
  shapekit docs [--config <file> | --model <file>...] --out <dir>
                                                  a static reference site with a live playground
  shapekit <command> --help                       help for one command
  shapekit --version                              the version of shapekit

Exit codes:
  0  success
  1  the model has errors, the config is unusable, or --check found differences
  2  the command line is wrong (unknown command or option, missing argument)
  3  an internal error in ShapeKit (please report it; SHAPEKIT_DEBUG=1 shows details)
  shapekit diff: 1 breaking changes found, 4 a model could not be loaded
`;

export const GENERATE_HELP = `shapekit generate — load the model, run every emitter, format with prettier, write

Usage:
  shapekit generate [--check] [--force] [--config <file>]
  shapekit generate [--check] [--force] --model <file|folder>... --out <dir> [options]

Options:
  --config <file>      the config (default: ./shapekit.json, else ./spec/shapekit.json)
  --model <path>       generate for any model without a config: .smithy, Smithy JSON AST .json,
                       AWS service-2.json (gzip too) files or folders; repeatable. botocore's
                       data/<service> folder is read as the AWS CLI reads it (latest API version,
                       service-2.sdk-extras.json merged)
  --out <dir>          with --model: where the packages go (<dir>/<service>-types, …);
                       then \`cd <dir> && npm install && npm run build\`
  --service <id|name>  with --model: the service, when the model has more than one.
                       A pattern (*, sage*, {s3,ec2}) generates every service it names in
                       one run, each as it would be alone: over botocore's data folder its
                       service folders (as --model <data>/<service>), over any other model
                       its services by name or id; a broken one is reported, the others go on
  --operations <sel>   with --model: operation names or globs (Create*, comma-separated or
                       repeated); default: every operation of the service
  --packages <kinds>   with --model: which packages (types, validators, shorthand, cli-skeleton;
                       comma-separated); default all. validators needs types; cli-skeleton uses
                       validators and shorthand when they are generated too
  --scope <@scope>     with --model: npm scope of the packages (default @shapekit)
  --name <pattern>     with --model: folder and npm name of each package, {service} and {kind}
                       filled in (default {service}-{kind})
  --package-version <semver>
                       with --model: version of the first release (default 0.1.0; later
                       generations bump it from the model's changes)
  --license <spdx>     with --model: license of the packages (default Apache-2.0, whose text each
                       package gets as LICENSE; with another, add your own LICENSE file: later
                       generations leave it alone)
  --layout <layout>    with --model: standalone (default): each package builds on its own after
                       npm install, <dir> becomes an npm workspace of them (its package.json is
                       written when missing); repository: packages inside ShapeKit's repository
  --check              write nothing; exit 1 with a unified diff when the files on disk differ
                       or a package folder is torn (an earlier run was interrupted)
  --force              write into package folders that hold files ShapeKit did not write:
                       overwrite the ones at paths it generates, leave the others alone
  -h, --help           this help

Each package folder has a .shapekit-manifest.json listing the files ShapeKit wrote there: it
deletes only those (and only while unedited), never follows a symbolic link, and refuses a
folder holding files it did not write unless --force. Files are written only when everything
succeeded; a run that is interrupted while writing is detected and repaired by the next one.
Exit codes: 0 done (or no differences), 1 model/config errors or differences, 2 usage.
`;

export const AST_HELP = `shapekit ast — print the merged, resolved model as canonical Smithy JSON AST

Usage:
  shapekit ast <file|folder>...

Loads every .smithy (IDL 1.0 or 2.0) and .json (JSON AST) file given (folders: every such file
inside), merges and resolves them, and prints the model: "smithy": "2.0", shapes sorted by id,
members and trait values in model order, mixins flattened, prelude shapes left out, 2-space
indent. On errors prints every diagnostic as file:line:col with the source line and a caret.

Exit codes: 0 printed, 1 the model has errors, 2 usage.
`;

export const CONVERT_HELP = `shapekit convert — print AWS service-2.json models as canonical Smithy JSON AST

Usage:
  shapekit convert <service-2.json[.gz]>...

Converts the model format botocore and the AWS CLI ship (service-2.json, gzip or not) to the
Smithy JSON AST and prints it exactly as \`shapekit ast\` would: the same resolution, the same
canonical form. Namespace com.amazonaws.<service id>, botocore's shape names, members in order;
documentation, constraints, enums, required and deprecations are kept. Every file must be in the
service-2 format (other models: shapekit ast). Every shapekit command also accepts these files.

Exit codes: 0 printed, 1 a file is not service-2 or the model has errors, 2 usage.
`;

export const DIFF_HELP = `shapekit diff — list the changes from one model to another, classified for releases

Usage:
  shapekit diff [--json] <old> <new>

<old> and <new> are each a model file or folder in any format shapekit reads (.smithy, Smithy
JSON AST .json, AWS service-2.json[.gz]). Every added, removed or changed shape, member, trait,
enum value and binding is listed at its shape id (ns#Shape) or member id (ns#Shape$member,
ns#Enum$VALUE_NAME), classified with the rules of Smithy's diff tool:
  breaking   existing clients or data break (removed member, new @required, narrower @length …)
  dangerous  may break, a person should look (reordered members, new operation error …)
  safe       compatible (added shape or optional member, documentation …)

Options:
  --json      print {"changes": [{"severity", "shape", "message", "kind"}]} instead of text
  -h, --help  this help

Exit codes: 0 no breaking change, 1 breaking changes found (gate CI on it), 2 usage,
3 internal error, 4 a model could not be loaded (its diagnostics are printed).
`;

export const CLI_HELP = `shapekit cli — run the AWS CLI command surface of any operation straight from a model

Usage:
  shapekit cli --model <file|folder>... [--service <id|name>] -- <operation> [options]
  shapekit cli --model <file|folder>... -- <operation> --generate-cli-skeleton [input|output|yaml-input]
  shapekit cli --model <file|folder>... -- <operation> help [--format text|markdown]
  shapekit cli --model <file|folder>... -- help [<operation>]
  shapekit cli --model <file|folder>... -- wait [<waiter> [options] | help]

What the generated cli-skeleton package's bin does, for any operation of any model (.smithy,
Smithy JSON AST .json, AWS service-2.json[.gz]), with no build step: the words after -- are the
operation's CLI name (add-association) and its options, parsed like the AWS CLI; the request is
validated with the validators the validators emitter writes (compiled in memory) and printed as
JSON. Only the operation asked for is described, so a whole service starts quickly. A model's
waiters (botocore's waiters-2.json beside a service-2.json, or Smithy's @waitable) are the wait
commands: wait <waiter> builds the request of the operation it polls.
After --, --no-validate skips that validation: the request printed is the one the AWS CLI would
build (an operation option of the same name would win; none has it).

Options:
  --model <path>       model files or folders; repeatable, or several after one --model
  --service <id|name>  the service, when the model has more than one
  -h, --help           this help

Exit codes (after --, those of the generated bin, as the AWS CLI v2 documents them):
  0    success
  2    the command line cannot be parsed (unknown operation, missing value)
  252  invalid syntax, an unknown parameter or an incorrect value (validation)
  255  any other error
  1    (shapekit) the model has errors, or --service names no service
`;

export const DOCS_HELP = `shapekit docs — write a static reference site of the service, with a live playground

Usage:
  shapekit docs [--config <file>] --out <dir>
  shapekit docs --model <file|folder>... [--service <id|name>] [--operations <sel>] --out <dir>

Writes plain files (index.html, operations/<operation>.html, assets/) that any static host
serves and a browser opens from disk: an index of the operations with search, and for each
operation its help page (description, synopsis, every option with its type, member tree,
Shorthand Syntax and JSON Syntax, the output, the input skeleton: what \`help\` prints) and a
playground. The playground runs the generated packages in the page (generated in memory, bundled
with esbuild): type a command line or one option's value and see the request as JSON, every
validation issue with its path, shorthand errors with a caret, and turn the request back into a
command line. It makes no network request. Files in <dir> that the site does not write are left.

Options:
  --config <file>      the config (default: ./shapekit.json, else ./spec/shapekit.json)
  --model <path>       any model instead of a config (.smithy, JSON AST, AWS service-2.json)
  --service <id|name>  with --model: the service, when the model has more than one
  --operations <sel>   with --model: operation names or globs; default every operation
  --out <dir>          where the site goes (required)
  -h, --help           this help

Exit codes: 0 written, 1 the model or config has errors, 2 usage.
`;
