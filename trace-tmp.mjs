import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
for (let i = 0; i < 3; i++) {
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.addInitScript(() => {
  const t = {};
  const check = () => {
    if (!t.marks && document.querySelector('.timeline [data-marks-drawn]')) t.marks = performance.now();
    if (!t.svg && document.querySelector('.map-area [data-testid="static-map"]')) t.svg = performance.now();
    if (!t.sites && document.querySelector('.map-area [data-sites-drawn]')) t.sites = performance.now();
    if (!t.area && document.querySelector('.map-area')) t.area = performance.now();
    if (!t.root && document.querySelector('#root > *')) t.root = performance.now();
    if (!(t.marks && t.sites)) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window.__t = t; window.__lt=[]; window.__f=[]; const of=window.fetch; window.fetch=function(u,...a){const t0=performance.now(); window.__f.push(['start',String(u),Math.round(t0)]); return of.call(this,u,...a).then(r=>{window.__f.push(['end',String(u),Math.round(performance.now())]); return r;});}; new PerformanceObserver((l)=>{for(const e of l.getEntries()) window.__lt.push([Math.round(e.startTime),Math.round(e.duration)])}).observe({type:'longtask',buffered:true});
});
await page.goto('http://127.0.0.1:4799/');
await page.waitForFunction(() => window.__t.marks && window.__t.sites);
const t = await page.evaluate(() => window.__t);
const res = await page.evaluate(() => performance.getEntriesByType('resource').filter(r => /\.js|\.json/.test(r.name)).map(r => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]));
const lt = await page.evaluate(() => window.__lt); console.log(JSON.stringify(lt), JSON.stringify(await page.evaluate(() => window.__f))); console.log(JSON.stringify(Object.fromEntries(Object.entries(t).map(([k,v])=>[k,Math.round(v)]))), JSON.stringify(res));
await ctx.close();
}
await b.close();
