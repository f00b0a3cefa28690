/** Staff accounts, roles, sessions, API keys, invitations and password resets. */
export * from "./accounts.schema.ts";
export { type ApiKey, createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service.ts";
export {
  acceptInvitation,
  inviteStaff,
  issuePasswordReset,
  listInvitations,
  resetPassword,
  revokeInvitation,
  type StaffInvitation,
} from "./invitations.service.ts";
export { csrfTokenFor, MIN_PASSWORD_LENGTH, safeEqual } from "./secrets.ts";
export {
  authenticateApiKey,
  authenticateSession,
  changePassword,
  LOCK_MINUTES,
  type LoginResult,
  login,
  logout,
  MAX_FAILED_LOGINS,
  SESSION_DAYS,
} from "./sessions.service.ts";
export {
  createStaffMember,
  deactivateStaffMember,
  listStaff,
  reactivateStaffMember,
  type StaffMember,
  updateStaffMember,
} from "./staff.service.ts";
