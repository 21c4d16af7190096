// Texts of the failures that stop a file (or the whole run) before any result is written: a file
// that is not a readable workbook, a path that would destroy a file, a bad rules file. Chinese
// first (the users' language), English for --lang en. Each says what is wrong and what to do;
// the host prefixes the file it concerns. {placeholders} come from the failure's params.
export const FAILURES = {
  // What the file is (xlsx/sniff.ts, before the zip is opened)
  encrypted: {
    zh: "工作簿设有打开密码(已加密),无法读取。请先在 Excel 中取消密码(文件 → 信息 → 保护工作簿 → 用密码进行加密,清空密码)并保存,再试",
    en: "the workbook is encrypted with a password and cannot be read. Remove the password in Excel first (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and try again",
  },
  legacyWorkbook: {
    zh: "这是旧版 .xls 或 .et 格式的工作簿,无法读取。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    en: "this is an old-format .xls or .et workbook, which cannot be read. Save it as .xlsx in Excel or WPS and try again",
  },
  textFile: {
    zh: "这是文本文件(如 .csv),不是工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    en: "this is a text file (such as .csv), not a workbook. Save it as .xlsx in Excel or WPS and try again",
  },
  emptyFile: { zh: "文件是空的(0 字节)。请确认选择的是填好的工作簿", en: "the file is empty (0 bytes). Check that you chose the filled-in workbook" },
  notWorkbook: {
    zh: "不是有效的 xlsx 工作簿(无法解压)。请在 Excel 或 WPS 中打开,另存为 .xlsx 后再试",
    en: "not a valid xlsx workbook (it cannot be unzipped). Open it in Excel or WPS, save it as .xlsx and try again",
  },
  // Inside the package (xlsx/pkg.ts)
  partMissing: {
    zh: "工作簿缺少部件 {part},文件可能已损坏。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "the workbook has no part {part}; the file may be damaged. Open it in Excel, save it as .xlsx and try again",
  },
  damagedPart: {
    zh: "工作簿的部件 {part} 已损坏,无法解压。请在 Excel 中用“打开并修复”打开,另存为 .xlsx 后再试",
    en: "part {part} of the workbook is damaged and cannot be decompressed. Open it in Excel with “Open and Repair”, save it as .xlsx and try again",
  },
  unsupportedCompression: {
    zh: "工作簿的部件 {part} 使用了不支持的压缩方式(编号 {method})。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试",
    en: "part {part} of the workbook uses an unsupported compression method ({method}). Open it in Excel or WPS, save it as .xlsx and try again",
  },
  // The file system (cli/)
  notFound: { zh: "找不到该文件或文件夹。请检查路径", en: "no such file or folder. Check the path" },
  notRegularFile: {
    zh: "不是普通文件(而是设备、管道等),不予读取。请指定 .xlsx 工作簿",
    en: "this is not a regular file (a device, a pipe or the like) and is not read. Name an .xlsx workbook",
  },
  fileTooLarge: {
    zh: "文件大小 {size} MB,超过上限 {limit} MB,不予读取。请按年度拆分工作簿,或删除不需要的大图片后再试",
    en: "the file is {size} MB, over the limit of {limit} MB, and is not read. Split the workbook by year or remove large pictures, then try again",
  },
  cannotRead: { zh: "没有读取该文件的权限。请检查文件权限后再试", en: "you have no permission to read this file. Check its permissions and try again" },
  cannotWrite: {
    zh: "无法写入 {path}:没有写入权限或该位置只读。请用 --out 指定可写入的文件夹,或检查权限后再试",
    en: "cannot write {path}: no permission, or the place is read-only. Name a writable folder with --out, or check the permissions",
  },
  diskFull: {
    zh: "写入 {path} 失败:磁盘空间不足或超过文件大小限制。请清理磁盘或用 --out 换一个位置后再试",
    en: "writing {path} failed: the disk is full or a file-size limit was reached. Free some space or choose another place with --out",
  },
  nameTooLong: {
    zh: "无法写入 {path}:文件名或路径过长。请缩短文件名,或用 --out 指定较短的文件夹",
    en: "cannot write {path}: the file name or path is too long. Shorten the name or choose a shorter folder with --out",
  },
  notAFolder: {
    zh: "无法写入 {path}:路径中的 {parent} 不是文件夹。请检查 --out 或 --json",
    en: "cannot write {path}: {parent} on the way is not a folder. Check --out or --json",
  },
  writeFailed: { zh: "写入 {path} 失败(系统错误 {code})。请检查磁盘与权限后再试", en: "writing {path} failed (system error {code}). Check the disk and the permissions, then try again" },
  // Paths that would destroy a file (cli/paths.ts)
  outputIsInput: {
    zh: "输出文件 {output} 就是输入文件 {input},写出会覆盖它。已停止,未写入任何文件。请用 --out 或 --json 指定其他位置",
    en: "output {output} is the input {input}; writing it would destroy the input. Stopped; nothing was written. Choose another place with --out or --json",
  },
  outputsClash: {
    zh: "{first} 与 {second} 将写到同一个文件 {output}。已停止,未写入任何文件。请用 --out 或 --json 分别指定",
    en: "{first} and {second} would both be written to {output}. Stopped; nothing was written. Choose separate places with --out or --json",
  },
  outputExists: {
    zh: "{path} 已存在,未覆盖。如需覆盖请加 --force,或用 --out 指定其他文件名",
    en: "{path} already exists and was not replaced. Add --force to replace it, or choose another name with --out",
  },
  // Files given to the batch tool besides the workbooks
  rulesFileNotJson: {
    zh: "计分规则文件 {path} 不是有效的 JSON{where}。请检查括号、引号和逗号(可用记事本打开)",
    en: "the rules file {path} is not valid JSON{where}. Check its brackets, quotes and commas",
  },
  rulesFileNotObject: {
    zh: "计分规则文件 {path} 应为一个 JSON 对象,如 {\"群众评议权重\": 0.2}",
    en: "the rules file {path} must be one JSON object, such as {\"群众评议权重\": 0.2}",
  },
  rulesRefused: {
    zh: "计分规则文件 {path} 有 {count} 处错误,整套规则未采用,未处理任何工作簿。请改正后再试",
    en: "the rules file {path} has {count} errors; the whole set was refused and no workbook was processed. Correct it and try again",
  },
  templateFileNotJson: {
    zh: "输出模板文件 {path} 不是有效的 JSON{where}。请检查括号、引号和逗号",
    en: "the template file {path} is not valid JSON{where}. Check its brackets, quotes and commas",
  },
  templateSheetMissing: {
    zh: "输出模板文件 {path} 中没有“输出模板”工作表。请用 infoscore template 生成的模板填写",
    en: "the template file {path} has no 输出模板 sheet. Fill in a template made by infoscore template",
  },
  // Anything else: a defect of ours, never the user's fault
  badPeriod: {
    zh: "期间“{value}”无效:应为 2026-03、2026-Q1、2026-H1、2026 或 2026-01-01..2026-03-31",
    en: "period “{value}” is not valid: use 2026-03, 2026-Q1, 2026-H1, 2026 or 2026-01-01..2026-03-31",
  },
  badAsOf: { zh: "截至日期“{value}”无效:应为 YYYY-MM-DD,如 2026-11-29", en: "as-of date “{value}” is not valid: use YYYY-MM-DD, e.g. 2026-11-29" },
  internal: {
    zh: "处理时发生内部错误(错误代码 {name})。请将该文件与本提示发给维护人员",
    en: "an internal error occurred (error code {name}). Please send the file and this message to the maintainers",
  },
  interrupted: { zh: "已中断:临时文件已删除,未写完的结果未保存", en: "interrupted: temporary files were removed; unfinished results were not saved" },
  // ---- i11a: what the package layer refuses (xlsx/limits.ts, xlsx/xmlScan.ts); docs/input.md 限制与拒绝的文件 ----
  partTooLarge: {
    zh: "工作簿部件 {part} 解压后超过 {limit},不予读取。请在 Excel 中打开并另存为 .xlsx,或删除不需要的内容后再试",
    en: "part {part} is larger than {limit} uncompressed and is not read. Open it in Excel and save it as .xlsx, or remove what is not needed",
  },
  zipBomb: {
    zh: "工作簿部件 {part} 的压缩比异常(超过 {ratio}:1),疑似压缩炸弹,不予读取。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "part {part} expands more than {ratio}:1, like a zip bomb, and is not read. Open it in Excel, save it as .xlsx and try again",
  },
  xmlMalformed: {
    zh: "工作簿部件 {part} 已损坏({why},位置 {where})。请在 Excel 中用“打开并修复”打开,另存为 .xlsx 后再试",
    en: "part {part} is damaged ({why}, at {where}). Open it in Excel with “Open and Repair”, save it as .xlsx and try again",
  },
  badCharRef: {
    zh: "{where} 含无效的字符引用 {ref}(不代表任何字符)。请在 Excel 中改正该单元格后再试",
    en: "{where} holds an invalid character reference {ref} (it stands for no character). Correct that cell in Excel and try again",
  },
  cellTooLong: {
    zh: "{where} 的文字超过 Excel 单元格上限 {limit} 个字符,不予读取。请缩短该单元格后再试",
    en: "{where} holds more than Excel's {limit} characters per cell and is not read. Shorten that cell and try again",
  },
  logoTooLarge: {
    zh: "输出模板中的标志图片超过 {limit}。请换用较小的图片(标志只占标题旁一小块)",
    en: "the logo picture on 输出模板 is larger than {limit}. Use a smaller picture (the logo only sits beside the title)",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type FailureCode = keyof typeof FAILURES;
