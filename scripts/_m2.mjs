import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
async function size(contents, external=[]) {
  const r = await build({ stdin:{contents, resolveDir: process.cwd(), loader:'ts'}, bundle:true, minify:true, format:'esm', write:false, target:'es2022', logLevel:'silent', external});
  const c=r.outputFiles[0].contents; return (gzipSync(c,{level:9}).length/1000).toFixed(2)+' / '+(c.length/1000).toFixed(1);
}
console.log('lit-html', await size(`import {html,render,nothing} from 'lit-html'; console.log(html,render,nothing)`));
console.log('reactive-element', await size(`import {ReactiveElement,css} from '@lit/reactive-element'; console.log(ReactiveElement,css)`));
console.log('lit-element', await size(`import {LitElement,css,html} from 'lit'; console.log(LitElement,css,html)`));
console.log('qrcode core', await size(`import {create} from 'qrcode/lib/core/qrcode.js'; console.log(create)`));
