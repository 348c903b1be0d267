// The banners' script (src/components/NoticeBanners.astro), inline right after them so that it runs
// before the first paint: it hides the notices dismissed on this device (localStorage, by id and
// date) and those past their end date on the reader's clock (the day in Japan), and dismisses a
// notice when its button is pressed, moving the focus to the next notice's button (or the content).
// Constant text: every page's Content Security Policy allows it by its hash (NOTICES_SCRIPT_HASH,
// added in src/layouts/Base.astro, so that all pages keep one policy).
import { createHash } from 'node:crypto';

export const NOTICES_SCRIPT = `(r=>{let k='kit-notices-dismissed',g=[],d=new Date(Date.now()+324e5).toISOString().slice(0,10),q=s=>r.querySelector(s),u=()=>r.hidden=!q('[data-notice]:not([hidden])');try{g=JSON.parse(localStorage[k]||'[]')}catch{}for(let n of r.querySelectorAll('[data-notice]'))n.hidden=g.includes(n.dataset.notice)||n.dataset.until<d;u();r.onclick=e=>{let n=e.target.closest('[data-dismiss]')?.closest('[data-notice]');if(n){n.hidden=1;g.push(n.dataset.notice);try{localStorage[k]=JSON.stringify(g)}catch{}u();(q('[data-notice]:not([hidden]) [data-dismiss]')||document.getElementById('kit-main')).focus()}}})(document.currentScript.previousElementSibling)`;

export const NOTICES_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(NOTICES_SCRIPT).digest('base64')}`;
