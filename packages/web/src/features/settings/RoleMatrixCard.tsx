/** The role matrix (GET /roles), read-only: permissions down, roles across, a tick where granted. */
import { CheckOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Flex, Grid, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { QueryState } from "../../app/states.tsx";
import { ROLE_COLORS, useLabels } from "./labels.ts";
import { KEYS } from "./layout.ts";

interface Row {
  permission: string;
  granted: Record<string, boolean>;
}

export function RoleMatrixCard() {
  const { t } = useTranslation(["settings", "common"]);
  const labels = useLabels();
  // On a phone the permission column gives up width so two or three roles fit beside it.
  const wide = Grid.useBreakpoint().md ?? true;
  const query = useQuery({
    queryKey: KEYS.roles,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => data(await api.GET("/api/v1/roles")),
  });

  return (
    <Card size="small" title={t("matrix.title")}>
      <QueryState query={query} rows={6}>
        {(matrix) => {
          const rows: Row[] = matrix.permissions.map((permission) => ({
            permission,
            granted: Object.fromEntries(
              matrix.roles.map((r) => [r.role, (r.permissions as string[]).includes(permission)]),
            ),
          }));
          const columns: TableColumnsType<Row> = [
            {
              title: t("matrix.permission"),
              dataIndex: "permission",
              fixed: "left",
              width: wide ? 220 : 150,
              render: (p: string) => (
                <Flex vertical>
                  <span>{labels.permission(p)}</span>
                  {labels.permissionHelp(p) ? (
                    <span className="muted">{labels.permissionHelp(p)}</span>
                  ) : null}
                </Flex>
              ),
            },
            ...matrix.roles.map(({ role }): TableColumnsType<Row>[number] => ({
              title: labels.role(role),
              key: role,
              align: "center",
              width: 80,
              render: (_, row) =>
                row.granted[role] ? (
                  <CheckOutlined style={{ color: "#389e0d" }} aria-label={t("matrix.granted")} />
                ) : (
                  <span className="muted" role="img" aria-label={t("matrix.notGranted")}>
                    —
                  </span>
                ),
            })),
          ];
          return (
            <Flex vertical gap={12}>
              <Table<Row>
                rowKey="permission"
                size="small"
                columns={columns}
                dataSource={rows}
                pagination={false}
                scroll={{ x: 620 }}
                bordered
              />
              <Descriptions
                size="small"
                column={1}
                items={matrix.roles.map(({ role }) => ({
                  key: role,
                  label: <Tag color={ROLE_COLORS[role]}>{labels.role(role)}</Tag>,
                  children: (
                    <Typography.Text type="secondary">
                      {t(`matrix.help.${role}` as "matrix.help.owner", { defaultValue: "" })}
                    </Typography.Text>
                  ),
                }))}
              />
            </Flex>
          );
        }}
      </QueryState>
    </Card>
  );
}
