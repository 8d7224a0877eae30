import { IsEmail, IsString, Matches, MinLength } from 'class-validator';
import { LimitLength, MAX_LENGTH } from '@app/core';
import { TOKEN_PATTERN } from './invitation.dto.js';

export class RequestPasswordResetDto {
  /** The account's email; a link is sent there if an account has it. @example clerk@kjt.shandong.example */
  @IsEmail()
  @LimitLength(MAX_LENGTH.email)
  email: string;
}

export class ResetPasswordDto {
  /** The token from the reset link (after `#token=`) @example 3q2-7wEBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs */
  @IsString()
  @LimitLength(MAX_LENGTH.token)
  @Matches(TOKEN_PATTERN, { message: 'token must be the 43-character token of the link' })
  token: string;

  /** At least 10 characters and not guessable (see signup); refused with WEAK_PASSWORD otherwise. @example another-long-password */
  @IsString()
  @MinLength(10)
  @LimitLength(MAX_LENGTH.password)
  newPassword: string;
}

export class PasswordResetLinkDto {
  /** True when the link was emailed to the member */
  emailSent: boolean;
  /** The link to pass on to the member, only when it was not emailed; shown this once */
  link?: string;
  /** The link stops working at this time */
  expiresAt: Date;
}

export class PasswordResetRequestedDto {
  /** The same words whether or not an account has the address */
  message: string;
}
