export type { AttendanceRow, AttendanceSummary, ParticipantGroupLine, ReportHeader } from './attendance-row.js';
export type { SignInSheetOptions } from './sign-in-sheet-options.js';

export { reportLabels, organizationKindLabel, ORGANIZATION_KINDS } from './labels/index.js';
export type { AttendanceColumn, OrganizationKind, ReportLabels } from './labels/index.js';

export { formatZonedDate, formatZonedDateTime, formatZonedTime, zonedParts, zonedWallClock } from './format/zoned-time.js';
export type { ZonedParts } from './format/zoned-time.js';

export { attendanceCsvReadable, renderAttendanceCsv } from './csv/attendance-csv.js';
export { renderAttendanceXlsx } from './xlsx/attendance-xlsx.js';
export { renderSignInSheetXlsx } from './xlsx/sign-in-sheet-xlsx.js';
export { renderAttendancePdf } from './pdf/attendance-pdf.js';
export { renderSignInSheetPdf } from './pdf/sign-in-sheet-pdf.js';
export type { AttendanceRowsFactory } from './pdf/paged-report.js';
export { ReportFonts, preloadReportFonts } from './pdf/report-fonts.js';
export { AttendanceReportSource } from './http/attendance-report.source.js';

export { asciiFileName, contentDisposition, fileDisposition, reportFileName } from './report-file-name.js';
export type { FileExt, FileKind, ReportFileExt, ReportFileNameInput, ReportKind } from './report-file-name.js';
export { REPORT_ORDERS } from './report-order.js';
export type { ReportOrder } from './report-order.js';
export { ReportsModule } from './reports.module.js';
export { ReportsService, type ReportDownload, type ReportRequest } from './http/reports.service.js';
export type { OutputKind, OutputSubject } from './outputs/output-kind.js';
export { OutputRegistry } from './outputs/output-registry.js';
export { OutputDownloadsService } from './outputs/output-downloads.service.js';
