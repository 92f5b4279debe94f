/**
 * The font of the sheets Kehou writes, in every renderer: 等线 (DengXian, Office's and WPS's
 * Simplified Chinese default) with the GB2312 character set, so Hanzi shared with Japanese
 * take their Simplified Chinese shapes; where 等线 is missing, the character set makes Windows
 * substitute a Simplified Chinese face (ECMA-376 §18.4.1 charset, 134 = GB2312_CHARSET).
 */
export const SHEET_FONT = { name: "等线", charset: 134, family: 2, size: 11 } as const;
