/** Customer groups (WeChat/QQ 群): groups, their imported rosters matched to customers, and lurkers (潜水). */

export type { Group, GroupMember } from "./groups.mappers.ts";
export { eraseGroupMemberships } from "./groups.repository.ts";
export {
  CreateGroupInput,
  DEFAULT_LURKER_DAYS,
  GROUP_CHANNELS,
  ListGroupsInput,
  ListMembersInput,
  MatchMemberInput,
  UpdateGroupInput,
} from "./groups.schema.ts";
export {
  createGroup,
  deleteGroup,
  getGroup,
  listGroupMembers,
  listGroups,
  matchGroupMember,
  updateGroup,
} from "./groups.service.ts";
export { lurkerCondition } from "./lurkers.ts";
export { ROSTER_ALIASES } from "./roster-columns.ts";
export { importRoster, type RosterImportResult } from "./roster-import.service.ts";
