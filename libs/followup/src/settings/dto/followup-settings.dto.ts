import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class FollowUpSettingsDto {
  /** Days without progress after which a project is marked amber */
  @ApiProperty({ type: 'integer', example: 90 })
  amberDays: number;
  /** Days without progress after which a project is marked red (more than amberDays) */
  @ApiProperty({ type: 'integer', example: 180 })
  redDays: number;
  /** An open deliverable due within this many days raises a due-soon alert */
  @ApiProperty({ type: 'integer', example: 14 })
  dueSoonDays: number;
  /** An MoU expiring within this many days raises an expiring alert */
  @ApiProperty({ type: 'integer', example: 60 })
  expiringDays: number;
}

export class UpdateFollowUpSettingsDto {
  @ApiProperty({ type: 'integer', required: false, minimum: 1, maximum: 3650, example: 90 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  amberDays?: number;

  @ApiProperty({ type: 'integer', required: false, minimum: 2, maximum: 3650, example: 180 })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(3650)
  redDays?: number;

  @ApiProperty({ type: 'integer', required: false, minimum: 1, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  dueSoonDays?: number;

  @ApiProperty({ type: 'integer', required: false, minimum: 1, maximum: 730 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  expiringDays?: number;
}
