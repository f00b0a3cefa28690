/** What an audit event says: a one-line summary for the table and the full record when expanded. */
import { Descriptions, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { GetResponse } from "../../api/client.ts";
import { useLabels } from "./labels.ts";

export type AuditEvent = GetResponse<"/api/v1/audit">["items"][number];

/** Catalogue keys of the analytics settings as settings.changed names them (dotted paths). */
const SETTING_LABELS: Record<string, string> = {
  churnDays: "analytics.churnDays",
  atRiskDays: "analytics.atRiskDays",
  "rfm.recencyDays": "analytics.recency",
  "rfm.frequency": "analytics.frequency",
  "rfm.monetaryFen": "analytics.monetary",
  aovBandsFen: "analytics.aovBands",
  trafficCostShare: "analytics.trafficCost",
  "clv.model": "analytics.clvModel",
  "clv.horizonDays": "analytics.clvHorizon",
  "clv.annualDiscountRate": "analytics.clvDiscount",
  "clv.penalty": "analytics.clvPenalty",
  "clv.refitGrowth": "analytics.clvRefit",
};

const text = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";

/** A short human line for the actions whose data says something at a glance; "" otherwise. */
export function useAuditSummary() {
  const { t } = useTranslation("settings");
  const labels = useLabels();
  return (event: AuditEvent): string => {
    const d = event.data;
    switch (event.action) {
      case "staff.role_changed":
        return `${labels.role(text(d.from))} → ${labels.role(text(d.to))}`;
      case "staff.invited":
        return `${text(d.login)} · ${labels.role(text(d.role))}`;
      case "api_key.created":
        return t("audit.summary.apiKey", {
          name: text(d.name),
          n: Array.isArray(d.permissions) ? d.permissions.length : 0,
        });
      case "shop.updated": {
        const before = (d.before ?? {}) as Record<string, unknown>;
        const after = (d.after ?? {}) as Record<string, unknown>;
        return Object.keys(after)
          .map((key) => {
            const label = t(`shop.${key}` as "shop.name", { defaultValue: key });
            return `${label}: ${text(before[key])} → ${text(after[key])}`;
          })
          .join("; ");
      }
      case "settings.changed":
        return Array.isArray(d.keys)
          ? d.keys
              .map(text)
              .map((key) => {
                const label = SETTING_LABELS[key];
                return label ? t(label as "analytics.churnDays") : key;
              })
              .join(", ")
          : "";
      case "tag.created":
      case "segment.created":
      case "group.created":
      case "group.deleted":
      case "group.roster_imported":
        return text(d.name);
      case "tag.updated":
      case "group.updated":
        return d.from && d.from !== d.name ? `${text(d.from)} → ${text(d.name)}` : text(d.name);
      case "tag.deleted":
        return t("audit.summary.tagDeleted", { name: text(d.name), n: text(d.customers) || "0" });
      case "customers.tagged":
        return t("audit.summary.tagged", { name: text(d.tag), n: text(d.tagged) || "0" });
      case "staff.deactivated":
        return t("audit.summary.deactivated", {
          sessions: text(d.revokedSessions) || "0",
          keys: text(d.revokedApiKeys) || "0",
        });
      default:
        return "";
    }
  };
}

/** The whole event, for whoever needs the request id or the raw data. */
export function AuditDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation("settings");
  const hasData = Object.keys(event.data).length > 0;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 140 } }}
      items={[
        {
          key: "action",
          label: t("audit.rawAction"),
          children: <Typography.Text code>{event.action}</Typography.Text>,
        },
        {
          key: "targets",
          label: t("audit.targetIds"),
          children: event.targetIds.length > 0 ? event.targetIds.join(", ") : "—",
        },
        { key: "ua", label: t("audit.userAgent"), children: event.userAgent ?? "—" },
        {
          key: "request",
          label: t("audit.requestId"),
          children: event.requestId ? <Typography.Text copyable>{event.requestId}</Typography.Text> : "—",
        },
        {
          key: "data",
          label: t("audit.data"),
          children: hasData ? (
            <pre style={{ margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: 12 }}>
              {JSON.stringify(event.data, null, 2)}
            </pre>
          ) : (
            "—"
          ),
        },
      ]}
    />
  );
}
