// A web form posts a request (its fields already assembled into the request's JSON shape by the
// page); the server answers with the messages to show beside each field. A field is named by the
// issue path, so `ProductionVariants[0].InstanceType` lands under the first variant's instance
// type. Warnings are returned too: a form shows them without blocking the submit.

import {
  validateCreateEndpointConfigInput,
  type ValidationIssue,
} from "@shapekit/sagemaker-validators";
import type { CreateEndpointConfigInput } from "@shapekit/sagemaker-types";

/** The messages for one form field. */
export interface FieldMessages {
  /** The issue path; `""` for the form as a whole. */
  readonly field: string;
  readonly messages: readonly string[];
}

/** What the server answers to a submitted form. */
export type FormAnswer =
  | {
      readonly ok: true;
      readonly request: CreateEndpointConfigInput;
      readonly notes: readonly FieldMessages[];
    }
  | {
      readonly ok: false;
      readonly errors: readonly FieldMessages[];
      readonly notes: readonly FieldMessages[];
    };

/** Groups issues by path, in the order they were found. A `Map`: paths come from user keys. */
function byField(issues: readonly ValidationIssue[]): FieldMessages[] {
  const fields = new Map<string, string[]>();
  for (const issue of issues) {
    const messages = fields.get(issue.path) ?? [];
    messages.push(issue.message);
    fields.set(issue.path, messages);
  }
  return [...fields].map(([field, messages]) => ({ field, messages }));
}

/** Validates a submitted form body: every problem at once, grouped by field. */
export function answerForm(body: unknown): FormAnswer {
  const result = validateCreateEndpointConfigInput(body);
  const notes = byField(result.warnings);
  return result.ok
    ? { ok: true, request: result.value, notes }
    : { ok: false, errors: byField(result.issues), notes };
}
