import { ApiKey } from './api-key.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { Workspace } from './workspace.entity.js';

export { ApiKey, Invitation, Membership, PasswordReset, Session, User, Workspace };
export const IDENTITY_ENTITIES = [User, Workspace, Membership, ApiKey, Session, Invitation, PasswordReset];
