/** Workspace roles, most powerful first. `official` reads and downloads; `organizer` writes; `owner` also manages members and keys. */
export const ROLES = ['owner', 'organizer', 'official'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { owner: 3, organizer: 2, official: 1 };

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
