/**
 * Human labels for the machine names the API returns (permissions, audit actions, actor kinds,
 * target types). Names the catalogue does not know yet fall back to the raw name, so a new server
 * action shows up readable enough instead of as an empty cell.
 */

import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/format.ts";

/** i18next reads ":" as the namespace separator, so permission names use "_" in the catalogue. */
function permissionKey(permission: string): string {
  return permission.replaceAll(":", "_");
}

export function useLabels() {
  const { t } = useTranslation(["settings", "common"]);
  return {
    role: (role: string) => t(`common:roles.${role}` as "common:roles.owner", { defaultValue: role }),
    permission: (permission: string) =>
      t(`permission.${permissionKey(permission)}.label` as "permission.settings.label", {
        defaultValue: permission,
      }),
    permissionHelp: (permission: string) =>
      t(`permission.${permissionKey(permission)}.help` as "permission.settings.help", { defaultValue: "" }),
    action: (action: string) =>
      t(`audit.actions.${action}` as "audit.actions.shop.updated", { defaultValue: action }),
    actorKind: (kind: string) =>
      t(`audit.actorKind.${kind}` as "audit.actorKind.staff", { defaultValue: kind }),
    targetType: (type: string) =>
      t(`audit.targetType.${type}` as "audit.targetType.shop", { defaultValue: type }),
  };
}

/** A timestamp in the viewer's own time zone; a dash when there is none. */
export function formatTime(iso: string | null | undefined, seconds = false): string {
  return iso ? formatDateTime(iso, seconds) : "—";
}

/** Role tag colours, strongest role warmest, so the table reads at a glance. */
export const ROLE_COLORS: Record<string, string> = {
  owner: "volcano",
  admin: "orange",
  presale: "blue",
  aftersale: "cyan",
  analyst: "default",
};

/** The audited actions (core's AuditAction), offered in the audit filter in this order. */
export const AUDIT_ACTIONS = [
  "shop.updated",
  "settings.changed",
  "staff.invited",
  "staff.invitation_revoked",
  "staff.joined",
  "staff.created",
  "staff.role_changed",
  "staff.deactivated",
  "staff.reactivated",
  "staff.reset_issued",
  "api_key.created",
  "api_key.revoked",
  "auth.login",
  "auth.login_failed",
  "auth.locked",
  "auth.logout",
  "auth.password_changed",
  "auth.password_reset",
  "customer.unmasked",
  "customer.updated",
  "customer.anonymised",
  "customers.exported",
  "customers.tagged",
  "tag.created",
  "tag.updated",
  "tag.deleted",
  "tag.rule_changed",
  "segment.created",
  "segment.updated",
  "segment.archived",
  "group.created",
  "group.updated",
  "group.deleted",
  "group.roster_imported",
  "reviews.imported",
  "import.started",
  "import.finished",
  "analytics.recomputed",
] as const;
