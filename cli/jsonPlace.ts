// Where a JSON text goes wrong, as line and column: Node's own message ("Unexpected token ','")
// is English and often has no position, and a user with Notepad needs the line.

/** The offset of the first character that cannot continue valid JSON, or -1 when the text is valid. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (ch: string) => (text[i] === ch ? void i++ : fail());
  const string = () => {
    expect('"');
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') return void i++;
      if (ch === "\\") i += 2;
      else if (ch < " ") fail();
      else i++;
    }
    fail();
  };
  const sequence = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ",") i++;
      else return expect(close);
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") return sequence("}", () => (ws(), string(), ws(), expect(":"), value()));
    if (ch === "[") return sequence("]", value);
    if (ch === '"') return string();
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (e) {
    if (e instanceof JsonStop) return e.offset;
    return -1; // nesting too deep to follow: no place given
  }
}

class JsonStop extends Error {
  constructor(readonly offset: number) {
    super(`JSON stops at ${offset}`);
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
