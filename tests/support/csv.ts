/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF lines), for tests that read an export. */
export const parseCsv = (csv: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
};

/** The CSV's lines as objects keyed by the header line. */
export const csvRecords = (csv: string): Record<string, string>[] => {
  const [header, ...lines] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return lines.map((line) => Object.fromEntries(header!.map((name, index) => [name, line[index] ?? ''])));
};
