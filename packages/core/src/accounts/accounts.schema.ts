/** Input schemas for staff, logins, invitations and API keys. */
import { z } from "zod";
import { PERMISSIONS, ROLES } from "../shared/permissions.ts";
import { MIN_PASSWORD_LENGTH } from "./secrets.ts";

const role = z.enum(ROLES as [string, ...string[]]).transform((r) => r as (typeof ROLES)[number]);
const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
// Mainland mobile numbers, or an international number with its + prefix.
const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|\+\d{6,15})$/);
const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);

/** `laoke user create` and staff created directly by an owner. */
export const CreateStaffInput = z
  .object({
    email: email.optional(),
    phone: phone.optional(),
    password,
    role,
    displayName: z.string().trim().min(1).max(100).optional(),
  })
  .refine((v) => v.email !== undefined || v.phone !== undefined, { path: ["email"] });
export type CreateStaffInput = z.input<typeof CreateStaffInput>;

/** Login with email or phone. */
export const LoginInput = z.object({
  email: z.string().trim().max(254).optional(),
  phone: z.string().trim().max(20).optional(),
  password: z.string().min(1).max(200),
  shop: z.string().max(63).optional(),
});
export type LoginInput = z.input<typeof LoginInput>;

/** Invite a new staff member. */
export const InviteInput = z
  .object({
    email: email.optional(),
    phone: phone.optional(),
    displayName: z.string().trim().min(1).max(100).optional(),
    role,
  })
  .refine((v) => v.email !== undefined || v.phone !== undefined, { path: ["email"] });
export type InviteInput = z.input<typeof InviteInput>;

/** Accept an invitation: a new password, or the existing account's password. */
export const AcceptInvitationInput = z.object({
  token: z.string().max(200),
  password,
  displayName: z.string().trim().min(1).max(100).optional(),
});
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInput>;

/** Change a member's role or name. */
export const UpdateMemberInput = z.object({
  role: role.optional(),
  displayName: z.string().trim().min(1).max(100).optional(),
});
export type UpdateMemberInput = z.input<typeof UpdateMemberInput>;

/** Create an API key limited to some permissions. */
export const CreateApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  permissions: z.array(z.enum(PERMISSIONS)).min(1),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateApiKeyInput = z.input<typeof CreateApiKeyInput>;

/** Set a new password with a reset token. */
export const ResetPasswordInput = z.object({ token: z.string().max(200), password });
export type ResetPasswordInput = z.input<typeof ResetPasswordInput>;

/** Change one's own password. */
export const ChangePasswordInput = z.object({ currentPassword: z.string().max(200), newPassword: password });
export type ChangePasswordInput = z.input<typeof ChangePasswordInput>;
