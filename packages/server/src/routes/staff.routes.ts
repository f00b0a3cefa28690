/** Staff and roles: list, create, change role, deactivate, invitations, password-reset links. */
import {
  createStaffMember,
  deactivateStaffMember,
  inviteStaff,
  issuePasswordReset,
  listInvitations,
  listStaff,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLES,
  reactivateStaffMember,
  revokeInvitation,
  updateStaffMember,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { IdParams, isoDate, OkSchema, PermissionSchema, RoleSchema, StaffMemberSchema } from "./schemas.ts";

const InvitationSchema = z.object({
  id: z.number(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  displayName: z.string().nullable(),
  role: RoleSchema,
  createdAt: isoDate,
  expiresAt: isoDate,
});

/** Register the /staff and /roles routes. */
export async function staffRoutes(app: App, { handle, config }: AppDeps): Promise<void> {
  const db = handle.db;
  const link = (path: string, token: string) => `${config.publicUrl ?? ""}${path}#${token}`;

  app.get(
    "/roles",
    {
      config: { access: "authenticated" },
      schema: {
        tags: ["staff"],
        summary: "Roles and the permissions of each",
        response: {
          200: z.object({
            permissions: z.array(PermissionSchema),
            roles: z.array(z.object({ role: RoleSchema, permissions: z.array(PermissionSchema) })),
          }),
        },
      },
    },
    async () => ({
      permissions: [...PERMISSIONS],
      roles: ROLES.map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] })),
    }),
  );

  app.get(
    "/staff",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["staff"],
        summary: "The shop's staff",
        response: { 200: z.object({ items: z.array(StaffMemberSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listStaff(db, actor, actor.shopId) };
    },
  );

  app.post(
    "/staff",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Create a staff login with a password (or invite instead)",
        body: z.object({
          email: z.string().max(254).optional(),
          phone: z.string().max(20).optional(),
          password: z.string().max(200),
          role: RoleSchema,
          displayName: z.string().max(100).optional(),
        }),
        response: { 201: StaffMemberSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const member = await createStaffMember(db, actor, actor.shopId, request.body);
      return reply.code(201).send(member);
    },
  );

  app.patch(
    "/staff/:id",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Change a member's role or name (audited)",
        params: IdParams,
        body: z.object({ role: RoleSchema.optional(), displayName: z.string().max(100).optional() }),
        response: { 200: StaffMemberSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateStaffMember(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.post(
    "/staff/:id/deactivate",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Deactivate a member: sessions and API keys stop at once; their records stay with the shop",
        params: IdParams,
        response: { 200: StaffMemberSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return deactivateStaffMember(db, actor, actor.shopId, request.params.id);
    },
  );

  app.post(
    "/staff/:id/reactivate",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Let a deactivated member sign in again",
        params: IdParams,
        response: { 200: StaffMemberSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return reactivateStaffMember(db, actor, actor.shopId, request.params.id);
    },
  );

  app.post(
    "/staff/:id/password-reset",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Issue a one-time password-reset link for a member (shown once)",
        params: IdParams,
        response: { 201: z.object({ token: z.string(), url: z.string(), expiresAt: isoDate }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const reset = await issuePasswordReset(db, actor, actor.shopId, request.params.id);
      return reply.code(201).send({ ...reset, url: link("/reset-password", reset.token) });
    },
  );

  app.get(
    "/staff/invitations",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Open invitations",
        response: { 200: z.object({ items: z.array(InvitationSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listInvitations(db, actor, actor.shopId) };
    },
  );

  app.post(
    "/staff/invitations",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Invite someone; the one-time link is returned once",
        body: z.object({
          email: z.string().max(254).optional(),
          phone: z.string().max(20).optional(),
          displayName: z.string().max(100).optional(),
          role: RoleSchema,
        }),
        response: { 201: InvitationSchema.extend({ token: z.string(), url: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const inv = await inviteStaff(db, actor, actor.shopId, request.body);
      const token = inv.token as string;
      return reply.code(201).send({ ...inv, token, url: link("/invite", token) });
    },
  );

  app.delete(
    "/staff/invitations/:id",
    {
      config: { access: "staff:manage" },
      schema: {
        tags: ["staff"],
        summary: "Withdraw an invitation",
        params: IdParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await revokeInvitation(db, actor, actor.shopId, request.params.id);
      return { ok: true as const };
    },
  );
}
