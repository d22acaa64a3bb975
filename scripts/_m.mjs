import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
async function size(contents, external=[]) {
  const r = await build({ stdin:{contents, resolveDir: process.cwd(), loader:'ts'}, bundle:true, minify:true, format:'esm', write:false, target:'es2022', logLevel:'silent', external});
  const c=r.outputFiles[0].contents; return (gzipSync(c,{level:9}).length/1000).toFixed(2)+' / '+(c.length/1000).toFixed(1);
}
const ext=['lit','lit/*','@floating-ui/dom'];
console.log('lit min', await size(`import {LitElement,html,css} from 'lit'; customElements.define('x-a', class extends LitElement{static styles=css\`:host{}\`; render(){return html\`<p>\${1}</p>\`}})`));
console.log('lit + decorators+nothing', await size(`import {LitElement,html,css,nothing} from 'lit'; import {property,state,query} from 'lit/decorators.js'; console.log(LitElement,html,css,nothing,property,state,query)`));
console.log('floating full', await size(`import {computePosition,flip,shift,offset,autoUpdate,arrow} from '@floating-ui/dom'; console.log(computePosition,flip,shift,offset,autoUpdate,arrow)`));
console.log('floating no auto', await size(`import {computePosition,flip,shift,offset} from '@floating-ui/dom'; console.log(computePosition,flip,shift,offset)`));
for (const e of ['share-button','docscan-frame','idv-status','define']) console.log(e, 'own', await size(`import './dist/browser/${e}.js'`, ext));
