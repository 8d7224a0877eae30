import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';
import { LimitLength, MAX_LENGTH } from '@app/core';

/** `YYYY-MM-DD` that is a real calendar date. */
const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date as `YYYY-MM-DD` (documented as `format: date`). */
export const IsDateOnly = (field: string, example = '2025-03-25') =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', example }),
    Matches(DATE_ONLY, { message: `${field} must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }),
    LimitLength(MAX_LENGTH.date),
  );

/** The DATE columns this library reads come back as `YYYY-MM-DD` strings (pg's default for `date`). */
export type DateOnly = string;
