// SPDX-License-Identifier: MIT
// check.js: the in-page checks of tests/svg-chromium.sh and tests/hostile.sh.
// For the SVG named by ?svg=, once Chromium has laid it out:
//  - every node's label text box lies inside its shape (bounding boxes; for
//    ellipses, the box's corners inside the ellipse), and so does the text of
//    every cell of the grid of entities without relations;
//  - no glyph is missing: no character of any text draws the same pixels
//    as an unassigned code point (the "tofu" box) in the text's fonts;
//  - no script ran (hostile payloads set top.kgPwned) and the document has
//    no script element, no on* attribute and no parse error.
'use strict';
window.kgPwned = 0;
const TOL = 1.0;

function inside(t, s) {
  return t.x >= s.x - TOL && t.y >= s.y - TOL &&
         t.x + t.width <= s.x + s.width + TOL && t.y + t.height <= s.y + s.height + TOL;
}

function insideEllipse(t, e) {
  const cx = e.cx.baseVal.value, cy = e.cy.baseVal.value;
  const rx = e.rx.baseVal.value + TOL, ry = e.ry.baseVal.value + TOL;
  const corners = [[t.x, t.y], [t.x + t.width, t.y], [t.x, t.y + t.height],
                   [t.x + t.width, t.y + t.height]];
  return corners.every(([x, y]) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0);
}

// Draws one character in the given font list; its pixels and advance.
const canvas = document.createElement('canvas');
canvas.width = canvas.height = 64;
const ctx = canvas.getContext('2d', { willReadFrequently: true });
function draw(ch, fonts) {
  ctx.clearRect(0, 0, 64, 64);
  ctx.font = `40px ${fonts}`;
  ctx.fillText(ch, 8, 48);
  return ctx.measureText(ch).width + ':' + ctx.getImageData(0, 0, 64, 64).data.join(',');
}

// Characters drawn as the "missing glyph" box: the same pixels as U+0378,
// which is unassigned, so no font has it.
function missing(textEl) {
  const fonts = textEl.getAttribute('font-family');
  const tofu = draw('\u0378', fonts);
  const out = [];
  for (const ch of new Set(Array.from(textEl.textContent)))
    if (ch.trim() !== '' && draw(ch, fonts) === tofu) out.push(ch);
  return out;
}

function check(doc) {
  const r = { nodes: 0, labels: 0, texts: 0, overflow: [], missing: [], font: '',
              scripts: 0, handlers: 0, parseError: false, pwned: 0 };
  r.parseError = doc.getElementsByTagName('parsererror').length > 0 || !doc.querySelector('svg');
  r.scripts = doc.getElementsByTagName('script').length;
  for (const el of doc.getElementsByTagName('*'))
    for (const a of el.attributes)
      if (/^on/i.test(a.name)) r.handlers++;
  for (const node of doc.querySelectorAll('g.node')) {
    r.nodes++;
    const shape = node.querySelector('ellipse, polygon, path');
    const title = node.querySelector('title').textContent;
    for (const t of node.querySelectorAll('text')) {
      r.labels++;
      const tb = t.getBBox(), sb = shape.getBBox();
      const ok = shape.tagName === 'ellipse' ? inside(tb, sb) && insideEllipse(tb, shape) : inside(tb, sb);
      if (!ok) r.overflow.push({ node: title, text: t.textContent,
                                 text_box: [tb.x, tb.y, tb.width, tb.height].map(Math.round),
                                 shape_box: [sb.x, sb.y, sb.width, sb.height].map(Math.round) });
    }
  }
  // The entities without relations are cells of the graph label (links or
  // tooltips around a box and its text): each text inside its box.
  r.cells = 0;
  for (const cell of doc.querySelectorAll('g[id^="a_graph"]')) {
    const box = cell.querySelector('polygon'), t = cell.querySelector('text');
    if (!box || !t) continue;
    r.cells++;
    const tb = t.getBBox(), sb = box.getBBox();
    if (!inside(tb, sb))
      r.overflow.push({ cell: t.textContent, text_box: [tb.x, tb.y, tb.width, tb.height].map(Math.round),
                        shape_box: [sb.x, sb.y, sb.width, sb.height].map(Math.round) });
  }
  for (const t of doc.querySelectorAll('text')) {
    r.texts++;
    r.font = t.getAttribute('font-family');
    const m = missing(t);
    if (m.length) r.missing.push({ text: t.textContent, chars: m.join('') });
  }
  r.pwned = window.kgPwned;
  return r;
}

const frame = document.getElementById('svg');
frame.addEventListener('load', () => {
  let result;
  try {
    result = check(frame.contentDocument);
  } catch (e) {
    result = { error: String(e) };
  }
  document.getElementById('result').textContent = 'RESULT ' + JSON.stringify(result);
});
frame.src = new URLSearchParams(location.search).get('svg');
