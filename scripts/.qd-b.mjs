import { build } from 'esbuild';
const r = await build({ stdin: { contents: `import { DomConverter } from './src/page/convert-dom'; import { loadConverter } from './src/convert/opencc'; globalThis.qingduBench = { DomConverter, loadConverter };`, resolveDir: '/work/main', loader: 'ts' }, bundle: true, format: 'iife', write: false, charset: 'utf8', platform: 'browser' });
const lines = r.outputFiles[0].text.split('\n');
for (const n of [546, 553, 966, 985, 1014]) console.log(n, lines[n].slice(0, 150));
