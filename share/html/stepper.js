/* share/html/stepper.js - the classroom stepper (refviz --format html).
 *
 * The page's data (the rv-data script element, written by export/html.c):
 *   { name, title, summary, code, output, error, planned,
 *     steps: [{ n, step, line, next, event, title, narration, changes,
 *               out, svg, question? }] }
 * `out` is how much of `output` the step has printed; `question` is a
 * lesson's #? question, asked before the step is shown:
 *   { text, choices: [{ label, correct }] }.
 *
 * State: `at` is the step shown (an index into steps).  In predict mode,
 * stepping forward first stops at `pending`: the line about to be shown
 * is marked over the previous diagram, the learner guesses (or answers the
 * question) and a second press reveals the step.  Everything else is drawn
 * from the state by show(), so any way of moving (keys, buttons, slider,
 * the URL's #step-N, a click on a line) ends up the same. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('rv-data').textContent);
  var steps = data.steps;
  var count = steps.length;
  var root = document.documentElement;
  var $ = function (id) { return document.getElementById(id); };

  var state = {
    at: 0,
    pending: -1,        /* predict mode: the step about to be revealed */
    predict: false,
    notes: false,
    zoom: 1,
    digits: '',         /* a number being typed, for Enter */
    answers: {},        /* step index -> { picked: [bool], right: bool } */
    themeChosen: false  /* the reader toggled: stop following the system */
  };

  /* ---- the program --------------------------------------------------- */

  var codeLines = data.code.replace(/\n$/, '').split('\n');
  var lineItems = [];           /* line number -> <li> */
  var lessonComment = /^\s*#[:?@]|^\s*# (title|summary|heap|detail|show):/;

  function buildCode() {
    var ol = $('code');
    var hasStep = {};
    steps.forEach(function (s) { hasStep[s.line] = true; });
    codeLines.forEach(function (text, k) {
      var n = k + 1;
      var li = document.createElement('li');
      li.dataset.line = n;
      var no = document.createElement('span');
      no.className = 'no';
      no.textContent = n;
      var mark = document.createElement('span');
      mark.className = 'mark';
      mark.setAttribute('aria-hidden', 'true');
      var code = document.createElement('code');
      /* Step markers and expected output are for refviz and its tests;
       * in the page, the output would give a prediction away. */
      code.textContent = text.replace(/\s+#@\s*$/, '').replace(/\s+# expect:.*$/, '');
      li.append(no, mark, code);
      /* The lesson's own comments: the page shows the narration as text,
       * and a question's line would give its answer away. */
      if (data.title && lessonComment.test(text) && !hasStep[n])
        li.className = 'lesson-comment';
      if (hasStep[n]) {
        li.classList.add('has-step');
        li.tabIndex = 0;
        li.setAttribute('role', 'button');
        li.setAttribute('aria-label', 'Line ' + n + ': ' + text.trim() + '. Go to its next step.');
        /* A click leaves no focus behind, so that Space still steps. */
        li.addEventListener('click', function (e) {
          if (e.detail)
            li.blur();
          jumpToLine(n);
        });
        li.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' && !state.digits) {
            e.preventDefault();
            e.stopPropagation();
            jumpToLine(n);
          }
        });
      }
      lineItems[n] = li;
      ol.appendChild(li);
    });
  }

  /* The next step after the one shown that runs line n (wrapping round). */
  function jumpToLine(n) {
    for (var k = 1; k <= count; k++) {
      var i = (state.at + k) % count;
      if (steps[i].line === n) {
        go(i);
        return;
      }
    }
  }

  /* ---- diagrams ------------------------------------------------------ */

  /* Every step's canvas, in points, from its viewBox: the diagrams share
   * one scale (fitted to the widest and tallest), so that objects stay in
   * place from step to step. */
  var boxes = steps.map(function (s) {
    var m = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(s.svg);
    return m ? { w: parseFloat(m[3]), h: parseFloat(m[4]) } : { w: 100, h: 100 };
  });
  var widest = Math.max.apply(null, boxes.map(function (b) { return b.w; }).concat([1]));
  var tallest = Math.max.apply(null, boxes.map(function (b) { return b.h; }).concat([1]));

  function fitScale() {
    var fig = $('diagram');
    var room = Math.max(fig.clientWidth - 4, 200);
    var high = Math.max(window.innerHeight * 0.62, 240);
    var s = Math.min(room / widest, high / tallest, 2.5);
    return Math.max(s, 0.2) * state.zoom;
  }

  function description(s) {
    return [s.narration, s.changes].filter(Boolean).join(' ');
  }

  /* Puts step i's SVG into fig; the nodes' titles become data-name (no
   * tooltip saying "o12"), and the drawing is named by the step's text. */
  function drawInto(fig, i, scale) {
    fig.innerHTML = steps[i].svg;
    var svg = fig.querySelector('svg');
    if (!svg)
      return;
    svg.querySelectorAll('g.node > title').forEach(function (t) {
      t.parentNode.setAttribute('data-name', t.textContent);
      t.remove();
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', description(steps[i]) || steps[i].title);
    svg.setAttribute('focusable', 'false');
    if (scale) {
      svg.setAttribute('width', (boxes[i].w * scale).toFixed(1));
      svg.setAttribute('height', (boxes[i].h * scale).toFixed(1));
    }
  }

  var drawn = -1;
  function drawDiagram(i) {
    var fig = $('diagram');
    if (i < 0) {
      fig.innerHTML = '';
      drawn = -1;
      return;
    }
    if (drawn !== i)
      drawInto(fig, i, 0);
    drawn = i;
    var svg = fig.querySelector('svg');
    if (svg) {
      var scale = fitScale(); /* CSS pixels per point */
      svg.setAttribute('width', (boxes[i].w * scale).toFixed(1));
      svg.setAttribute('height', (boxes[i].h * scale).toFixed(1));
    }
  }

  /* ---- questions ----------------------------------------------------- */

  function score() {
    var asked = 0, answered = 0, right = 0;
    steps.forEach(function (s, i) {
      if (!s.question)
        return;
      asked++;
      if (state.answers[i]) {
        answered++;
        right += state.answers[i].right ? 1 : 0;
      }
    });
    var el = $('score');
    el.hidden = asked === 0;
    el.textContent = 'Score ' + right + '/' + asked;
    el.title = right + ' right of ' + answered + ' answered; ' + asked + ' question' + (asked === 1 ? '' : 's');
  }

  /* Marks the choices of an answered question: ticked and right, ticked
   * and wrong, missed. */
  function markChoices(box, q, answer) {
    box.querySelectorAll('label').forEach(function (label, k) {
      var input = label.querySelector('input');
      input.checked = answer.picked[k];
      input.disabled = true;
      var c = q.choices[k].correct;
      label.className = answer.picked[k] ? (c ? 'right' : 'wrong') : (c ? 'missed' : '');
    });
    var v = document.createElement('p');
    v.className = 'verdict ' + (answer.right ? 'good' : 'bad');
    v.setAttribute('role', 'status');
    v.textContent = answer.right ? 'Right!' : 'Not quite: the underlined ones refer to it.';
    box.appendChild(v);
  }

  function answer(i, box) {
    var q = steps[i].question;
    var picked = Array.prototype.map.call(box.querySelectorAll('input'), function (el) {
      return el.checked;
    });
    var right = q.choices.every(function (c, k) { return c.correct === picked[k]; });
    state.answers[i] = { picked: picked, right: right };
    score();
  }

  /* The question of step i: to answer (before the step is shown), or
   * answered, with the choices marked. */
  function drawQuestion(i, before) {
    var box = $('ask');
    var q = i >= 0 && i < count ? steps[i].question : null;
    var answered = q && state.answers[i];
    if (!q || (!before && !answered)) {
      box.hidden = true;
      box.innerHTML = '';
      return;
    }
    box.hidden = false;
    box.innerHTML = '';
    var h = document.createElement('h2');
    h.id = 'ask-title';
    h.textContent = (before ? 'Question before step ' + (i + 1) + ': ' : 'Question: ') + q.text;
    var fs = document.createElement('fieldset');
    fs.setAttribute('aria-labelledby', 'ask-title');
    q.choices.forEach(function (c) {
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'checkbox';
      label.append(input, ' ' + c.label);
      fs.appendChild(label);
    });
    box.append(h, fs);
    if (answered) {
      markChoices(box, q, answered);
      return;
    }
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'check-answer';
    b.textContent = state.pending === i ? 'Answer and reveal' : 'Answer';
    b.addEventListener('click', function () {
      answer(i, box);
      if (state.pending === i)
        reveal();
      else
        show();
    });
    box.appendChild(b);
  }

  /* ---- the step shown ------------------------------------------------ */

  function markLines(cur, nxt, asked) {
    lineItems.forEach(function (li) {
      if (!li)
        return;
      li.classList.remove('cur', 'nxt', 'asked');
      li.querySelector('.mark').textContent = '';
      li.removeAttribute('aria-current');
    });
    if (nxt && lineItems[nxt] && nxt !== cur) {
      lineItems[nxt].classList.add('nxt');
      lineItems[nxt].querySelector('.mark').textContent = '\u2192';
    }
    if (cur && lineItems[cur]) {
      lineItems[cur].classList.add(asked ? 'asked' : 'cur');
      lineItems[cur].querySelector('.mark').textContent = asked ? '?' : '\u25B6';
      lineItems[cur].setAttribute('aria-current', 'step');
      lineItems[cur].scrollIntoView({ block: 'nearest' });
    }
  }

  function drawOutput(i) {
    var out = $('output');
    out.textContent = i >= 0 ? data.output.slice(0, steps[i].out) : '';
    if (data.error && i === count - 1) {
      var e = document.createElement('span');
      e.className = 'error';
      e.textContent = data.error.type + ': ' + data.error.message +
        (data.error.line ? ' (line ' + data.error.line + ')' : '');
      out.appendChild(e);
    }
  }

  function drawNotes(i) {
    var notes = $('notes');
    notes.hidden = !state.notes;
    $('stage').classList.toggle('with-notes', state.notes);
    if (!state.notes)
      return;
    var s = steps[i];
    var parts = [
      ['Step ' + (i + 1) + ' of ' + count + ', line ' + s.line, (codeLines[s.line - 1] || '').trim()],
      ['Narration', s.narration || '(none)'],
      ['What changed', s.changes || '(nothing)']
    ];
    if (i + 1 < count)
      parts.push(['Next', (steps[i + 1].narration || '') + (steps[i + 1].question ? '\nAsks: ' + steps[i + 1].question.text : '')]);
    notes.innerHTML = '';
    parts.forEach(function (p) {
      var h = document.createElement('h2');
      h.textContent = p[0];
      var t = document.createElement('p');
      t.textContent = p[1];
      notes.append(h, t);
    });
  }

  function setHash(i) {
    var want = '#step-' + (i + 1);
    if (location.hash === want)
      return;
    try {
      history.replaceState(null, '', want);
    } catch (e) {
      location.hash = want;
    }
  }

  function show() {
    var predicting = state.pending >= 0;
    var i = predicting ? state.pending : state.at;
    var s = steps[i];
    var counter = 'Step ' + (i + 1) + ' of ' + count;
    $('counter').textContent = counter + (predicting ? ' \u2014 predict' : '');
    $('slider').value = i + 1;
    $('prev').disabled = i === 0 && !predicting;
    $('next').disabled = i === count - 1 && !predicting;
    $('step-line').textContent = 'Line ' + s.line + (s.event === 'step' ? '' : ' (' + s.event + ')');
    var narr = $('narration');
    narr.classList.toggle('predicting', predicting);
    if (predicting) {
      narr.textContent = 'What will line ' + s.line + ' change? Think, then press \u2192 to reveal step ' + (i + 1) + '.';
      markLines(s.line, 0, true);
      drawDiagram(state.at);
      $('diagram').classList.add('stale');
      $('changes').textContent = '';
      drawOutput(state.at);
      drawQuestion(i, true);
    } else {
      narr.textContent = s.narration || '';
      markLines(s.line, s.next, false);
      $('diagram').classList.remove('stale');
      drawDiagram(i);
      $('changes').textContent = s.changes || '';
      drawOutput(i);
      /* The next step's question is asked here, unless it was answered. */
      if (i + 1 < count && steps[i + 1].question && !state.answers[i + 1])
        drawQuestion(i + 1, true);
      else
        drawQuestion(i, false);
    }
    drawNotes(i);
    setHash(i);
    root.dataset.step = i + 1;
  }

  function go(i) {
    state.pending = -1;
    state.at = Math.max(0, Math.min(count - 1, i));
    show();
  }

  function reveal() {
    state.at = state.pending;
    state.pending = -1;
    show();
  }

  function next() {
    if (state.pending >= 0)
      return reveal();
    if (state.at + 1 >= count)
      return;
    if (state.predict) {
      state.pending = state.at + 1;
      show();
    } else {
      go(state.at + 1);
    }
  }

  function back() {
    if (state.pending >= 0) {
      state.pending = -1;
      show();
    } else {
      go(state.at - 1);
    }
  }

  /* ---- settings ------------------------------------------------------ */

  function setPredict(on) {
    state.predict = on;
    $('predict').setAttribute('aria-pressed', String(on));
    if (!on && state.pending >= 0)
      state.pending = -1;
    show();
  }

  function setNotes(on) {
    state.notes = on;
    $('notes-toggle').setAttribute('aria-pressed', String(on));
    show();
    drawDiagram(state.at); /* the notes column took room from it */
  }

  function setZoom(z) {
    state.zoom = Math.max(0.5, Math.min(3, Math.round(z * 100) / 100));
    root.style.setProperty('--zoom', state.zoom);
    drawDiagram(state.at);
  }

  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function setTheme(dark) {
    root.classList.toggle('dark', dark);
    root.classList.toggle('light', !dark);
    $('theme').setAttribute('aria-pressed', String(dark));
  }

  function toggleHelp(on) {
    $('help').hidden = !on;
    $('help-toggle').setAttribute('aria-expanded', String(on));
  }

  /* ---- handouts ------------------------------------------------------ */

  /* Every step as a page, built when the browser is about to print. */
  function buildPrint() {
    var box = $('print');
    if (box.childElementCount)
      return;
    steps.forEach(function (s, i) {
      var page = document.createElement('section');
      page.className = 'page';
      var h = document.createElement('h2');
      h.textContent = (data.title || data.name) + ' \u2014 step ' + (i + 1) + ' of ' + count + ', line ' + s.line;
      var ol = document.createElement('ol');
      ol.className = 'code';
      for (var n = Math.max(1, s.line - 2); n <= Math.min(codeLines.length, s.line + 2); n++) {
        var li = document.createElement('li');
        li.className = n === s.line ? 'cur' : n === s.next ? 'nxt' : '';
        var no = document.createElement('span');
        no.className = 'no';
        no.textContent = n;
        var c = document.createElement('code');
        c.textContent = codeLines[n - 1];
        li.append(no, c);
        ol.appendChild(li);
      }
      var narr = document.createElement('p');
      narr.className = 'narration';
      narr.textContent = s.narration || '';
      var fig = document.createElement('figure');
      fig.className = 'pdiagram';
      drawInto(fig, i, 0);
      var ch = document.createElement('p');
      ch.className = 'changes';
      ch.textContent = s.changes || '';
      var out = document.createElement('pre');
      out.className = 'output';
      out.textContent = data.output.slice(0, s.out);
      page.append(h, ol, narr, fig, ch, out);
      box.appendChild(page);
    });
  }

  /* ---- keys ---------------------------------------------------------- */

  function typing(e) {
    var t = e.target;
    var tag = t && t.tagName;
    if (tag === 'INPUT' && t.type === 'range')
      return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].indexOf(e.key) >= 0;
    /* Space and Enter press a focused button or tick a box. */
    if ((tag === 'BUTTON' || tag === 'INPUT') && (e.key === ' ' || e.key === 'Enter'))
      return !(e.key === 'Enter' && state.digits);
    return false;
  }

  function showDigits() {
    var j = $('jump');
    j.hidden = !state.digits;
    j.textContent = 'Go to step ' + state.digits + '\u2026';
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e))
      return;
    var k = e.key;
    var handled = true;
    if (/^[0-9]$/.test(k)) {
      state.digits = (state.digits + k).slice(-6);
    } else if (k === 'Enter' && state.digits) {
      go(parseInt(state.digits, 10) - 1);
      state.digits = '';
    } else if (k === 'Backspace' && state.digits) {
      state.digits = state.digits.slice(0, -1);
    } else if (k === 'Escape') {
      state.digits = '';
      toggleHelp(false);
    } else if (k === 'ArrowRight' || k === ' ' || k === 'PageDown') {
      next();
    } else if (k === 'ArrowLeft' || k === 'PageUp') {
      back();
    } else if (k === 'Home') {
      go(0);
    } else if (k === 'End') {
      go(count - 1);
    } else if (k === 'p' || k === 'P') {
      setPredict(!state.predict);
    } else if (k === 'n' || k === 'N') {
      setNotes(!state.notes);
    } else if (k === '+' || k === '=') {
      setZoom(state.zoom * 1.15);
    } else if (k === '-' || k === '_') {
      setZoom(state.zoom / 1.15);
    } else if (k === 't' || k === 'T') {
      state.themeChosen = true;
      setTheme(!root.classList.contains('dark'));
    } else if (k === '?') {
      toggleHelp($('help').hidden);
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
      showDigits();
    }
  }

  /* ---- start --------------------------------------------------------- */

  function stepFromHash() {
    var m = /^#step-(\d+)$/.exec(location.hash);
    return m ? parseInt(m[1], 10) - 1 : -1;
  }

  function start() {
    if (data.summary)
      $('summary').textContent = data.summary;
    if (!data.title)
      $('title').textContent = data.name;
    buildCode();
    var slider = $('slider');
    slider.max = count;
    slider.addEventListener('input', function () { go(parseInt(slider.value, 10) - 1); });
    $('first').addEventListener('click', function () { go(0); });
    $('prev').addEventListener('click', back);
    $('next').addEventListener('click', next);
    $('last').addEventListener('click', function () { go(count - 1); });
    $('predict').addEventListener('click', function () { setPredict(!state.predict); });
    $('notes-toggle').addEventListener('click', function () { setNotes(!state.notes); });
    $('zoom-in').addEventListener('click', function () { setZoom(state.zoom * 1.15); });
    $('zoom-out').addEventListener('click', function () { setZoom(state.zoom / 1.15); });
    $('theme').addEventListener('click', function () {
      state.themeChosen = true;
      setTheme(!root.classList.contains('dark'));
    });
    $('help-toggle').addEventListener('click', function () { toggleHelp($('help').hidden); });
    document.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', function () {
      var i = stepFromHash();
      if (i >= 0 && i !== state.at)
        go(i);
    });
    window.addEventListener('resize', function () { drawDiagram(state.at); });
    window.addEventListener('beforeprint', buildPrint);
    if (window.matchMedia)
      window.matchMedia('print').addEventListener('change', function (m) {
        if (m.matches)
          buildPrint();
      });
    setTheme(!!(systemDark && systemDark.matches));
    if (systemDark)
      systemDark.addEventListener('change', function (m) {
        if (!state.themeChosen)
          setTheme(m.matches);
      });
    score();
    var h = stepFromHash();
    go(h >= 0 ? h : 0);
    root.dataset.ready = 'true';
  }

  if (count)
    start();
})();
