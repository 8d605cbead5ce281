import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4799/');
await page.waitForSelector('.timeline [data-marks-drawn]');
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const top = [...self].sort((a,b)=>b[1]-a[1]).slice(0,30);
for (const [k,t] of top) console.log((t/1000).toFixed(1).padStart(7), k);
// by url
const byUrl = new Map(); for (const [id,t] of counts){const n=byId.get(id); const u=n.callFrame.url.split('/').pop()||n.callFrame.functionName; byUrl.set(u,(byUrl.get(u)??0)+t);} console.log([...byUrl].sort((a,b)=>b[1]-a[1]).slice(0,12).map(([u,t])=>`${u} ${(t/1000).toFixed(0)}`).join('\n'));
await b.close();
