/**
 * How a group roster is read: a WeChat/QQ group export or a hand-made sheet, with a name
 * (昵称/群昵称/微信昵称) or a phone (手机号/电话), optionally when the member joined and was last
 * active. Phones are stored normalised (digits, no +86); a masked phone is no phone.
 */
import {
  type AliasGroups,
  CellError,
  type CellReader,
  type Columns,
  localDay,
  normalizePhone,
  type SheetSpec,
} from "../importing/index.ts";

/** Renamed columns across roster sheets; the first name of each group is the one read below. */
export const ROSTER_ALIASES: AliasGroups = [
  [
    "昵称",
    "群昵称",
    "群名片",
    "微信昵称",
    "QQ昵称",
    "成员",
    "成员昵称",
    "姓名",
    "名字",
    "name",
    "nickname",
    "member",
  ],
  ["手机号", "手机", "手机号码", "电话", "联系电话", "电话号码", "phone", "mobile", "tel"],
  ["微信号", "微信ID", "wxid", "QQ号", "wechat id"],
  ["入群时间", "加入时间", "进群时间", "入群日期", "joined", "joined at", "join date"],
  [
    "最后发言时间",
    "最近发言时间",
    "最近活跃",
    "最近活跃时间",
    "最后活跃时间",
    "最后发言",
    "last active",
    "last active at",
    "last message",
  ],
];

/** One roster line as read, before it is matched to a customer. */
export interface RosterRecord {
  name: string;
  /** The member's WeChat id or QQ number, when the export has it: the steadiest key of a line. */
  accountId: string | null;
  phone: string | null;
  joinedAt: string | null;
  lastActiveAt: Date | null;
}

/** The roster spec for readSheets (the shop's time zone gives a joining time its calendar day). */
export function rosterSheet(timeZone: string): SheetSpec<RosterRecord> {
  return {
    aliases: ROSTER_ALIASES,
    prepare: (columns: Columns) => {
      if (!columns.has("昵称") && !columns.has("手机号")) return undefined;
      const name = columns.ref("昵称");
      const phone = columns.ref("手机号");
      const account = columns.ref("微信号");
      const joined = columns.ref("入群时间");
      const active = columns.ref("最后发言时间");
      return (r: CellReader) => {
        const record: RosterRecord = {
          name: r.text(name) ?? "",
          accountId: r.text(account) ?? null,
          // A phone that is masked or not a phone is left out; the member is kept by name.
          phone: r.with(phone, normalizePhone) ?? null,
          joinedAt: null,
          lastActiveAt: r.date(active) ?? null,
        };
        const joinedAt = r.date(joined);
        if (joinedAt) record.joinedAt = localDay(joinedAt, timeZone);
        if (record.name === "" && record.phone === null) {
          // A line needs something to show staff: a name, else a phone (an account id alone is opaque).
          r.field = columns.has("昵称") ? name : phone;
          throw new CellError("missing_field", "");
        }
        return record;
      };
    },
  };
}

/**
 * Each line's key across re-imports: its WeChat/QQ id, else its phone, else its name and how many
 * lines of that name came before it (WeChat nicknames repeat). Lines of one key: the last one wins.
 */
export function memberKeys<T extends { value: RosterRecord }>(rows: readonly T[]): { key: string; row: T }[] {
  const seen = new Map<string, number>();
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const { name, phone, accountId } = row.value;
    let key: string;
    if (accountId) key = `w:${accountId}`;
    else if (phone) key = `p:${phone}`;
    else {
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      key = n === 1 ? `n:${name}` : `n:${name}#${n}`;
    }
    byKey.set(key, row);
  }
  return [...byKey].map(([key, row]) => ({ key, row }));
}
