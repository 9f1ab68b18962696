import { loadConverter } from '../src/convert/opencc';
const SIMPLIFIED = [
  '为了加强党的建设，我们讨论了经济发展、环境保护与乡村振兴等问题。',
  '代表们认为，应该坚持创新、协调、绿色、开放、共享的发展理念，头发和软件也在其中。',
  '记者从会议上获悉，全市将进一步优化营商环境，推动高质量发展。',
];
const blocks: string[][] = [];
for (let i = 0; i < 1500; i++) { const t = SIMPLIFIED[i % 3]!; blocks.push([t.slice(0, 7), t.slice(7, 11), t.slice(11), '头', '发 ' + i]); }
const c = await loadConverter('hans', 'hant');
const ts: number[] = []; for (let r = 0; r < 40; r++) { const t = performance.now(); blocks.map(c); ts.push(performance.now() - t); } ts.sort((a, b) => a - b); console.log("min", ts[0]!.toFixed(1), "p25", ts[10]!.toFixed(1), "med", ts[20]!.toFixed(1));
