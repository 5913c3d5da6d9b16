export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A download with a file name that survives non-ASCII characters. */
export function fileResponse(body: Buffer, fileName: string, type: string): Response {
  return new Response(new Uint8Array(body), {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}` },
  });
}
