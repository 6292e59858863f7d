// tests/browser/stepper.cjs - the HTML stepper in a real browser.
//
//   node stepper.cjs CHROMIUM SHOTS_DIR|- PAGE.html:TRACE.json|-:SVG_DIR[:shots] ...
//
// Opens each page from file:// in headless chromium (puppeteer-core, pinned
// in package-lock.json), steps through every step with the keyboard and
// checks the counter, the marked line, the narration, the diagram's
// accessible name and its nodes against the JSON trace and the SVG export
// of the same run; checks that no request leaves the page and no console
// error appears; uses the URL's #step-N, a click on a line, predict mode,
// a lesson question, notes, zoom, the dark theme and the print layout.
// Screenshots of a few steps, light and dark, of the pages marked :shots
// go to SHOTS_DIR.  The SVG export's titles say each step's line and trace
// step, so a page whose JSON trace is too big to read (-) is still checked.
// Prints one line per failure and exits 1 if there was any.
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [chromium, shots, ...pages] = process.argv.slice(2);
let failures = 0;
function fail(page, msg) {
  failures++;
  console.log(`FAIL: ${page}: ${msg}`);
}

// What the page shows now.
async function state(p) {
  return p.evaluate(() => {
    const cur = document.querySelector('#code li.cur, #code li.asked');
    const svg = document.querySelector('#diagram svg');
    return {
      counter: document.getElementById('counter').textContent,
      line: cur ? Number(cur.dataset.line) : 0,
      next: (document.querySelector('#code li.nxt') || { dataset: {} }).dataset.line,
      narration: document.getElementById('narration').textContent,
      label: svg ? svg.getAttribute('aria-label') : null,
      role: svg ? svg.getAttribute('role') : null,
      nodes: svg ? Array.from(svg.querySelectorAll('g.node')).map((g) => g.dataset.name) : [],
      hash: location.hash,
      stale: document.getElementById('diagram').classList.contains('stale'),
      ask: !document.getElementById('ask').hidden,
      score: document.getElementById('score').textContent,
    };
  });
}

async function key(p, k) {
  await p.keyboard.press(k);
}

// What the SVG export of the same run says of a step: nodes drawn, line,
// trace step and narration (the first line of <desc>).
function svgStep(file) {
  const text = fs.readFileSync(file, 'utf8');
  const t = /<title>[^<]*line (\d+) \(trace step (\d+)\)<\/title>/.exec(text);
  return {
    nodes: (text.match(/class="node"/g) || []).length,
    line: t ? Number(t[1]) : -1,
    step: t ? Number(t[2]) : -1,
  };
}

// Every shown step, in order, with the keyboard.
async function walk(p, name, data, trace, svgDir) {
  const n = data.steps.length;
  const number = (f) => Number(/\d+/.exec(f)[0]);
  const files = fs.readdirSync(svgDir).filter((f) => f.endsWith('.svg'))
    .sort((a, b) => number(a) - number(b));
  if (files.length !== n)
    fail(name, `the page has ${n} steps, the SVG export ${files.length}`);
  const seen = new Set();
  await key(p, 'Home');
  for (let k = 0; k < n; k++) {
    const s = await state(p);
    const svg = svgStep(path.join(svgDir, files[k] || 'none.svg'));
    if (svg.step !== data.steps[k].step || svg.line !== s.line)
      fail(name, `step ${k + 1}: line ${s.line} (trace step ${data.steps[k].step}) marked, the SVG export has line ${svg.line} (trace step ${svg.step})`);
    if (s.nodes.length !== svg.nodes)
      fail(name, `step ${k + 1}: ${s.nodes.length} nodes, the SVG export has ${svg.nodes}`);
    if (s.hash !== `#step-${k + 1}`)
      fail(name, `step ${k + 1}: the URL says '${s.hash}'`);
    if (s.counter !== `Step ${k + 1} of ${n}`)
      fail(name, `step ${k + 1}: counter says '${s.counter}'`);
    if (s.role !== 'img' || !s.label)
      fail(name, `step ${k + 1}: the diagram has no accessible name`);
    await key(p, k % 2 ? 'Space' : 'ArrowRight');
    if (!trace)
      continue;
    const want = trace.steps[data.steps[k].step];
    if (s.counter !== `Step ${k + 1} of ${n}`)
      fail(name, `step ${k + 1}: counter says '${s.counter}'`);
    if (s.line !== want.line)
      fail(name, `step ${k + 1}: line ${s.line} marked, the trace has ${want.line}`);
    if (s.narration !== (want.narration || ''))
      fail(name, `step ${k + 1}: narration '${s.narration}', the trace has '${want.narration}'`);
    if (want.narration && !s.label.startsWith(want.narration))
      fail(name, `step ${k + 1}: the diagram's accessible name is '${s.label}'`);
    // The nodes: each frame of the trace (up to the six a diagram shows)
    // and only objects the trace has had.
    want.objects.forEach((o) => seen.add(`o${o.id}`));
    const frames = s.nodes.filter((x) => /^frame\d+$/.test(x)).length;
    if (want.frames.length <= 6 && frames !== want.frames.length)
      fail(name, `step ${k + 1}: ${frames} frames drawn, the trace has ${want.frames.length}`);
    const stray = s.nodes.filter((x) => /^o\d+$/.test(x) && !seen.has(x));
    if (stray.length)
      fail(name, `step ${k + 1}: drawn objects not in the trace: ${stray.join(' ')}`);
  }
  let s = await state(p);
  if (s.counter !== `Step ${n} of ${n}`)
    fail(name, `past the end: '${s.counter}'`);
  await key(p, 'ArrowLeft');
  s = await state(p);
  if (n > 1 && s.counter !== `Step ${n - 1} of ${n}`)
    fail(name, `back from the end: '${s.counter}'`);
  if (n >= 2) {
    await key(p, '2');
    await key(p, 'Enter');
    s = await state(p);
    if (s.counter !== `Step 2 of ${n}`)
      fail(name, `2 Enter: '${s.counter}'`);
  }
  await key(p, 'End');
  if ((await state(p)).counter !== `Step ${n} of ${n}`)
    fail(name, 'End');
  await key(p, 'Home');
  if ((await state(p)).counter !== `Step 1 of ${n}`)
    fail(name, 'Home');
}

// #step-N opens at step N; clicking a line goes to its next step.
async function hashAndClick(p, name, url, data) {
  const n = data.steps.length;
  const at = Math.min(3, n);
  await p.goto(`${url}#step-${at}`);
  await p.waitForSelector('html[data-ready]');
  let s = await state(p);
  if (s.counter !== `Step ${at} of ${n}`)
    fail(name, `#step-${at} opens at '${s.counter}'`);
  await p.evaluate(() => { location.hash = '#step-1'; });
  await p.waitForFunction(() => document.documentElement.dataset.step === '1');
  const target = data.steps.findIndex((x, i) => i > 0 && x.line !== data.steps[0].line);
  if (target > 0) {
    await p.click(`#code li[data-line="${data.steps[target].line}"]`);
    s = await state(p);
    if (s.counter !== `Step ${target + 1} of ${n}`)
      fail(name, `a click on line ${data.steps[target].line} went to '${s.counter}', not step ${target + 1}`);
  }
}

// P: the next step's line over the old diagram, then the step.
async function predict(p, name, data) {
  const n = data.steps.length;
  if (n < 2)
    return;
  await key(p, 'Home');
  await key(p, 'p');
  await key(p, 'ArrowRight');
  let s = await state(p);
  if (!s.counter.includes('predict') || !s.stale || s.line !== data.steps[1].line ||
      !s.narration.startsWith('What will line'))
    fail(name, `predict mode before step 2: ${JSON.stringify(s)}`);
  await key(p, 'ArrowRight');
  s = await state(p);
  if (s.counter !== `Step 2 of ${n}` || s.stale)
    fail(name, `predict mode, revealed: '${s.counter}'`);
  await key(p, 'p');
}

// A lesson's question: in predict mode, tick the right choices, answer.
async function question(p, name, data, shot) {
  const q = data.steps.findIndex((x) => x.question);
  if (q < 1)
    return false;
  await p.keyboard.type(String(q));
  await key(p, 'Enter');
  await key(p, 'p');
  await key(p, 'ArrowRight');
  let s = await state(p);
  if (!s.ask)
    fail(name, `the question before step ${q + 1} is not asked`);
  const choices = data.steps[q].question.choices;
  for (let k = 0; k < choices.length; k++)
    if (choices[k].correct)
      await p.click(`#ask label:nth-of-type(${k + 1}) input`);
  await shot('question');
  await p.click('#check-answer');
  s = await state(p);
  if (s.counter !== `Step ${q + 1} of ${data.steps.length}`)
    fail(name, `answering did not reveal step ${q + 1}: '${s.counter}'`);
  if (s.score !== 'Score 1/1')
    fail(name, `score: '${s.score}'`);
  await shot('answered');
  await key(p, 'p');
  return true;
}

// N, +, T and the handout.
async function extras(p, name, data) {
  await key(p, 'n');
  const notes = await p.evaluate(() => !document.getElementById('notes').hidden &&
    document.getElementById('notes').textContent);
  if (!notes || !notes.includes('Narration'))
    fail(name, 'N shows no notes');
  await key(p, 'n');
  await key(p, '+');
  const zoom = await p.evaluate(() => parseFloat(document.documentElement.style.getPropertyValue('--zoom')));
  if (!(zoom > 1))
    fail(name, `+ zooms to ${zoom}`);
  await key(p, '-');
  const dark = await p.evaluate(() => document.documentElement.classList.contains('dark'));
  await key(p, 't');
  if (dark === await p.evaluate(() => document.documentElement.classList.contains('dark')))
    fail(name, 'T does not switch the theme');
  await key(p, 't');
  await p.emulateMediaType('print');
  const pages = await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() =>
    resolve(document.querySelectorAll('#print .page').length))));
  if (pages !== data.steps.length)
    fail(name, `print: ${pages} pages for ${data.steps.length} steps`);
  await p.emulateMediaType(null);
}

async function testPage(browser, spec) {
  const [html, json, svgDir, wantShots] = spec.split(':');
  const name = path.basename(html, '.html');
  const url = `file://${path.resolve(html)}`;
  const p = await browser.newPage();
  await p.setViewport({ width: 1600, height: 900 });
  const errors = [];
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text()); });
  p.on('pageerror', (e) => errors.push(e.message));
  await p.setRequestInterception(true);
  p.on('request', (r) => {
    if (r.url().split('#')[0] === url)
      return r.continue();
    errors.push(`request to ${r.url()}`);
    return r.abort();
  });
  const started = Date.now();
  await p.goto(url);
  await p.waitForSelector('html[data-ready]');
  const opened = Date.now() - started;
  if (opened > 3000)
    fail(name, `took ${opened} ms to open`);
  const data = await p.evaluate(() => JSON.parse(document.getElementById('rv-data').textContent));
  await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await p.waitForFunction(() => document.documentElement.classList.contains('dark'), { timeout: 3000 })
    .catch(() => fail(name, 'the page does not follow the system into dark'));
  await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  const trace = json !== '-' ? JSON.parse(fs.readFileSync(json, 'utf8')) : null;
  const shot = async (what, theme) => {
    if (shots === '-' || !wantShots)
      return;
    // T was pressed, so the page no longer follows the system: toggle.
    const dark = await p.evaluate(() => document.documentElement.classList.contains('dark'));
    if (theme && dark !== (theme === 'dark'))
      await key(p, 't');
    await p.screenshot({ path: path.join(shots, `${name}-${what}${theme ? '-' + theme : ''}.png`) });
  };
  await walk(p, name, data, trace, svgDir);
  await hashAndClick(p, name, url, data);
  await predict(p, name, data);
  await question(p, name, data, shot);
  await extras(p, name, data);
  // A few steps, light and dark.
  for (const at of [1, Math.ceil(data.steps.length * 0.75)]) {
    await p.evaluate((i) => { location.hash = `#step-${i}`; }, at);
    await p.waitForFunction((i) => document.documentElement.dataset.step === String(i), {}, at);
    await shot(`step-${at}`, 'light');
    await shot(`step-${at}`, 'dark');
  }
  errors.forEach((e) => fail(name, `console or request: ${e}`));
  await p.close();
  return { name, steps: data.steps.length, opened };
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
  try {
    for (const spec of pages) {
      const r = await testPage(browser, spec);
      console.log(`ok: ${r.name}: ${r.steps} steps, opened in ${r.opened} ms`);
    }
  } catch (e) {
    fail('browser', e.stack || String(e));
  } finally {
    await browser.close();
  }
  process.exit(failures ? 1 : 0);
})();
