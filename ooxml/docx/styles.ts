// styles.xml, settings.xml and fontTable.xml of the Word files. The document defaults every
// paragraph starts from — the body font and size, Chinese as the East Asian language and English
// for digits and Latin (as Chinese Word writes it: LibreOffice breaks a number whose language is
// Chinese anywhere, 百分制×1 / 0), East Asian line breaking (避头尾, w:kinsoku) on, punctuation
// kept inside the 版心 (no w:overflowPunct: LibreOffice would otherwise squeeze 30 characters into
// a line ending in a comma), no space between paragraphs — and the two styles Word expects by name.
import { WORD_FONT_FALLBACKS, type WordFormat } from "../../core/index.ts";
import type { Layout } from "./gbt9704.ts";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const fonts = (name: string) => `<w:rFonts w:ascii="${esc(name)}" w:eastAsia="${esc(name)}" w:hAnsi="${esc(name)}" w:cs="${esc(name)}"/>`;

/**
 * settings.xml: different page numbers on odd and even pages, and full-width punctuation kept full
 * width (w:characterSpacingControl doNotCompress), so that LibreOffice, like Word, sets 28
 * characters a line rather than squeezing in a 29th and 30th beside two commas.
 */
export function settingsXml(L: Layout): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="${2 * L.char}"/><w:evenAndOddHeaders/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `</w:settings>`
  );
}

/** The body font and size (仿宋_GB2312 3号 unless 输出模板's 字体 and 正文字号 say otherwise), at the layout's spacing and pitch. */
export function stylesXml(L: Layout): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(L.format.bodyFont)}<w:spacing w:val="${L.spacing}"/>` +
    `<w:sz w:val="${L.halfPoints}"/><w:szCs w:val="${L.halfPoints}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:kinsoku w:val="1"/><w:overflowPunct w:val="0"/>` +
    `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>` +
    `<w:spacing w:before="0" w:after="0" w:line="${L.line}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

/** How Word describes a face in fontTable.xml: panose class, family, pitch (as it writes them for the Windows faces). */
interface FontFace {
  panose: string;
  family: "modern" | "auto";
  pitch: "fixed" | "variable";
}
const FACES: Record<(typeof WORD_FONT_FALLBACKS)[number]["kind"], FontFace> = {
  fangsong: { panose: "02010609060101010101", family: "modern", pitch: "fixed" },
  song: { panose: "02010600030101010101", family: "auto", pitch: "variable" },
  hei: { panose: "02010609060101010101", family: "modern", pitch: "fixed" },
  kai: { panose: "02010609060101010101", family: "modern", pitch: "fixed" },
};

function fontEntry(name: string): string {
  const known = WORD_FONT_FALLBACKS.find((f) => name.includes(f.contains) || name.toLowerCase() === f.english.toLowerCase());
  const face = FACES[known?.kind ?? "song"];
  // 仿宋 falls back to FangSong, 仿宋_GB2312 to 仿宋; a name that is the English one has no fallback.
  const alt = known && (name === known.altName ? known.english : name.toLowerCase() === known.english.toLowerCase() ? "" : known.altName);
  return (
    `<w:font w:name="${esc(name)}">` +
    (alt ? `<w:altName w:val="${esc(alt)}"/>` : "") +
    `<w:panose1 w:val="${face.panose}"/><w:charset w:val="86"/><w:family w:val="${face.family}"/><w:pitch w:val="${face.pitch}"/></w:font>`
  );
}

/**
 * fontTable.xml: each font the file names, with the font Word tries when it is missing (w:altName:
 * 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 小标宋, 黑体 → SimHei) and the GB2312 character set and panose
 * class of the Windows face it imitates, from which Word picks the nearest installed face after that.
 */
export function fontTableXml(format: WordFormat): string {
  const names = [...new Set([format.bodyFont, format.titleFont, format.headingFont, format.subheadingFont, format.pageNumberFont])];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + `<w:fonts xmlns:w="${W}">` + names.map(fontEntry).join("") + `</w:fonts>`
  );
}
