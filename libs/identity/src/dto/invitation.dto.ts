import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { LANGUAGES, LimitLength, MAX_LENGTH, ROLES, type Language, type Role } from '@app/core';

/** A link's token: 43 base64url characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export class CreateInvitationDto {
  /** Who is invited; the link is sent there when SMTP is configured. @example clerk@kjt.shandong.example */
  @IsEmail()
  @LimitLength(MAX_LENGTH.email)
  email: string;

  @ApiProperty({ enum: ROLES, example: 'organizer' })
  @IsIn(ROLES)
  role: Role;

  /**
   * The language of the invitation email, as the inviter chooses: `zh`, `ja` or `en`. By default the
   * first of this request's `Accept-Language` the product writes in, else English.
   */
  @ApiProperty({ enum: LANGUAGES, required: false, example: 'ja' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class InvitationDto {
  id: string;
  email: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  /** The owner who invited */
  invitedBy: string | null;
  createdAt: Date;
  /** The link stops working at this time */
  expiresAt: Date;
}

export class CreatedInvitationDto extends InvitationDto {
  /** True when the link was emailed to the invitee */
  emailSent: boolean;
  /**
   * The link to pass on to the invitee, only when it was not emailed (no SMTP configured, or the mail
   * server refused). Shown this once: only a hash of its token is kept.
   */
  link?: string;
}

export class InvitationTokenDto {
  /** The token from the invitation link (after `#token=`) @example 3q2-7wEBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs */
  @IsString()
  @LimitLength(MAX_LENGTH.token)
  @Matches(TOKEN_PATTERN, { message: 'token must be the 43-character token of the link' })
  token: string;
}

export class AcceptInvitationDto extends InvitationTokenDto {
  /**
   * The new account's password when no user has the invited email yet (at least 10 characters and not
   * guessable, as at signup). Not needed, and ignored, when the invitee already has an account: they just join.
   */
  @IsOptional()
  @IsString()
  @MinLength(10)
  @LimitLength(MAX_LENGTH.password)
  password?: string;
}

/** What an invitation link offers, so the invitee sees it before accepting. */
export class InvitationPreviewDto {
  workspaceName: string;
  email: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  expiresAt: Date;
  /** True when a user with this email exists: accepting needs no password */
  existingUser: boolean;
}

export class AcceptedInvitationDto {
  workspaceId: string;
  workspaceName: string;
  email: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  /** True when accepting created the account */
  newUser: boolean;
}
