import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiErrors, AppException } from '@app/core';

export class HealthDto {
  /** @example ok */
  status: string;
  /** Database round-trip in milliseconds */
  databaseMs: number;
}

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database ping' })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async check(): Promise<HealthDto> {
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new AppException('SERVICE_UNAVAILABLE', 'The database does not answer');
    }
    return { status: 'ok', databaseMs: Math.round((performance.now() - started) * 10) / 10 };
  }
}
