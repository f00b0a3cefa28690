/**
 * Rows of customer groups and their rosters to domain objects. A member's phone is personal data:
 * it is masked (`138****1234`) unless the caller holds `pii:read`; the matched customer's name is
 * always masked.
 */
import type { GroupChannel, GroupMatch } from "@laoke/db";
import {
  type CustomerBrief,
  type CustomerBriefColumns,
  maskPhone,
  toCustomerBrief,
} from "../customers/index.ts";

/** A group as stored, with its roster's counts. */
export interface GroupRow {
  id: number;
  name: string;
  channel: GroupChannel;
  description: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  roster_imported_at: Date | null;
  member_count: number;
  matched_count: number;
  lurker_count: number;
}

/** A customer group (WeChat/QQ 群) with how many members its roster has, matched and lurking. */
export interface Group {
  id: number;
  name: string;
  channel: GroupChannel;
  description: string | null;
  memberCount: number;
  /** Roster lines matched to a customer. */
  matchedCount: number;
  /** Members silent for `lurkerDays`: no paid order and no activity in the roster. */
  lurkerCount: number;
  lurkerDays: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  rosterImportedAt: Date | null;
}

/** Map a group row. */
export function toGroup(r: GroupRow, lurkerDays: number): Group {
  return {
    id: r.id,
    name: r.name,
    channel: r.channel,
    description: r.description,
    memberCount: r.member_count,
    matchedCount: r.matched_count,
    lurkerCount: r.lurker_count,
    lurkerDays,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    rosterImportedAt: r.roster_imported_at,
  };
}

/** A roster line as stored, with its customer's brief columns and last paid order. */
export interface MemberRow extends CustomerBriefColumns {
  id: number;
  group_id: number;
  customer_id: number | null;
  matched_by: GroupMatch | null;
  member_name: string;
  member_phone: string | null;
  joined_at: string | null;
  last_active_at: Date | null;
  last_paid_order_at: Date | null;
  imported_at: Date;
}

/** A line of a group's roster; `customerId` null until it is matched to a customer. */
export interface GroupMember {
  id: number;
  groupId: number;
  customerId: number | null;
  /** The matched customer (masked name, platform nick); null until matched. */
  customer: CustomerBrief | null;
  /** How the match was made: the roster's phone, its exact name, or by staff. */
  matchedBy: GroupMatch | null;
  name: string;
  /** Normalised, masked unless the caller holds `pii:read`. */
  phone: string | null;
  /** The day the member joined (YYYY-MM-DD), when the roster says. */
  joinedAt: string | null;
  lastActiveAt: Date | null;
  /** The matched customer's last paid order. */
  lastPaidOrderAt: Date | null;
  importedAt: Date;
}

/** Map a roster row, with its phone in clear only for `pii:read`. */
export function toMember(r: MemberRow, clearPhone: boolean): GroupMember {
  return {
    id: r.id,
    groupId: r.group_id,
    customerId: r.customer_id,
    customer: r.customer_id === null ? null : toCustomerBrief(r.customer_id, r),
    matchedBy: r.matched_by,
    name: r.member_name,
    phone: clearPhone ? r.member_phone : maskPhone(r.member_phone),
    joinedAt: r.joined_at,
    lastActiveAt: r.last_active_at,
    lastPaidOrderAt: r.last_paid_order_at,
    importedAt: r.imported_at,
  };
}
