// A minimal DOM stub that runs timeline.html's script in node (no browser needed): it
// prints what the page drew, then what views, filters, zoom and a click change.
// Usage: node report_dom_stub.js PAGE.html [HASH]   (used by tests/test_report_page_js.py)
const fs = require('fs');
const html = fs.readFileSync(process.argv[2], 'utf8');
const hash = process.argv[3] || '';
class El {
  constructor(tag) { this.tag = tag; this.children = []; this.style = {}; this.dataset = {};
    this.attrs = {}; this.listeners = {}; this._text = ''; this.className = ''; this.value = '';
    this.parent = null; this.checked = false; this.disabled = false; this.scrollTop = 0; this.clientHeight = 600;
    const self = this;
    this.classList = { add(c) { self.className = (self.className + ' ' + c).trim(); },
      remove(c) { self.className = self.className.split(' ').filter(x => x !== c).join(' '); } }; }
  appendChild(c) { if (c.tag === '#frag') { for (const k of c.children) this.appendChild(k); c.children = []; return c; }
    c.parent = this; this.children.push(c); return c; }
  remove() { if (this.parent) this.parent.children = this.parent.children.filter(x => x !== this); }
  set textContent(t) { this.children = []; this._text = String(t); }
  get textContent() { return this._text + this.children.map(c => c.textContent).join(''); }
  addEventListener(ev, f) { (this.listeners[ev] = this.listeners[ev] || []).push(f); }
  fire(ev, e) { for (const f of this.listeners[ev] || []) f(e || {preventDefault() {}, clientX: 0}); }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  getBoundingClientRect() { return {left: 0, width: 1000}; }
  all(pred, out = []) { for (const c of this.children) { if (pred(c)) out.push(c); c.all(pred, out); } return out; }
  querySelectorAll(sel) { return match(this, sel); }
}
function match(root, sel) {
  if (sel.startsWith('.')) { const cls = sel.slice(1).split('.');
    return root.all(e => cls.every(c => e.className.split(' ').includes(c))); }
  if (sel === 'input[name=view]') return root.all(e => e.tag === 'input');
  return root.all(e => e.tag === sel);
}
const body = new El('body'), byId = {};
function mk(tag, id) { const e = new El(tag); if (id) byId[id] = e; body.appendChild(e); return e; }
for (const k of ['story', 'actor', 'type', 'country']) mk('select', 'f-' + k);
for (const id of ['z-out', 'z-in', 'z-reset']) mk('button', id);
mk('span', 'count'); const main = mk('main');
const axis = mk('div', 'axis'); axis.appendChild(Object.assign(new El('div'), {})); byId.brush = axis.children[0];
mk('div', 'rows'); mk('svg', 'map').appendChild(byId.land = new El('path')); mk('p', 'map-note'); mk('div', 'detail');
for (const v of ['clusters', 'mentions']) { const r = mk('input'); r.value = v; r.checked = v === 'clusters'; }
const data = /type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
byId.data = {textContent: data};
global.document = {
  getElementById: id => byId[id], createElement: t => new El(t), createElementNS: (ns, t) => new El(t),
  createTextNode: t => Object.assign(new El('#text'), {_text: t}), createDocumentFragment: () => new El('#frag'),
  querySelector: s => s === 'main' ? main : null, querySelectorAll: s => match(body, s),
};
global.window = {listeners: {}, addEventListener(ev, f) { (this.listeners[ev] = this.listeners[ev] || []).push(f); }};
global.location = {hash};
global.requestAnimationFrame = f => f();
global.CSS = {escape: s => s};
const js = /<script>([\s\S]*?)<\/script>\s*<\/body>/.exec(html)[1];
eval(js);
const rows = () => body.all(e => e.className.split(' ').includes('row'));
const out = {count: byId.count.textContent, rows: rows().length,
  imprecise: body.all(e => e.className === 'span imprecise').length,
  quote: (byId.detail.all(e => e.tag === 'blockquote')[0] || {textContent: null}).textContent,
  circles: byId.map.all(e => e.tag === 'circle').length, ticks: axis.children.length - 1,
  note: byId['map-note'].textContent, land: byId.map.children.includes(byId.land)};
// switch views, filter, zoom
const radios = body.all(e => e.tag === 'input');
radios[1].checked = true; radios[0].checked = false; radios[1].fire('change');
out.mentions = byId.count.textContent;
byId['f-type'].value = byId['f-type'].children[1].value; byId['f-type'].fire('change');
out.filtered = byId.count.textContent; out.tick0 = axis.children[1] && axis.children[1].textContent;
byId['z-in'].fire('click'); out.zoomed = byId.count.textContent; out.ztick0 = axis.children[1].textContent;
byId['z-reset'].fire('click'); out.reset = byId.count.textContent;
axis.fire('mousedown', {clientX: 100, preventDefault() {}});
for (const f of window.listeners.mouseup) f({clientX: 300});
out.brushed = byId.count.textContent;
byId['z-reset'].fire('click');
const r0 = rows()[0]; if (r0) { r0.fire('click'); out.clickedQuote = byId.detail.textContent.slice(0, 200); }
console.log(JSON.stringify(out, null, 1));
