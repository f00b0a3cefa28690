/**
 * /settings/staff: the shop's members (role, status, reset link), open invitations, and the role
 * matrix so the owner sees what each role may do before granting it.
 */
import { MailOutlined, UserAddOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { QueryState } from "../../app/states.tsx";
import { InvitationsCard } from "./InvitationsCard.tsx";
import { KEYS } from "./layout.ts";
import { MemberFormModal } from "./MemberFormModal.tsx";
import { MembersTable } from "./MembersTable.tsx";
import { OneTimeSecretModal, type Secret } from "./OneTimeSecret.tsx";
import { RoleMatrixCard } from "./RoleMatrixCard.tsx";

export default function StaffPage() {
  const { t } = useTranslation("settings");
  const [form, setForm] = useState<"invite" | "create" | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const members = useQuery({
    queryKey: KEYS.staff,
    queryFn: async () => data(await api.GET("/api/v1/staff")).items,
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
        {t("staff.title")}
      </Typography.Title>
      <Card
        size="small"
        title={t("staff.members")}
        extra={
          <Space wrap>
            <Button type="primary" icon={<MailOutlined />} onClick={() => setForm("invite")}>
              {t("staff.invite")}
            </Button>
            <Button icon={<UserAddOutlined />} onClick={() => setForm("create")}>
              {t("staff.create")}
            </Button>
          </Space>
        }
      >
        <QueryState query={members} rows={5}>
          {(items) => <MembersTable members={items} onSecret={setSecret} />}
        </QueryState>
      </Card>
      <InvitationsCard />
      <RoleMatrixCard />
      <MemberFormModal mode={form} onClose={() => setForm(null)} onSecret={setSecret} />
      <OneTimeSecretModal secret={secret} onClose={() => setSecret(null)} />
    </Flex>
  );
}
