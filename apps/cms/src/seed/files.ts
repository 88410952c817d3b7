/**
 * Small, valid PDF documents for the sample media kits, written by hand so the seed needs no
 * binary fixtures. One page, Helvetica, a few lines of text.
 */
function escapePdfText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function writeSamplePdf(title: string, lines: string[]): Buffer {
  const content = [
    "BT /F1 20 Tf 72 760 Td",
    `(${escapePdfText(title)}) Tj`,
    "/F1 11 Tf 0 -32 Td",
    ...lines.flatMap((line) => [`(${escapePdfText(line)}) Tj`, "0 -16 Td"]),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

export const sampleFiles: Record<string, { fileName: string; title: string; lines: string[] }> = {
  "media-kit-pdf": {
    fileName: "sample-media-kit.pdf",
    title: "Media kit (sample)",
    lines: ["Key facts, photo captions and contacts for journalists.", "Sample document of the demonstration newsroom."],
  },
  "fact-sheet-pdf": {
    fileName: "sample-fact-sheet.pdf",
    title: "Fact sheet (sample)",
    lines: ["Figures quoted in the release, with sources and definitions.", "Sample document of the demonstration newsroom."],
  },
};
