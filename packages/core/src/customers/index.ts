/**
 * Customers: the archive (list, search, profile and its editing, orders), masking and unmasking,
 * export, erasure, merges.
 */

export { type AnonymiseResult, anonymiseCustomer } from "./anonymise.service.ts";
export {
  type CustomerBrief,
  type CustomerBriefColumns,
  customerBriefSql,
  toCustomerBrief,
} from "./brief.ts";
export type {
  CustomerIdentity,
  CustomerListItem,
  CustomerMergeInto,
  CustomerMetrics,
  CustomerProfile,
  Order,
} from "./customers.mappers.ts";
export {
  AnonymiseCustomerInput,
  CHURN_STATUSES,
  CUSTOMER_SORTS,
  CustomerFilterInput,
  type CustomerSort,
  ListCustomersInput,
  ListOrdersInput,
  ORDER_STATUSES,
  UpdateProfileInput,
} from "./customers.schema.ts";
export {
  type CustomerDetail,
  getCustomer,
  listCustomers,
  liveCustomer,
  RECENT_ORDERS,
  type UnmaskedCustomer,
  unmaskCustomer,
} from "./customers.service.ts";
export { type CustomerExport, csvSafe, type ExportDatabase, exportCustomers } from "./export.service.ts";
export {
  maskAddress,
  maskBirthday,
  maskEmail,
  maskIdentityValue,
  maskName,
  maskOpaque,
  maskPhone,
} from "./masking.ts";
export { type CustomerMerge, listCustomerMerges, splitCustomerMerge } from "./merges.service.ts";
export { getOrder, listOrders } from "./orders.service.ts";
export { updateCustomerProfile } from "./profile.service.ts";
