// Names of downloaded files as people read them: Vietnamese, without what a file system refuses.

const unsafe = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** "Số liệu - tháng 7 năm 2025 - Sở Khoa học và Công nghệ.xlsx" from its parts; a "/" (quý III/2025) becomes "-". */
export function readableFileName(parts: string[], extension?: string): string {
  const base = parts
    .map((part) => part.replace(unsafe, "-").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" - ")
    .slice(0, 120)
    .trim();
  return extension ? `${base}.${extension}` : base;
}

/** The ASCII fallback of a name for Content-Disposition's plain filename: no diacritics, đ as d. */
export function asciiFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\w .()-]/g, "_");
}

/** A Content-Disposition attachment header: the ASCII name, and the real one in RFC 5987's filename*. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}
