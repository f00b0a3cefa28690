/** Validate service input with a zod schema; the first problem becomes `invalid_input` naming the field. */
import type { z } from "zod";
import { DomainError } from "./errors.ts";

/** Parse `input` or throw `invalid_input` with the path and value of the first issue. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const value = issue && "input" in issue ? issue.input : undefined;
  // An unknown key is reported on the object holding it: name the key itself.
  const path = issue?.code === "unrecognized_keys" ? [...issue.path, ...issue.keys.slice(0, 1)] : issue?.path;
  throw new DomainError("invalid_input", {
    field: path?.join(".") ?? "",
    value: typeof value === "object" ? JSON.stringify(value ?? null) : String(value ?? ""),
  });
}
