/** Thrown for a response the AWS CLI cannot print in the format asked for either (it stops with an error there). */
export class OutputFormatError extends Error {
  override readonly name = "OutputFormatError";
}
