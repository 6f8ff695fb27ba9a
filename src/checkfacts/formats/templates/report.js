"use strict";
(function () {
  const clusters = Array.from(document.querySelectorAll("section.cluster"));
  const get = (id) => document.getElementById(id);
  const controls = { verdict: get("f-verdict"), field: get("f-field"), source: get("f-source"), text: get("f-text"), shared: get("f-shared") };
  function apply() {
    const v = controls.verdict.value, f = controls.field.value, s = controls.source.value;
    const q = controls.text.value.trim().toLowerCase(), shared = controls.shared.checked;
    let shown = 0;
    for (const c of clusters) {
      const ok = (!v || c.dataset.verdict === v) &&
        (!f || c.dataset.fields.split(" ").includes(f)) &&
        (!s || c.dataset.sources.split(" ").includes(s)) &&
        (!shared || c.dataset.shared === "yes") &&
        (!q || c.textContent.toLowerCase().includes(q));
      c.classList.toggle("hidden", !ok);
      if (ok) shown += 1;
    }
    get("f-count").textContent = shown + " of " + clusters.length + " clusters shown";
  }
  for (const el of Object.values(controls)) el.addEventListener("input", apply);
  apply();
  function visible() { return clusters.filter((c) => !c.classList.contains("hidden")); }
  let current = -1;
  function go(step) {
    const list = visible();
    if (!list.length) return;
    current = Math.max(0, Math.min(list.length - 1, current + step));
    for (const c of clusters) c.classList.remove("current");
    list[current].classList.add("current");
    list[current].focus();
    list[current].scrollIntoView({ block: "start" });
    history.replaceState(null, "", "#" + list[current].id);
  }
  document.addEventListener("keydown", (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === "j") go(1);
    else if (e.key === "k") go(-1);
    else if (e.key === "/") { e.preventDefault(); controls.text.focus(); }
  });
  function flash() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (el && el.tagName === "MARK") {
      el.classList.add("flash");
      el.scrollIntoView({ block: "center" });
    }
  }
  window.addEventListener("hashchange", flash);
  flash();
})();
