// A small PDF with a real text layer, written by hand for tests: one page, the given lines in a
// Type 0 font (two-byte codes) whose ToUnicode map gives back any Unicode text, Vietnamese
// included. With no lines it draws only a rectangle: a page as a scan would have it, without text.

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function pdfWithText(lines: string[]): Uint8Array {
  const chars = [...new Set([...lines.join("")])];
  const codeOf = new Map(chars.map((c, i) => [c, i + 1]));
  const encode = (line: string) => [...line].map((c) => hex(codeOf.get(c)!)).join("");
  const mappings = [...codeOf].map(([c, code]) => `<${hex(code)}> <${hex(c.codePointAt(0)!)}>`);
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /U def /CMapType 2 def",
    "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ...chunks(mappings, 100).map((c) => `${c.length} beginbfchar ${c.join(" ")} endbfchar`),
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const content = lines.length
    ? `BT /F1 12 Tf 50 780 Td 14 TL ${lines.map((l) => `<${encode(l)}> Tj T*`).join(" ")} ET`
    : "0.5 g 50 50 400 600 re f";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /FontDescriptor 8 0 R >>",
    "<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
