// A markdown-it rule: each table cell gets data-label="<its column header>", so on a phone
// CSS can stack a row as label/value pairs instead of a table too wide to read. Pure.

interface Token {
  type: string;
  content: string;
  children: Token[] | null;
  attrSet(name: string, value: string): void;
}

export function labelTableCells(state: { tokens: Token[] }): void {
  let headers: string[] = [];
  let column = 0;
  let inHead = false;
  for (const token of state.tokens) {
    if (token.type === "table_open") headers = [];
    else if (token.type === "thead_open") inHead = true;
    else if (token.type === "thead_close") inHead = false;
    else if (token.type === "tr_open") column = 0;
    else if (token.type === "inline" && inHead) headers.push(token.content.replace(/[*_`]/g, "").trim());
    else if (token.type === "td_open") {
      const label = headers[column] ?? "";
      if (label) token.attrSet("data-label", label);
      column += 1;
    }
  }
}
