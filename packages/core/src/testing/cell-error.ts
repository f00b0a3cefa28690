/** Test helper: the CellError code a cell parser throws, or undefined when it does not throw. */
import { CellError } from "../importing/cells.ts";

/** Run `fn` and return the code of the CellError it throws (other errors propagate). */
export function cellErrorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof CellError) return e.code;
    throw e;
  }
  return undefined;
}
