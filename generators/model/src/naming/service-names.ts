// How a service is named for people: its `@title` in package descriptions and READMEs, its SDK id
// (`aws.api#service`'s `sdkId`) where the AWS tools name it. Emitters and commands share these so
// one service is called the same everywhere.

import type { Shape } from "../model.js";

/** The service's `@title` (`Amazon SageMaker Service`), else its shape name. */
export function serviceTitle(service: Shape): string {
  const title = service.traits.get("smithy.api#title");
  return typeof title === "string" ? title : service.name;
}

/**
 * The name botocore knows the service by (`iot-data`), when the model was read from botocore's
 * data layout (`shapekit.botocore#serviceName`, set by the service-2 converter); else undefined.
 */
export function botocoreServiceName(service: Shape): string | undefined {
  const name = service.traits.get("shapekit.botocore#serviceName");
  return typeof name === "string" && name !== "" ? name : undefined;
}

/** The service's SDK id (`SageMaker`) from `aws.api#service`, else its shape name. */
export function serviceSdkId(service: Shape): string {
  return declaredSdkId(service) ?? service.name;
}

/** The SDK id `aws.api#service` gives the service, or undefined when it gives none. */
export function declaredSdkId(service: Shape): string | undefined {
  const trait = service.traits.get("aws.api#service");
  const sdkId =
    trait !== null && typeof trait === "object" && !Array.isArray(trait)
      ? (trait as Record<string, unknown>).sdkId
      : undefined;
  return typeof sdkId === "string" && sdkId !== "" ? sdkId : undefined;
}
