import { contentDisposition } from "@/lib/format/file-name";

export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A download whose Vietnamese file name survives: an ASCII fallback and the UTF-8 name (RFC 5987). */
export function fileResponse(body: Buffer, fileName: string, type: string): Response {
  return new Response(new Uint8Array(body), {
    headers: { "content-type": type, "content-disposition": contentDisposition(fileName) },
  });
}
