/**
 * Editing a customer's profile (客户档案): name, gender, birthday, contact details, address,
 * note and marketing consent. Only live customers; audited as `customer.updated` with the names
 * of the changed fields, never their values. The answer is the masked profile, like getCustomer.
 */
import type { CustomersTable, Database } from "@laoke/db";
import type { Kysely, Updateable } from "kysely";
import { forgetShopReports } from "../analytics/report/index.ts";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { type CustomerProfile, toCustomerProfile } from "./customers.mappers.ts";
import type { CustomerRow } from "./customers.repository.ts";
import { UpdateProfileInput, type UpdateProfileInput as UpdateProfileInputType } from "./customers.schema.ts";
import { lockLiveCustomerRow, updateCustomerRow } from "./profile.repository.ts";

type ProfileField = keyof UpdateProfileInputType;

/** Each editable field's column. */
const COLUMNS = {
  name: "name",
  gender: "gender",
  birthday: "birthday",
  phone: "phone",
  email: "email",
  province: "province",
  city: "city",
  district: "district",
  address: "address",
  zip: "zip",
  note: "note",
  acceptsSmsMarketing: "accepts_sms_marketing",
  acceptsEmailMarketing: "accepts_email_marketing",
} as const satisfies Record<ProfileField, keyof CustomerRow>;

// The shop's reports group buyers by province and city (decision 0009): those edits outdate them.
const REPORTED_FIELDS = new Set<ProfileField>(["province", "city"]);

// Whether a value was exported masked by the platform: a value staff type in is theirs, unless it
// still carries the platform's stars.
const MASK_FLAGS = { name: "name_masked", phone: "phone_masked", address: "address_masked" } as const;

/**
 * Change a live customer's profile fields; answers the masked profile. A phone or email typed
 * here is profile data only: it does NOT add or change the customer's identities, so it neither
 * matches future imports nor merges customers (identity resolution reads customer_identities).
 */
export async function updateCustomerProfile(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  input: UpdateProfileInputType,
): Promise<CustomerProfile> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(UpdateProfileInput, input);
  return db.transaction().execute(async (trx) => {
    const row = await lockLiveCustomerRow(trx, shopId, customerId);
    if (!row) throw new DomainError("not_found");
    const values: Updateable<CustomersTable> = {};
    const changed: ProfileField[] = [];
    for (const field of Object.keys(COLUMNS) as ProfileField[]) {
      const value = v[field];
      const column = COLUMNS[field];
      if (value === undefined || value === row[column]) continue;
      changed.push(field);
      Object.assign(values, { [column]: value });
      if (field in MASK_FLAGS) {
        Object.assign(values, {
          [MASK_FLAGS[field as keyof typeof MASK_FLAGS]]: value?.toString().includes("*") ?? false,
        });
      }
    }
    if (changed.length === 0) return toCustomerProfile(row);
    const updated = await updateCustomerRow(trx, shopId, customerId, values);
    await recordAudit(trx, actor, {
      shopId,
      action: "customer.updated",
      targetType: "customer",
      targetIds: [customerId],
      data: { fields: changed },
    });
    if (changed.some((f) => REPORTED_FIELDS.has(f))) await forgetShopReports(trx, shopId);
    return toCustomerProfile(updated);
  });
}
