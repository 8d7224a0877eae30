import { IsEmail, IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { LimitLength, MAX_LENGTH, ROLES, type Role } from '@app/core';

export class AddMemberDto {
  /** @example clerk@kjt.shandong.example */
  @IsEmail()
  @LimitLength(MAX_LENGTH.email)
  email: string;

  @ApiProperty({ enum: ROLES, example: 'official' })
  @IsIn(ROLES)
  role: Role;

  /**
   * Deprecated: invite people instead (`POST /invitations`), so no password is passed around; the invitee
   * chooses their own. Still accepted for scripts that create accounts: an initial password, only used when
   * no user with this email exists yet. Without it, adding an unknown email is refused with NOT_FOUND.
   * At least 10 characters and not guessable (see signup), else WEAK_PASSWORD.
   */
  @ApiProperty({ required: false, deprecated: true, minLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @LimitLength(MAX_LENGTH.password)
  password?: string;
}

export class UpdateMemberDto {
  @ApiProperty({ enum: ROLES, example: 'organizer' })
  @IsIn(ROLES)
  role: Role;
}

export class MemberDto {
  userId: string;
  email: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  createdAt: Date;
}
