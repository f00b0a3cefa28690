/**
 * The profile form's values and the PATCH body made from them. The customer's detail arrives
 * masked (name, phone, email, birthday's year, street address and zip hidden), so those fields
 * start empty unless the clear values were loaded through the audited unmask: an empty masked
 * field means "keep", and only fields that differ from where the form started are sent.
 */
import dayjs, { type Dayjs } from "dayjs";
import { ApiError } from "../../api/client.ts";
import type { ProfilePatch } from "./archive.api.ts";
import type { CustomerDetail, unmaskCustomer } from "./customers.api.ts";

type Profile = CustomerDetail["customer"];
type Unmasked = Awaited<ReturnType<typeof unmaskCustomer>>;
/** A consent as a radio value (antd radios cannot carry null). */
export type Consent = "yes" | "no" | "unknown";

/** What the form edits. */
export interface ProfileFormValues {
  name: string;
  gender: "male" | "female" | "unknown";
  birthday: Dayjs | null;
  phone: string;
  email: string;
  province: string;
  city: string;
  district: string;
  address: string;
  zip: string;
  note: string;
  acceptsSmsMarketing: Consent;
  acceptsEmailMarketing: Consent;
}

/** The fields that only hold their clear value after an unmask. */
export const MASKED_FIELDS = ["name", "phone", "email", "birthday", "address", "zip"] as const;

const TEXT_FIELDS = [
  "name",
  "phone",
  "email",
  "province",
  "city",
  "district",
  "address",
  "zip",
  "note",
] as const;

const toConsent = (value: boolean | null): Consent => (value === null ? "unknown" : value ? "yes" : "no");
const fromConsent = (value: Consent): boolean | null => (value === "unknown" ? null : value === "yes");

/** The form's starting values: the profile, with the masked fields from `clear` or empty. */
export function profileFormValues(profile: Profile, clear?: Unmasked | null): ProfileFormValues {
  return {
    name: clear?.name ?? "",
    gender: profile.gender ?? "unknown",
    birthday: clear?.birthday ? dayjs(clear.birthday) : null,
    phone: clear?.phone ?? "",
    email: clear?.email ?? "",
    province: profile.province ?? "",
    city: profile.city ?? "",
    district: profile.district ?? "",
    address: clear?.address ?? "",
    zip: clear?.zip ?? "",
    note: profile.note ?? "",
    acceptsSmsMarketing: toConsent(profile.acceptsSmsMarketing),
    acceptsEmailMarketing: toConsent(profile.acceptsEmailMarketing),
  };
}

const day = (value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : null);

/** The fields that changed from `initial` to `values`, as the API takes them (blank clears). */
export function profilePatch(initial: ProfileFormValues, values: ProfileFormValues): ProfilePatch {
  const patch: ProfilePatch = {};
  for (const field of TEXT_FIELDS) {
    const next = values[field].trim();
    if (next !== initial[field].trim()) patch[field] = next === "" ? null : next;
  }
  if (values.gender !== initial.gender) patch.gender = values.gender === "unknown" ? null : values.gender;
  if (day(values.birthday) !== day(initial.birthday)) patch.birthday = day(values.birthday);
  for (const field of ["acceptsSmsMarketing", "acceptsEmailMarketing"] as const) {
    if (values[field] !== initial[field]) patch[field] = fromConsent(values[field]);
  }
  return patch;
}

/**
 * The form field a validation error names (`body.email` from the route's schema, `email` from the
 * service's), so the server's message shows under that field; undefined for other errors.
 */
export function invalidField<F extends string>(error: unknown, fields: readonly F[]): F | undefined {
  if (!(error instanceof ApiError) || error.code !== "invalid_input") return undefined;
  const path = String(error.problem?.data?.field ?? "");
  const name = path.replace(/^body\./, "").split(".")[0];
  return fields.find((field) => field === name);
}
