import type { ExportFile } from './export-records';

/** Answers a request with an export, as a download named after its type and day. */
export function sendExport(ctx: any, file: ExportFile) {
  ctx.attachment(file.fileName);
  ctx.type = file.contentType;
  ctx.body = file.stream;
}
