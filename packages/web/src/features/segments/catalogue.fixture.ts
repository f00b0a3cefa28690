/**
 * The server's real field catalogue for the tests of this feature: read from core's fields.ts
 * (pure data, no dependencies), so a field added on the server is tested here too.
 */
import { describeFields } from "../../../../core/src/segments/fields.ts";
import type { FieldInfo } from "./fields.ts";

/** GET /segments/fields as the server answers it. */
export const CATALOGUE: FieldInfo[] = describeFields().map(({ values, operators, ...f }) => ({
  ...f,
  operators: [...operators],
  ...(values ? { values: [...values] } : {}),
}));

/** The catalogue by field name, as the pages hold it. */
export const FIELDS = new Map(CATALOGUE.map((f) => [f.name, f]));
