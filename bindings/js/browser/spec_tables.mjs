// The shared spec tables (tests/spec/*.md), read by the rules each file
// states under "Reading the table", and checked against a lookup. Used by
// the Node suite and by the page a browser runs.

// Splits a row at every '|' not escaped as '\|'; escapes stay as written.
function cells(row) {
  const out = [];
  let cell = null;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      if (cell !== null) cell += c + row[i + 1];
      i++;
    } else if (c === '|') {
      if (cell !== null) out.push(cell.trim());
      cell = '';
    } else if (cell !== null) {
      cell += c;
    }
  }
  return out;
}

// The bytes a cell spells.
function unescape(cell, where) {
  const bytes = [];
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code > 0x7f) throw new Error(where + ': a non-ASCII character, not escaped');
      bytes.push(code);
      continue;
    }
    const next = cell[++i];
    const simple = { n: 10, t: 9, 0: 0, '\\': 92, '|': 124 }[next];
    if (simple !== undefined) {
      bytes.push(simple);
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(cell.slice(i + 1, i + 3))) {
      bytes.push(parseInt(cell.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      throw new Error(where + ': bad escape \\' + next);
    }
  }
  return new Uint8Array(bytes);
}

// [{ input: Uint8Array, answer: code or null, line }] of a table's rows.
export function parseSpecTable(markdown, file) {
  const rows = [];
  markdown.split('\n').forEach((text, i) => {
    if (!text.startsWith('|')) return;
    const [input, answer] = cells(text);
    if (input === 'input' || input.startsWith('---')) return;
    const where = file + ':' + (i + 1);
    if (!/^(none|\d{3})$/.test(answer)) throw new Error(where + ': bad answer ' + answer);
    rows.push({ input: unescape(input, where), answer: answer === 'none' ? null : Number(answer), line: i + 1 });
  });
  return rows;
}

// The rows whose lookup answers otherwise, as readable lines.
export function mismatches(rows, lookup, file) {
  const wrong = [];
  for (const row of rows) {
    const entry = lookup(row.input);
    const got = entry === null ? null : entry.code;
    if (got !== row.answer) {
      wrong.push(file + ':' + row.line + ': [' + Array.from(row.input).join(',') + '] gave ' + got +
                 ', the table says ' + row.answer);
    }
  }
  return wrong;
}

// Which lookup each table is about.
export const SPEC_TABLES = { 'find.md': 'find', 'suggest.md': 'suggest' };
