import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { LANGUAGES, LimitLength, MAX_LENGTH, type Language } from '@app/core';
import { TOKEN_PATTERN } from './invitation.dto.js';

export class RequestPasswordResetDto {
  /** The account's email; a link is sent there if an account has it. @example clerk@kjt.shandong.example */
  @IsEmail()
  @LimitLength(MAX_LENGTH.email)
  email: string;

  /** The language of the email (`zh`, `ja`, `en`); by default the first of this request's `Accept-Language` the product writes in, else English. */
  @ApiProperty({ enum: LANGUAGES, required: false, example: 'zh' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
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
