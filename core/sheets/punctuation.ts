// Chinese text on a document takes full-width punctuation (，；：（）). Names that come from the rules
// (a mark's label such as 报送区委办(含文件), typed by whoever wrote them) are shown that way on the
// documents; the names themselves are left as written, since the rules' version is computed from them.

const HAN = "\\p{Script=Han}";
/** ，；：（）、。“” */
const FULL = "\uFF0C\uFF1B\uFF1A\uFF08\uFF09\u3001\u3002\u201C\u201D";
const WIDE: Readonly<Record<string, string>> = { ",": "\uFF0C", ";": "\uFF1B", ":": "\uFF1A" };

/** A parenthesis pair after a Chinese character or around Chinese text. */
const PAREN = new RegExp(`(?<=[${HAN}${FULL}])\\(([^()]*)\\)|\\(([^()]*[${HAN}][^()]*)\\)`, "gu");
/** , ; : with a Chinese character (or full-width mark) on either side. */
const MARK = new RegExp(`(?<=[${HAN}${FULL}])[,;:]|[,;:](?=[${HAN}${FULL}])`, "gu");

/** "中央采用(奖励,不计分)" → "中央采用（奖励，不计分）"; English text and codes (U1, 2026-03) unchanged. */
export function chinesePunctuation(text: string): string {
  return text.replace(PAREN, (_, a?: string, b?: string) => `\uFF08${a ?? b}\uFF09`).replace(MARK, (m) => WIDE[m]);
}
