/**
 * Makes the zh-CN custom-functions metadata from the generated English one: same ids and
 * shape, Chinese names and descriptions (Office reads it through the manifest's
 * <bt:Override Locale="zh-CN">). Every function and parameter must have a translation.
 */
function localizeFunctions(englishJson, translations) {
  const metadata = JSON.parse(englishJson);
  for (const fn of metadata.functions) {
    const zh = translations[fn.id];
    if (!zh) throw new Error(`no zh-CN translation for ${fn.id}`);
    fn.name = zh.name;
    fn.description = zh.description;
    for (const p of fn.parameters ?? []) {
      if (!zh.parameters[p.name]) throw new Error(`no zh-CN translation for ${fn.id}.${p.name}`);
      p.description = zh.parameters[p.name];
    }
  }
  return JSON.stringify(metadata, null, 2);
}

module.exports = { localizeFunctions };
