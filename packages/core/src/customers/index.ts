/** Customers: identity merges and their undo (the archive itself grows in later work). */
export { listCustomerMerges, splitCustomerMerge, type CustomerMerge } from "./merges.service.ts";
