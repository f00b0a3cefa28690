/**
 * The live count under the rule builder: once the draft is complete and has not changed for
 * 400 ms it is counted on the server (POST /segments/count); an incomplete draft is never sent,
 * and the bar says which condition to finish instead.
 */
import { InfoCircleOutlined } from "@ant-design/icons";
import { Alert, Flex, Spin, Typography } from "antd";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { formatNumber } from "../../app/format.ts";
import { errorMessage } from "../../app/states.tsx";
import { checkDraft, type Issue } from "./check.ts";
import type { FieldInfo } from "./fields.ts";
import { issueMessage } from "./issues.ts";
import type { Translate } from "./labels.ts";
import { useDebounced } from "./pickers.tsx";
import { type DraftGroup, toRule } from "./rule.ts";
import { useRuleCount } from "./segments.api.ts";

/** How long the draft must stay unchanged before it is counted. */
export const COUNT_DELAY_MS = 400;

/** The draft's problems and its live count (none asked for while `enabled` is false). */
export function useLiveCount(draft: DraftGroup, fields: ReadonlyMap<string, FieldInfo>, enabled = true) {
  const issues = useMemo(() => checkDraft(draft, fields), [draft, fields]);
  const rule = enabled && issues.length === 0 ? JSON.stringify(toRule(draft)) : null;
  const debounced = useDebounced(rule, COUNT_DELAY_MS);
  const query = useRuleCount(debounced);
  /** The server's `invalid_rule` path, when it refused the rule. */
  const serverPath =
    query.error instanceof ApiError && query.error.code === "invalid_rule"
      ? String(query.error.problem?.data?.path ?? "")
      : undefined;
  return { issues, query, waiting: rule !== null && (debounced !== rule || query.isFetching), serverPath };
}

/** Shows the count, "counting…", the first problem of the draft, or the server's error. */
export function LiveCountBar({ state }: { state: ReturnType<typeof useLiveCount> }) {
  const { t } = useTranslation("segments");
  const { issues, query, waiting } = state;
  const first: Issue | undefined = issues[0];
  let body: ReactNode;
  if (first) {
    body = (
      <Typography.Text type="secondary">
        <InfoCircleOutlined /> {t("count.incomplete")}
        {" · "}
        <span data-testid="live-count-issue">{issueMessage(first, t as unknown as Translate)}</span>
      </Typography.Text>
    );
  } else if (query.error && !waiting) {
    body = <Alert type="error" showIcon title={t("count.failed")} description={errorMessage(query.error)} />;
  } else {
    const result = query.data;
    body = (
      <Flex gap={8} align="center" wrap>
        {result ? (
          <Typography.Text strong style={{ fontSize: 16, opacity: waiting ? 0.45 : 1 }}>
            {t("count.matching", { total: formatNumber(result.count) })}
            <span data-testid="live-count-value" data-count={waiting ? undefined : result.count} hidden />
          </Typography.Text>
        ) : null}
        {waiting ? (
          <Typography.Text type="secondary">
            <Spin size="small" /> {t("count.counting")}
          </Typography.Text>
        ) : result ? (
          <Typography.Text type="secondary">
            {t("count.took", { ms: formatNumber(result.ms) })}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  }
  return (
    <div role="status" aria-live="polite" data-testid="live-count">
      {body}
    </div>
  );
}
