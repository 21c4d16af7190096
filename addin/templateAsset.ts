// The input template shipped with the add-in (dist/InfoScore-输入模板.xlsx, built from
// templates/inputTemplate.ts at build time), served from the add-in's own origin.
export const TEMPLATE_FILE = "InfoScore-template.xlsx";
export const TEMPLATE_SHEETS = ["使用说明", "单位名册", "信息报送", "考核记录", "业务指标", "评议打分", "计分规则", "输出模板"];

export async function loadTemplate(): Promise<{ base64: string; sheets: string[] }> {
  const response = await fetch(new URL(TEMPLATE_FILE, location.href));
  if (!response.ok) throw new Error(`模板文件缺失 / template missing (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary), sheets: TEMPLATE_SHEETS };
}
