import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=1&pageSize=50`: every list endpoint takes these. */
export class PageQueryDto {
  /** 1-based page number */
  @ApiProperty({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number = 1;

  /** Items per page (1–200) */
  @ApiProperty({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number = 50;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** null on a page read by cursor of a list whose total is counted on request only (`withTotal`) */
  total: number | null;
  /** lists paged by cursor: pass it as `cursor` for the next page; null on the last page */
  nextCursor?: string | null;
}

export function pageWindow(query: PageQueryDto): { skip: number; take: number; page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { skip: (page - 1) * pageSize, take: pageSize, page, pageSize };
}

export function toPage<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  const { page, pageSize } = pageWindow(query);
  return { items, total, page, pageSize };
}
