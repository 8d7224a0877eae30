import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MinLength } from 'class-validator';
import type { Role } from '@app/core';
import { ApiProperty } from '@nestjs/swagger';
import { LimitLength, MAX_LENGTH, ROLES } from '@app/core';

export class SignupDto {
  /** @example organizer@kjt.shandong.example */
  @IsEmail()
  @LimitLength(MAX_LENGTH.email)
  email: string;

  /**
   * At least 10 characters, and not guessable: common passwords, keyboard patterns, dates, repeats and
   * the email itself are refused with WEAK_PASSWORD (zxcvbn score 3 of 4 needed). @example correct-horse-battery
   */
  @IsString()
  @MinLength(10)
  @LimitLength(MAX_LENGTH.password)
  password: string;

  /** Name of the new workspace, usually the office. @example Shandong Provincial Department of Science and Technology */
  @IsString()
  @IsNotEmpty()
  @LimitLength(MAX_LENGTH.name)
  workspaceName: string;
}

export class LoginDto {
  /** @example organizer@kjt.shandong.example */
  @IsEmail()
  @LimitLength(MAX_LENGTH.email)
  email: string;

  /** @example correct-horse-battery */
  @IsString()
  @IsNotEmpty()
  @LimitLength(MAX_LENGTH.password)
  password: string;

  /**
   * The workspace the token is for. A user in several workspaces picks one here; without it the token
   * is for the workspace the user joined first. The response lists all of the user's workspaces.
   */
  @IsOptional()
  @IsUUID()
  workspaceId?: string;
}

export class ChangePasswordDto {
  /** The password in use now */
  @IsString()
  @IsNotEmpty()
  @LimitLength(MAX_LENGTH.password)
  currentPassword: string;

  /** At least 10 characters and not guessable (see signup); refused with WEAK_PASSWORD otherwise. @example another-long-password */
  @IsString()
  @MinLength(10)
  @LimitLength(MAX_LENGTH.password)
  newPassword: string;
}

export class WorkspaceMembershipDto {
  id: string;
  name: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
}

export class TokenResponseDto {
  /** JWT to send as `Authorization: Bearer <token>`; it is bound to one workspace */
  accessToken: string;
  /** Always `Bearer` */
  tokenType: string;
  /** Lifetime of the token in seconds */
  @ApiProperty({ type: 'integer' })
  expiresIn: number;
  /** The workspace the token is for */
  workspaceId: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  /** Every workspace the user belongs to; log in again with `workspaceId` to switch */
  workspaces: WorkspaceMembershipDto[];
}

export class MeResponseDto {
  workspaceId: string;
  workspaceName: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  /** Set when a user signed in */
  userId: string | null;
  email: string | null;
  /** Set when an API key is used */
  apiKeyId: string | null;
}
