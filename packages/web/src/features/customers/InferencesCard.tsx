/**
 * 行为推断 on the customer page: each habit read from the orders as one plain sentence with its
 * evidence, a confidence band (the exact Wilson bound in a tooltip) and staff's verdict. Staff
 * holding customers:write confirm, reject or take back a verdict; rejected ones fold away under
 * "显示已否定" because they no longer count anywhere.
 */
import { CheckOutlined, CloseOutlined, QuestionCircleOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Space, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay, formatPercent } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage, LoadError, Loading } from "../../app/states.tsx";
import { type Decision, type Inference, useDecideInference, useInferences } from "./behaviour.api.ts";
import { confidenceLevel, describeInference, type Translate } from "./inferenceText.ts";
import { ITEM_STYLE } from "./NotesCard.tsx";

const LEVEL_COLOURS = { high: "green", medium: "blue", low: "default" } as const;

/** The confidence band as a tag; the tooltip gives the number and what it means. */
function Confidence({ value }: { value: number }) {
  const { t } = useTranslation("archive");
  const level = confidenceLevel(value);
  return (
    <Tooltip title={t("inferences.confidence.tip", { pct: formatPercent(value, 0) })}>
      {/* Focusable, so keyboard users reach the explanation too. */}
      <Tag color={LEVEL_COLOURS[level]} style={{ marginInlineEnd: 0, cursor: "help" }} tabIndex={0}>
        {t("inferences.confidence.label", { level: t(`inferences.confidence.${level}`) })}
      </Tag>
    </Tooltip>
  );
}

/** Who decided, and when, after the verdict's tag. */
function Verdict({ inference }: { inference: Inference }) {
  const { t } = useTranslation("archive");
  if (inference.status === "inferred") return null;
  const confirmed = inference.status === "confirmed";
  return (
    <Space size={4} wrap>
      <Tag
        color={confirmed ? "success" : "default"}
        icon={confirmed ? <CheckOutlined /> : <CloseOutlined />}
        style={{ marginInlineEnd: 0 }}
      >
        {t(confirmed ? "inferences.confirmed" : "inferences.rejected")}
      </Tag>
      <span className="muted">
        {t("inferences.decidedBy", {
          by: inference.decidedBy ?? t("inferences.unknownPerson"),
          at: formatDay(inference.decidedAt),
        })}
      </span>
    </Space>
  );
}

/** One inference: sentence, confidence, verdict and the buttons that change it. */
function InferenceItem({ inference, customerId }: { inference: Inference; customerId: number }) {
  const { t } = useTranslation("archive");
  const session = useSession();
  const { message } = App.useApp();
  const decide = useDecideInference(customerId);
  const { label, evidence } = describeInference(inference, t as unknown as Translate);
  const rejected = inference.status === "rejected";
  const act = (decision: Decision) =>
    decide.mutate(
      { kind: inference.kind, decision },
      {
        onSuccess: () => void message.success(t(`inferences.done.${decision}`, { label })),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  const button = (decision: Decision, props: Parameters<typeof Button>[0]) => (
    <Button
      size="small"
      loading={decide.isPending && decide.variables?.decision === decision}
      disabled={decide.isPending}
      aria-label={t(`inferences.action.${decision}Aria`, { label })}
      onClick={() => act(decision)}
      {...props}
    >
      {t(`inferences.action.${decision}`)}
    </Button>
  );

  return (
    <div
      style={{ ...ITEM_STYLE, opacity: rejected ? 0.55 : 1 }}
      data-testid="inference"
      data-kind={inference.kind}
      data-status={inference.status}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong>{label}</Typography.Text>
        {evidence ? (
          <Typography.Text type="secondary">{t("inferences.evidenceAfter", { evidence })}</Typography.Text>
        ) : null}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap={6}>
        <Space size={6} wrap>
          <Confidence value={inference.confidence} />
          <Verdict inference={inference} />
        </Space>
        {session.can("customers:write") ? (
          <Space size={4}>
            {inference.status === "inferred" ? (
              <>
                {button("confirm", { icon: <CheckOutlined /> })}
                {button("reject", { icon: <CloseOutlined /> })}
              </>
            ) : (
              button("reset", { type: "link" })
            )}
          </Space>
        ) : null}
      </Flex>
    </div>
  );
}

/** The behaviour card of the customer page. */
export function InferencesCard({ customerId }: { customerId: number }) {
  const { t } = useTranslation("archive");
  const query = useInferences(customerId);
  const [showRejected, setShowRejected] = useState(false);
  const items = query.data ?? [];
  const active = items.filter((i) => i.status !== "rejected");
  const rejected = items.filter((i) => i.status === "rejected");
  const shown = showRejected ? [...active, ...rejected] : active;

  return (
    <Card
      size="small"
      title={t("inferences.title")}
      data-testid="inferences-card"
      extra={
        <Tooltip title={t("inferences.help")}>
          <QuestionCircleOutlined aria-label={t("inferences.helpLabel")} tabIndex={0} className="muted" />
        </Tooltip>
      }
    >
      {query.isPending ? (
        <Loading rows={2} />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState description={t("inferences.empty")} />
      ) : (
        <>
          {active.length === 0 && !showRejected ? (
            <Typography.Text type="secondary">{t("inferences.allRejected")}</Typography.Text>
          ) : null}
          {shown.map((inference) => (
            <InferenceItem key={inference.kind} inference={inference} customerId={customerId} />
          ))}
          {rejected.length ? (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0, marginTop: 4 }}
              aria-expanded={showRejected}
              onClick={() => setShowRejected((v) => !v)}
            >
              {showRejected
                ? t("inferences.hideRejected")
                : t("inferences.showRejected", { count: rejected.length })}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
