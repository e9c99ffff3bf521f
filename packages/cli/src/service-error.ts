// A sender reports the service's answer to a bad request by rejecting with it. Two forms are
// known: the AWS SDK for JavaScript v3's service exceptions (`name` is the error code, beside
// `$metadata.httpStatusCode`), and botocore's parsed error response
// (`{ Error: { Code, Message }, ResponseMetadata: { HTTPStatusCode } }`). Anything else a sender
// throws (a network failure, a bug) is not the service's answer and is reported as it is.

/** A service's error answer, as the AWS CLI reads it. */
export interface ServiceError {
  /** The error code: `ValidationException`. */
  readonly code: string;
  readonly message?: string;
  /** The HTTP status code of the answer, when known. */
  readonly httpStatusCode?: number;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function status(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

/** The service error `thrown` carries, or `undefined` when it is not one (see the module header). */
export function serviceErrorOf(thrown: unknown): ServiceError | undefined {
  const value = record(thrown);
  if (value === undefined) return undefined;
  const botocore = record(value.Error);
  const botocoreCode = text(botocore?.Code);
  if (botocoreCode !== undefined) {
    const message = text(botocore!.Message);
    const httpStatusCode = status(record(value.ResponseMetadata)?.HTTPStatusCode);
    return {
      code: botocoreCode,
      ...(message !== undefined ? { message } : {}),
      ...(httpStatusCode !== undefined ? { httpStatusCode } : {}),
    };
  }
  const metadata = record(value.$metadata);
  const name = text(value.name);
  if (metadata === undefined || name === undefined || name === "") return undefined;
  const message = text(value.message);
  const httpStatusCode = status(metadata.httpStatusCode);
  return {
    code: name,
    ...(message !== undefined ? { message } : {}),
    ...(httpStatusCode !== undefined ? { httpStatusCode } : {}),
  };
}

/** botocore's `ClientError` text: what the AWS CLI prints for a service error (exit 254). */
export function serviceErrorMessage(error: ServiceError, operationName: string): string {
  return `An error occurred (${error.code}) when calling the ${operationName} operation: ${error.message ?? "Unknown"}`;
}
