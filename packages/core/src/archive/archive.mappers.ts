/**
 * Rows of the archive tables to domain objects. None of them holds a phone or an address: staff
 * write notes and outcomes in their own words, so they are returned as written. A follow-up's
 * customer brief carries the customer's name masked.
 */
import type { FollowUpChannel, FollowUpStatus, TagSource } from "@laoke/db";
import { type CustomerBrief, type CustomerBriefColumns, toCustomerBrief } from "../customers/brief.ts";
import type { Actor } from "../shared/actor.ts";

/**
 * The "who" columns for an actor: the staff member when a person acted, and always a name,
 * since API keys and the command line act too (migration 0008).
 */
export function authorOf(actor: Actor): { memberId: number | null; name: string } {
  return { memberId: actor.kind === "staff" ? actor.memberId : null, name: actor.name };
}

/** A tag of the shop with how many live customers carry it. */
export interface TagRow {
  id: number;
  name: string;
  color: string | null;
  automatic: boolean;
  customer_count: number;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A tag of the shop; `automatic` tags follow their rule and cannot be given or taken by hand. */
export interface Tag {
  id: number;
  name: string;
  color: string | null;
  automatic: boolean;
  customerCount: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Map a tag row. */
export function toTag(r: TagRow): Tag {
  return {
    id: r.id,
    name: r.name,
    color: r.color,
    automatic: r.automatic,
    customerCount: r.customer_count,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One tag on one customer, as stored with the tag's name and colour. */
export interface CustomerTagRow {
  tag_id: number;
  name: string;
  color: string | null;
  source: TagSource;
  tagged_by_member_id: number | null;
  tagged_by_name: string | null;
  tagged_at: Date;
}

/** A tag on a customer: who gave it and when (`source: "rule"` when its rule did). */
export interface CustomerTag {
  id: number;
  name: string;
  color: string | null;
  source: TagSource;
  taggedAt: Date;
  taggedBy: string | null;
  taggedByMemberId: number | null;
}

/** Map a customer-tag row. */
export function toCustomerTag(r: CustomerTagRow): CustomerTag {
  return {
    id: r.tag_id,
    name: r.name,
    color: r.color,
    source: r.source,
    taggedAt: r.tagged_at,
    taggedBy: r.tagged_by_name,
    taggedByMemberId: r.tagged_by_member_id,
  };
}

/** A note as stored, with its creation time as exact text for cursors. */
export interface NoteRow {
  id: number;
  customer_id: number;
  body: string;
  author_member_id: number | null;
  author_name: string | null;
  created_at: Date;
  updated_at: Date;
  created_key: string;
}

/** A note staff wrote on a customer. */
export interface CustomerNote {
  id: number;
  customerId: number;
  body: string;
  authorMemberId: number | null;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Map a note row. */
export function toNote(r: NoteRow): CustomerNote {
  return {
    id: r.id,
    customerId: r.customer_id,
    body: r.body,
    authorMemberId: r.author_member_id,
    authorName: r.author_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * A follow-up as stored, with its assignee's name, its customer's brief columns and its due time
 * as exact text for cursors.
 */
export interface FollowUpRow extends CustomerBriefColumns {
  id: number;
  customer_id: number;
  channel: FollowUpChannel;
  purpose: string | null;
  due_at: Date;
  due_key: string;
  assignee_member_id: number | null;
  assignee_name: string | null;
  status: FollowUpStatus;
  created_by_member_id: number | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  completed_by_member_id: number | null;
  completed_by_name: string | null;
  reached: boolean | null;
  satisfaction: number | null;
  product_feedback: string | null;
  preferences_learned: string | null;
  outcome_note: string | null;
}

/** What a completed visit found out. */
export interface FollowUpOutcome {
  completedAt: Date;
  completedBy: string | null;
  reached: boolean;
  satisfaction: number | null;
  productFeedback: string | null;
  preferencesLearned: string | null;
  note: string | null;
}

/** A follow-up visit (回访); `outcome` once it is done. */
export interface FollowUp {
  id: number;
  customerId: number;
  customer: CustomerBrief;
  channel: FollowUpChannel;
  purpose: string | null;
  dueAt: Date;
  status: FollowUpStatus;
  assignee: { memberId: number; name: string | null } | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  outcome: FollowUpOutcome | null;
}

/** Map a follow-up row. */
export function toFollowUp(r: FollowUpRow): FollowUp {
  return {
    id: r.id,
    customerId: r.customer_id,
    customer: toCustomerBrief(r.customer_id, r),
    channel: r.channel,
    purpose: r.purpose,
    dueAt: r.due_at,
    status: r.status,
    assignee:
      r.assignee_member_id === null ? null : { memberId: r.assignee_member_id, name: r.assignee_name },
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    outcome:
      r.status === "done" && r.completed_at
        ? {
            completedAt: r.completed_at,
            completedBy: r.completed_by_name,
            reached: r.reached ?? false,
            satisfaction: r.satisfaction,
            productFeedback: r.product_feedback,
            preferencesLearned: r.preferences_learned,
            note: r.outcome_note,
          }
        : null,
  };
}
