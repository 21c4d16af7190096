// styles.xml of the Word files: the document defaults every paragraph starts from — 3号 仿宋,
// Chinese as the East Asian language, East Asian line breaking (避头尾, w:kinsoku) on, punctuation
// kept inside the 版心 (no w:overflowPunct: LibreOffice would otherwise squeeze 30 characters into
// a line ending in a comma), no space between paragraphs — and the two styles Word expects by name.
import { CHAR_SPACING, FONTS, LINE, PT } from "./gbt9704.ts";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const fonts = (name: string) => `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;

/**
 * settings.xml: different page numbers on odd and even pages, and full-width punctuation kept full
 * width (w:characterSpacingControl doNotCompress), so that LibreOffice, like Word, sets 28
 * characters a line rather than squeezing in a 29th and 30th beside two commas.
 */
export function settingsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="${PT.san * 40}"/><w:evenAndOddHeaders/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `</w:settings>`
  );
}

/** `font`: the body font, 仿宋_GB2312 unless 输出模板's 字体 names another (方正仿宋_GBK on WPS). */
export function stylesXml(font: string = FONTS.body): string {
  const size = PT.san * 2;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(font)}<w:spacing w:val="${CHAR_SPACING}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:kinsoku w:val="1"/><w:overflowPunct w:val="0"/>` +
    `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>` +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}
