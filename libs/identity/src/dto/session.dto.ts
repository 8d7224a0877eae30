import { IsUUID } from 'class-validator';
import { WorkspaceMembershipDto } from './auth.dto.js';

export class SessionUserDto {
  id: string;
  email: string;
}

/** The signed-in browser session. The session itself travels in the httpOnly `eventreg_session` cookie, never in the body. */
export class SessionDto {
  user: SessionUserDto;
  /** The workspace the session acts in, with the user's role there */
  workspace: WorkspaceMembershipDto;
  /** Every workspace of the user; switch with `PUT /api/v1/auth/session/workspace` */
  workspaces: WorkspaceMembershipDto[];
  /** Send as `X-CSRF-Token` on every POST, PUT, PATCH and DELETE made with the session cookie; the same for the life of the session */
  csrfToken: string;
}

export class SwitchWorkspaceDto {
  /** A workspace the user is a member of. @example 3f2b8c1e-6d4a-4f7e-9a51-2c8d0e7b9f10 */
  @IsUUID()
  workspaceId: string;
}
