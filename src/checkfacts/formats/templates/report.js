"use strict";
// checkfacts report: filters, search, keyboard navigation and deep links.
// Only textContent, classes, attributes and properties are set: never HTML from data.
(function () {
  const doc = document;
  const byId = (id) => doc.getElementById(id);
  const clusters = Array.from(doc.querySelectorAll(".cluster[data-cluster-id]"));
  const meta = clusters.map((el) => ({
    el: el,
    verdict: el.dataset.verdict,
    shared: el.dataset.shared === "yes",
    fields: el.dataset.fields ? el.dataset.fields.split(" ") : [],
    sources: el.dataset.sources ? el.dataset.sources.split(" ") : [],
    story: el.dataset.storyId || "",
    text: null,
  }));
  const ctl = {
    verdict: byId("f-verdict"),
    field: byId("f-field"),
    source: byId("f-source"),
    story: byId("f-story") || { value: "", addEventListener: () => {} },
    text: byId("f-text"),
    single: byId("f-single"),
  };
  const countLine = byId("f-count");
  const empty = byId("f-empty");
  const countButtons = Array.from(doc.querySelectorAll("button.count[data-verdict]"));
  let current = null;

  function apply() {
    const v = ctl.verdict.value, f = ctl.field.value, s = ctl.source.value, st = ctl.story.value;
    const q = ctl.text.value.trim().toLowerCase();
    const single = ctl.single.checked || v === "single_source" || v === "related";
    let shown = 0, tucked = 0;
    for (const m of meta) {
      let ok = (!v || m.verdict === v) && (!f || m.fields.includes(f)) && (!s || m.sources.includes(s)) && (!st || m.story === st);
      if (ok && q) {
        if (m.text === null) m.text = m.el.textContent.toLowerCase();
        ok = m.text.includes(q);
      }
      const show = ok && (single || m.shared);
      if (ok && !show) tucked += 1;
      if (m.el.hidden === show) m.el.hidden = !show;
      if (show) shown += 1;
    }
    let line = shown + " of " + clusters.length + " clusters shown";
    if (tucked) line += " (" + tucked + " single-source or related hidden)";
    countLine.textContent = line;
    empty.hidden = shown > 0;
    for (const b of countButtons) b.setAttribute("aria-pressed", String(b.dataset.verdict === v));
  }

  function reset(single) {
    ctl.verdict.value = ctl.field.value = ctl.source.value = ctl.story.value = ctl.text.value = "";
    ctl.single.checked = single;
    apply();
  }

  for (const el of Object.values(ctl)) el.addEventListener("input", apply);
  byId("f-reset").addEventListener("click", () => reset(false));
  for (const b of countButtons) {
    b.addEventListener("click", () => {
      ctl.verdict.value = ctl.verdict.value === b.dataset.verdict ? "" : b.dataset.verdict;
      apply();
      const first = meta.find((m) => !m.el.hidden);
      if (first) first.el.scrollIntoView({ block: "start" });
    });
  }

  // The sticky header's height, so that targets scroll clear of it.
  const top = byId("top");
  function measure() { doc.documentElement.style.setProperty("--head", top.offsetHeight + "px"); }
  if (window.ResizeObserver) new ResizeObserver(measure).observe(top);
  else window.addEventListener("resize", measure);

  function setCurrent(el) {
    if (current) current.classList.remove("current");
    current = el;
    if (!el) return;
    el.classList.add("current");
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
  }

  function flash(el) {
    for (const old of doc.querySelectorAll(".flash")) old.classList.remove("flash");
    void el.offsetWidth;  // restart the animation
    el.classList.add("flash");
  }

  // Show the element with this id: open its <details>, lift filters that hide it, scroll to it.
  function reveal(id) {
    const el = id ? byId(id) : null;
    if (!el) return false;
    for (let d = el.closest("details"); d; d = d.parentElement ? d.parentElement.closest("details") : null) d.open = true;
    const cluster = el.closest(".cluster");
    if (cluster && cluster.hidden) reset(true);
    if (cluster) setCurrent(cluster);
    const mark = el.tagName === "MARK";
    settle(el, { block: mark ? "center" : "start" });
    if (mark || cluster) flash(el);
    if (cluster) cluster.focus({ preventScroll: true });
    return true;
  }

  // Scroll to an element and keep it there while clusters skipped by content-visibility
  // render around it and change their height.
  function settle(el, how) {
    el.scrollIntoView(how);
    let frames = 0, last = el.getBoundingClientRect().top;
    const check = () => {
      const now = el.getBoundingClientRect().top;
      if (Math.abs(now - last) > 1) el.scrollIntoView(how);
      last = el.getBoundingClientRect().top;
      if (++frames < 6) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }

  function hashId() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ""; }
  }

  // In-page links (quotes, back links, the timeline): reveal the target even when it is
  // inside a closed <details> or a filtered-out cluster.
  doc.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (!a) return;
    const href = a.getAttribute("href") || "";
    if (href.charAt(0) !== "#") return;
    const id = href.slice(1);
    if (!byId(id)) return;
    e.preventDefault();
    if (hashId() !== id) history.pushState(null, "", "#" + id);
    reveal(id);
  });
  window.addEventListener("popstate", () => reveal(hashId()));
  window.addEventListener("hashchange", () => reveal(hashId()));

  // j / k: next / previous visible cluster; / focuses the search; Esc leaves it.
  function go(step) {
    const list = meta.filter((m) => !m.el.hidden).map((m) => m.el);
    if (!list.length) return;
    const at = list.indexOf(current);
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, at + step));
    const el = list[next];
    setCurrent(el);
    el.focus({ preventScroll: true });
    settle(el, { block: "start" });
    history.replaceState(null, "", "#" + el.id);
  }
  doc.addEventListener("keydown", (e) => {
    if (e.metaKey || e.ctrlKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (e.key === "j") go(1);
    else if (e.key === "k") go(-1);
    else if (e.key === "/") { e.preventDefault(); ctl.text.focus(); }
  });

  // Print every source text, then put the page back as it was.
  let closed = [];
  window.addEventListener("beforeprint", () => {
    closed = Array.from(doc.querySelectorAll("details:not([open])"));
    for (const d of closed) d.open = true;
  });
  window.addEventListener("afterprint", () => { for (const d of closed) d.open = false; closed = []; });

  apply();
  if (location.hash) reveal(hashId());
})();
