/**
 * A file cut off mid-row (an interrupted download) ends in a row whose cells are partial. No
 * parser may import half a row, whatever its format: the pipeline holds that row back from the
 * parser and rejects it as `malformed_row` itself.
 */
import type { Table, TableRow } from "./table.ts";

/** The table without its truncated rows, and a way to collect them once the rows are consumed. */
export function holdBackTruncated(table: Table): { table: Table; truncated: TableRow[] } {
  const truncated: TableRow[] = [];
  const rows = table.rows;
  return {
    truncated,
    table: {
      ...table,
      rows: {
        async *[Symbol.asyncIterator]() {
          for await (const row of rows) {
            if (row.incomplete) truncated.push(row);
            else yield row;
          }
        },
      },
    },
  };
}
