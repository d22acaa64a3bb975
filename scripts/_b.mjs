import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
const entry=process.argv[2];
const r = await build({ entryPoints:[entry], bundle:true, minify:true, format:'esm', write:false, target:'es2022', logLevel:'silent', metafile:true, external:['lit','lit/*','@floating-ui/dom'], tsconfig:'tsconfig.json'});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[k,v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
for (const [k,v] of rows) if (v>100) console.log(String(v).padStart(7), k);
console.log('total raw', r.outputFiles[0].contents.length, 'gz', gzipSync(r.outputFiles[0].contents,{level:9}).length);
