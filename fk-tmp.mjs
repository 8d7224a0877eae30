import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const path = require.resolve(`@expo-google-fonts/noto-sans-sc/package.json`).replace('package.json', `400Regular/NotoSansSC_400Regular.ttf`);
const font = fontkit.openSync(path);
const FEATURES = new Set(['rvrn','ltra','ltrm','frac','numr','dnom','ccmp','locl','rlig','mark','mkmk','calt','clig','liga','rclt','curs','kern']);
for (const tag of ['GSUB', 'GPOS']) { const t = font[tag];
  for (const s of t.scriptList) { const ls = s.script.defaultLangSys; const fs = ls ? ls.featureIndexes.map(fi => t.featureList[fi]).filter(f => FEATURES.has(f.tag)).map(f => `${f.tag}[${f.feature.lookupListIndexes}]`) : []; console.log(tag, s.tag, fs.join(' '), 'langs', s.script.langSysRecords.map(r => r.tag).join(',')); } }
const l10 = font.GSUB.lookupList.get(10); const st = l10.subTables[0]; console.log('lookup10', st.version, st.deltaGlyphID, st.substitute?.length);
const d = font.glyphForCodePoint(0x31); console.log('digit1 glyph', d.id, font.layout('1').glyphs[0].id, font.layout('参1').glyphs.map(g=>g.id));
