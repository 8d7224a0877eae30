import type { Role } from './role.js';

/** Who is calling, in which workspace, with which role. Every service call that touches tenant data takes one. */
export interface Actor {
  workspaceId: string;
  role: Role;
  /** the user, when a person signed in */
  userId: string | null;
  /** the API key, when a machine client called */
  apiKeyId: string | null;
  /** the browser session (its stored id), when a person signed in with the session cookie */
  sessionId?: string | null;
}
