import { Controller, Get, ServiceUnavailableException, VERSION_NEUTRAL } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { ApiErrors, AppException } from '@app/core';
import { SkipRateLimit } from '@app/identity';

/** A health probe waits this long for the database, so every probe answers within 2 s. */
export const DATABASE_PROBE_TIMEOUT_MS = 1_500;

export class HealthDto {
  /** @example ok */
  status: string;
  /** Database round-trip in milliseconds */
  databaseMs: number;
}

const PROBE_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'string', example: 'ok' },
    info: { type: 'object', example: { database: { status: 'up' } } },
    error: { type: 'object', example: {} },
    details: { type: 'object', example: { database: { status: 'up' } } },
  },
};

@ApiTags('health')
@SkipRateLimit()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Database ping with its round-trip time (503 DATABASE_UNAVAILABLE within 1.5 s when it does not answer)' })
  @ApiErrors('DATABASE_UNAVAILABLE')
  async check(): Promise<HealthDto> {
    const started = performance.now();
    const abort = new AbortController();
    const answered = await Promise.race([
      this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      sleep(DATABASE_PROBE_TIMEOUT_MS, false, { signal: abort.signal }).catch(() => false),
    ]);
    abort.abort();
    if (!answered) throw new AppException('DATABASE_UNAVAILABLE', 'The database does not answer');
    return { status: 'ok', databaseMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  @Get('live')
  @ApiOperation({
    summary: 'Liveness: 200 whenever the process serves HTTP, whatever the state of the database (restart the process when it fails)',
  })
  @ApiOkResponse({ schema: PROBE_SCHEMA })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: 200 when the database answers within 1.5 s, else 503 DATABASE_UNAVAILABLE (send no traffic meanwhile)',
  })
  @ApiOkResponse({ schema: PROBE_SCHEMA })
  @ApiErrors('DATABASE_UNAVAILABLE')
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: DATABASE_PROBE_TIMEOUT_MS })]);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      const result = err.getResponse() as HealthCheckResult;
      throw new AppException('DATABASE_UNAVAILABLE', 'The database does not answer', result.details);
    }
  }
}
