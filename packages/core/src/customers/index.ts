/** Customers: identity merges and their undo (the archive itself grows in later work). */
export { type CustomerMerge, listCustomerMerges, splitCustomerMerge } from "./merges.service.ts";
