import type { Role as ApiRole } from "./graphql/generated/graphql";
import type { Role } from "./session";

/**
 * Roles in Vietnamese, in one place: what pages show and what role selects
 * offer. Behind the API roles are lower case (session.ts); GraphQL spells
 * them in capitals — `roleLabel` and `parseRole` take either.
 */

/** Roles in increasing order of what they may do. */
export const ROLES = ["viewer", "analyst", "editor", "admin"] as const satisfies readonly Role[];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  viewer: "Lãnh đạo (xem)",
  analyst: "Phân tích",
  editor: "Văn phòng (biên tập)",
  admin: "Quản trị",
};

/** What each role may do, in a sentence (for help texts and the "no right" page). */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  viewer: "xem các trang tổng quan, chỉ số, hoạt động và báo cáo",
  analyst: "xem và truy vấn số liệu để phân tích",
  editor: "ghi hoạt động, nhập dữ liệu, đặt chỉ tiêu và soạn kế hoạch, báo cáo",
  admin: "quản lý tài khoản, vai trò và mã truy cập",
};

/** Options for a role <select>, lowest role first: { value, label } like SelectField takes. */
export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = ROLES.map((r) => ({
  value: r,
  label: ROLE_LABELS[r],
}));

/** A role from a form, a URL parameter or the API ("admin" or "ADMIN"); null when it is none. */
export function parseRole(value: unknown): Role | null {
  if (typeof value !== "string") return null;
  const lower = value.trim().toLowerCase();
  return (ROLES as readonly string[]).includes(lower) ? (lower as Role) : null;
}

/** The Vietnamese label of a role in either spelling; an unknown value is shown as it came. */
export const roleLabel = (role: string): string => {
  const r = parseRole(role);
  return r ? ROLE_LABELS[r] : role;
};

/** The role as the GraphQL API spells it. */
export const toApiRole = (role: Role): ApiRole => role.toUpperCase() as ApiRole;

/** True when `held` may do what `needed` may (usable in client components, unlike session.ts). */
export const roleCovers = (held: Role, needed: Role): boolean => ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** Options up to and including `top`: a token never gets a role above its account's. */
export const roleOptionsUpTo = (top: Role) => ROLE_OPTIONS.filter((o) => roleCovers(top, o.value));
