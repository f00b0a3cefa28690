/**
 * The profile (masked) with the customer's tags, editing for callers holding customers:write, the
 * audited "show full details" for callers holding pii:read and the PIPL erasure for those holding
 * customers:delete.
 */

import { EditOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Descriptions, Grid, Input, Modal, Popconfirm, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { formatDay } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { errorMessage } from "../../app/states.tsx";
import { type CustomerDetail, eraseCustomer, unmaskCustomer } from "./customers.api.ts";
import { ProfileEditModal } from "./ProfileEditModal.tsx";
import { TagsRow } from "./TagsRow.tsx";

type Unmasked = Awaited<ReturnType<typeof unmaskCustomer>>;

function consent(
  value: boolean | null,
  t: (key: "detail.allowed" | "detail.refused" | "detail.unknown") => string,
) {
  return value === null ? t("detail.unknown") : value ? t("detail.allowed") : t("detail.refused");
}

/** The profile card of the customer page. */
export function ProfileCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation(["customers", "archive"]);
  const session = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const c = detail.customer;
  const [clear, setClear] = useState<Unmasked | null>(null);
  const [eraseOpen, setEraseOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  // On a phone the card's title and three buttons share one line: the edit button keeps its icon only.
  const narrow = !Grid.useBreakpoint().sm;
  const [reason, setReason] = useState("");
  const unmask = useMutation({
    mutationFn: () => unmaskCustomer(c.id),
    onSuccess: setClear,
    onError: (e) => void message.error(errorMessage(e)),
  });
  const erase = useMutation({
    mutationFn: () => eraseCustomer(c.id, reason.trim() || undefined),
    onSuccess: async () => {
      void message.success(t("detail.erased"));
      await queryClient.invalidateQueries({ queryKey: ["customers"] });
      navigate("/customers");
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const region = [c.province, c.city, c.district].filter(Boolean).join(" ") || "–";
  return (
    <Card
      size="small"
      title={t("detail.profile")}
      extra={
        <Space wrap>
          {session.can("customers:write") ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t("archive:profile.edit")}
              title={t("archive:profile.edit")}
              onClick={() => setEditing(true)}
            >
              {narrow ? null : t("archive:profile.edit")}
            </Button>
          ) : null}
          {session.can("pii:read") ? (
            <Popconfirm title={t("detail.unmaskConfirm")} onConfirm={() => unmask.mutate()}>
              <Button size="small" loading={unmask.isPending}>
                {t("detail.unmask")}
              </Button>
            </Popconfirm>
          ) : null}
          {session.can("customers:delete") ? (
            <Button size="small" danger onClick={() => setEraseOpen(true)}>
              {t("detail.erase")}
            </Button>
          ) : null}
        </Space>
      }
    >
      <TagsRow customerId={c.id} tags={detail.tags} />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t("detail.name")}>{c.name ?? "–"}</Descriptions.Item>
        <Descriptions.Item label={t("detail.phone")}>
          <span data-testid="customer-phone">{c.phone ?? "–"}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("detail.email")}>{c.email ?? "–"}</Descriptions.Item>
        <Descriptions.Item label={t("detail.gender")}>
          {c.gender ? t(c.gender === "male" ? "detail.male" : "detail.female") : "–"}
        </Descriptions.Item>
        <Descriptions.Item label={t("detail.birthday")}>{c.birthdayMonthDay ?? "–"}</Descriptions.Item>
        <Descriptions.Item label={t("detail.region")}>{region}</Descriptions.Item>
        <Descriptions.Item label={t("detail.address")}>{t("detail.addressHidden")}</Descriptions.Item>
        <Descriptions.Item label={t("detail.marketing")}>
          {`${t("detail.sms")} ${consent(c.acceptsSmsMarketing, t)} · ${t("detail.emailChannel")} ${consent(c.acceptsEmailMarketing, t)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t("detail.since")}>{formatDay(c.createdAt)}</Descriptions.Item>
        {c.note ? <Descriptions.Item label={t("detail.note")}>{c.note}</Descriptions.Item> : null}
      </Descriptions>
      <ProfileEditModal detail={detail} clear={clear} open={editing} onClose={() => setEditing(false)} />
      <Modal
        open={clear !== null}
        title={t("detail.unmaskedTitle")}
        footer={null}
        onCancel={() => setClear(null)}
      >
        {clear ? (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t("detail.name")}>
              {clear.name ?? "–"} {clear.maskedAtSource.name ? <Tag>{t("detail.maskedAtSource")}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t("detail.phone")}>
              <span data-testid="unmasked-phone">{clear.phone ?? "–"}</span>{" "}
              {clear.maskedAtSource.phone ? <Tag>{t("detail.maskedAtSource")}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t("detail.email")}>{clear.email ?? "–"}</Descriptions.Item>
            <Descriptions.Item label={t("detail.birthday")}>{clear.birthday ?? "–"}</Descriptions.Item>
            <Descriptions.Item label={t("detail.address")}>
              {[clear.province, clear.city, clear.district, clear.address, clear.zip]
                .filter(Boolean)
                .join(" ") || "–"}{" "}
              {clear.maskedAtSource.address ? <Tag>{t("detail.maskedAtSource")}</Tag> : null}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Modal>
      <Modal
        open={eraseOpen}
        title={t("detail.erase")}
        okText={t("detail.erase")}
        okButtonProps={{ danger: true, loading: erase.isPending }}
        onOk={() => erase.mutate()}
        onCancel={() => setEraseOpen(false)}
      >
        <p>{t("detail.eraseConfirm")}</p>
        <Input.TextArea
          aria-label={t("detail.eraseReason")}
          placeholder={t("detail.eraseReason")}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
