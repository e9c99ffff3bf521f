// parseArgument and its siblings, typed by the model: values, names, and the runtime-name overload.
import { expectTypeOf } from "vitest";
import type { ArgumentValue, ProductionVariant, Tag, VpcConfig } from "./sagemaker.js";
import {
  findOption,
  parseArgument,
  syntaxHelp,
  toArgument,
  type OptionName,
  type OptionValue,
} from "@shapekit/sagemaker-shorthand";
import * as op from "@shapekit/sagemaker-shorthand/operations/CreateEndpointConfig";

const variants = parseArgument("create-endpoint-config", "--production-variants", [
  "VariantName=a",
]);
if (variants.ok) expectTypeOf(variants.value).toEqualTypeOf<ProductionVariant[]>();
const tags = parseArgument("create-endpoint-config", "--tags", ["Key=a,Value=b"]);
if (tags.ok) expectTypeOf(tags.value).toEqualTypeOf<Tag[]>();
const vpc = parseArgument("create-endpoint-config", "--vpc-config", ["Subnets=a"]);
if (vpc.ok) expectTypeOf(vpc.value).toEqualTypeOf<VpcConfig>();
const name = parseArgument("create-endpoint-config", "--endpoint-config-name", ["c"]);
if (name.ok) expectTypeOf(name.value).toEqualTypeOf<string>();
const negated = parseArgument("create-endpoint-config", "--no-enable-network-isolation", []);
if (negated.ok) expectTypeOf(negated.value).toEqualTypeOf<boolean>();
expectTypeOf<OptionValue<"create-endpoint-config", "--shadow-production-variants">>().toEqualTypeOf<
  ProductionVariant[]
>();

// A wrong value type does not compile.
if (variants.ok) {
  // @ts-expect-error a ProductionVariant[] is not a Tag[]
  const wrong: Tag[] = variants.value;
  // @ts-expect-error nor a string
  const text: string = variants.value;
  console.log(wrong, text);
}

// Misspelt names do not compile, in every function of the root.
// @ts-expect-error "--production-variant" is not an option of create-endpoint-config
parseArgument("create-endpoint-config", "--production-variant", ["VariantName=a"]);
// @ts-expect-error "create-endpoint-configs" is not a command
parseArgument("create-endpoint-configs", "--production-variants", ["VariantName=a"]);
// @ts-expect-error misspelt option
toArgument("create-endpoint-config", "--tag", []);
// @ts-expect-error misspelt option
syntaxHelp("create-endpoint-config", "--vpc");
// @ts-expect-error misspelt option
findOption("create-endpoint-config", "--kms-key");

// Names only known at run time (typed `string`) still compile, with the loose value.
declare const command: string;
declare const option: string;
const dynamic = parseArgument(command, option, ["x"]);
if (dynamic.ok) expectTypeOf(dynamic.value).toEqualTypeOf<ArgumentValue>();
const knownCommand = parseArgument("create-endpoint-config", option, ["x"]);
if (knownCommand.ok) expectTypeOf(knownCommand.value).toEqualTypeOf<ArgumentValue>();
// A union of known options gives the union of their values.
declare const either: "--tags" | "--vpc-config";
const union = parseArgument("create-endpoint-config", either, ["x"]);
if (union.ok) expectTypeOf(union.value).toEqualTypeOf<Tag[] | VpcConfig>();
expectTypeOf<"--tags">().toExtend<OptionName<"create-endpoint-config">>();

// The per-operation entry point is typed by its own OptionName.
const opVariants = op.parseArgument("--production-variants", ["VariantName=a"]);
if (opVariants.ok) expectTypeOf(opVariants.value).toEqualTypeOf<ProductionVariant[]>();
expectTypeOf<op.OptionValue<"--tags">>().toEqualTypeOf<Tag[]>();
// @ts-expect-error misspelt option of the operation
op.parseArgument("--production-variant", ["VariantName=a"]);
// @ts-expect-error misspelt option of the operation
op.findOption("--tag");
const opDynamic = op.parseArgument(option, ["x"]);
if (opDynamic.ok) expectTypeOf(opDynamic.value).toEqualTypeOf<ArgumentValue>();
