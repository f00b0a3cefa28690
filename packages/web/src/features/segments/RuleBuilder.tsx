/**
 * The segment rule builder: nested AND/OR groups of conditions over the server's field
 * catalogue. Controlled: `value` is the draft (rule.ts), `onChange` gets the next one. It marks
 * the rows `issues` point at (after a save attempt) and the row the server refused.
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Space, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ConditionRow } from "./ConditionRow.tsx";
import type { Issue } from "./check.ts";
import type { FieldInfo } from "./fields.ts";
import { issueMessage, partOf, type RowPart } from "./issues.ts";
import type { Translate } from "./labels.ts";
import {
  appendTo,
  conditionsOf,
  type DraftGroup,
  type DraftNode,
  isGroup,
  LIMITS,
  newCondition,
  newGroup,
  removeNode,
  updateNode,
} from "./rule.ts";

/** A problem to show on one node. */
export interface NodeProblem {
  message: string;
  part?: RowPart;
}

/** Props of the rule builder. */
export interface RuleBuilderProps {
  value: DraftGroup;
  onChange: (next: DraftGroup) => void;
  fields: ReadonlyMap<string, FieldInfo>;
  /** Problems of the draft to show on their rows (empty: show none). */
  issues?: readonly Issue[];
  /** The server's message about one node (an `invalid_rule` path), by node key. */
  serverProblem?: { key: string } & NodeProblem;
}

interface GroupProps {
  group: DraftGroup;
  depth: number;
  root: DraftGroup;
  ctx: {
    fields: ReadonlyMap<string, FieldInfo>;
    numbers: Map<string, number>;
    problems: Map<string, NodeProblem>;
    full: boolean;
    onChange: (next: DraftGroup) => void;
  };
}

function GroupEditor({ group, depth, root, ctx }: GroupProps) {
  const { t } = useTranslation("segments");
  const nested = depth > 1;
  const problem = ctx.problems.get(group.key);
  const canNest = depth < LIMITS.depth;
  const addGroup = (
    <Button
      icon={<PlusOutlined />}
      disabled={!canNest || ctx.full}
      onClick={() => ctx.onChange(appendTo(root, group.key, newGroup("any")))}
    >
      {t("builder.addGroup")}
    </Button>
  );
  return (
    <Flex
      vertical
      gap={8}
      role="group"
      aria-label={t(`builder.${group.kind}`)}
      data-testid="rule-group"
      style={
        nested
          ? { border: "1px dashed #d9d9d9", borderRadius: 4, padding: "8px 12px", background: "#fafafa" }
          : undefined
      }
    >
      <Flex gap={8} align="center" wrap>
        <Select<DraftGroup["kind"]>
          style={{ width: 200, maxWidth: "100%" }}
          aria-label={t("builder.relation")}
          value={group.kind}
          onChange={(kind) =>
            ctx.onChange(updateNode(root, group.key, (g) => ({ ...g, kind }) as DraftGroup))
          }
          options={[
            { value: "all", label: t("builder.all") },
            { value: "any", label: t("builder.any") },
          ]}
        />
        {nested ? (
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => ctx.onChange(removeNode(root, group.key))}
          >
            {t("builder.removeGroup")}
          </Button>
        ) : null}
      </Flex>
      {group.rules.length === 0 && !problem ? (
        <Typography.Text type="secondary">{t("builder.empty")}</Typography.Text>
      ) : null}
      {problem ? (
        <Typography.Text type="danger" role="alert">
          {problem.message}
        </Typography.Text>
      ) : null}
      <Flex vertical gap={8} style={{ paddingInlineStart: nested ? 0 : 4 }}>
        {group.rules.map((node: DraftNode) =>
          isGroup(node) ? (
            <GroupEditor key={node.key} group={node} depth={depth + 1} root={root} ctx={ctx} />
          ) : (
            <ConditionRow
              key={node.key}
              condition={node}
              fields={ctx.fields}
              number={ctx.numbers.get(node.key) ?? 0}
              message={ctx.problems.get(node.key)?.message}
              problem={ctx.problems.get(node.key)?.part}
              onChange={(next) => ctx.onChange(updateNode(root, node.key, () => next))}
              onRemove={() => ctx.onChange(removeNode(root, node.key))}
            />
          ),
        )}
      </Flex>
      <Space wrap>
        <Button
          icon={<PlusOutlined />}
          disabled={ctx.full}
          onClick={() => ctx.onChange(appendTo(root, group.key, newCondition()))}
        >
          {t("builder.addCondition")}
        </Button>
        {canNest ? addGroup : <Tooltip title={t("builder.limitDepth")}>{addGroup}</Tooltip>}
        {ctx.full ? <Typography.Text type="secondary">{t("builder.limitConditions")}</Typography.Text> : null}
      </Space>
    </Flex>
  );
}

/** The builder: the root group and everything in it. */
export function RuleBuilder({ value, onChange, fields, issues = [], serverProblem }: RuleBuilderProps) {
  const { t } = useTranslation("segments");
  const conditions = conditionsOf(value);
  const numbers = new Map(conditions.map((c, i) => [c.key, i + 1]));
  const problems = new Map<string, NodeProblem>();
  for (const issue of issues) {
    if (!problems.has(issue.key))
      problems.set(issue.key, {
        message: issueMessage(issue, t as unknown as Translate),
        part: partOf(issue),
      });
  }
  if (serverProblem) problems.set(serverProblem.key, serverProblem);
  const ctx = { fields, numbers, problems, full: conditions.length >= LIMITS.conditions, onChange };
  return <GroupEditor group={value} depth={1} root={value} ctx={ctx} />;
}
