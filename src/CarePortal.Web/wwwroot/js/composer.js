// The request composer: reviews the description as it is typed (POST /api/review), highlights each finding in a
// mirror behind the real textarea, groups them by the seven practices with one-click fixes, keeps the draft safe
// (server autosave for drafts, localStorage always) and previews what a church will see. No framework, no CDN.
(() => {
  "use strict";
  const form = document.getElementById("composer-form");
  const root = form && form.querySelector("[data-composer]");
  if (!root) return;

  const $ = (sel, el = form) => el.querySelector(sel);
  const text = $("textarea[name='Form.Description']");
  const need = $("select[name='Form.Need']");
  const mirror = $(".mirror");
  const status = document.getElementById("composer-status");
  const summary = document.getElementById("panel-summary");
  const submit = document.getElementById("submit-button");
  const reason = document.getElementById("submit-reason");
  const consent = document.getElementById("FamilyConsent");
  const saveStatus = document.getElementById("save-status");
  const exceptionFields = document.getElementById("exception-fields");
  const storageKey = "careportal:composer:" + form.dataset.draftKey;
  const ageNeeds = root.dataset.ageNeeds.split(" ");
  const sizeLabels = { clothing: "Clothing and shoe size", "baby-items": "Diaper or clothing size", bed: "Bed size", "school-supplies": "Grade" };

  let findings = [];
  let reviewed = false;
  let timer = 0;
  let inflight = null;
  let dirty = false;
  let lastAnnounced = "";

  // ---- review ------------------------------------------------------------------------------------------------
  async function review() {
    if (inflight) inflight.abort();
    const controller = new AbortController();
    inflight = controller;
    const sent = text.value;
    try {
      const answer = await fetch("/api/review", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: sent, need: need.value }),
        signal: controller.signal,
      });
      if (!answer.ok) throw new Error(String(answer.status));
      const result = await answer.json();
      if (sent !== text.value) return; // typed meanwhile: the next review will come
      findings = result.findings;
      reviewed = true;
      render();
    } catch (e) {
      if (e.name === "AbortError") return;
      reviewed = false;
      summary.textContent = "The review is not available right now; your text is kept, and it is checked again when you submit.";
      updateSubmit();
    } finally {
      if (inflight === controller) inflight = null;
    }
  }
  const later = () => { clearTimeout(timer); timer = setTimeout(review, 300); };

  // ---- rendering ---------------------------------------------------------------------------------------------
  const spanOf = f => text.value.substr(f.start, f.length);
  const located = () => findings.filter(f => f.length > 0 && spanOf(f) === f.text);

  function paintMirror() {
    const marks = located().sort((a, b) => a.start - b.start);
    mirror.replaceChildren();
    let at = 0;
    for (const f of marks) {
      if (f.start < at) continue; // overlapping spans: the first one wins the highlight
      mirror.append(text.value.slice(at, f.start));
      const mark = document.createElement("mark");
      mark.className = "sev-" + f.severity;
      mark.textContent = spanOf(f);
      mirror.append(mark);
      at = f.start + f.length;
    }
    mirror.append(text.value.slice(at) + "\n");
    mirror.scrollTop = text.scrollTop;
  }

  function fixButtons(f) {
    const buttons = [];
    const add = (label, apply) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", () => apply(f));
      buttons.push(b);
    };
    const movable = ["private-detail", "confidential-address", "confidential-id"].includes(f.rule) && document.getElementById("private-fields");
    if (f.length > 0 && movable) add("Move to the private part", moveToPrivate);
    if (f.length > 0 && f.replacement != null) add(f.replacement === "" ? "Remove it" : `Replace with “${f.replacement}”`, replace);
    return buttons;
  }

  function findingItem(f) {
    const li = document.createElement("li");
    li.className = "finding sev-" + f.severity;
    const head = document.createElement(f.length > 0 ? "button" : "span");
    if (f.length > 0) {
      head.type = "button";
      head.className = "show";
      head.title = "Select it in the description";
      head.addEventListener("click", () => select(f));
    }
    head.textContent = (f.length > 0 ? `“${f.text}” ` : "") + `(${f.severity})`;
    const why = document.createElement("p");
    why.textContent = f.message;
    li.append(head, why, ...fixButtons(f));
    return li;
  }

  function render() {
    paintMirror();
    for (const section of root.querySelectorAll(".practice")) {
      const mine = findings.filter(f => String(f.practice) === section.dataset.practice && f.rule !== "details-missing");
      section.hidden = mine.length === 0;
      $("ul", section).replaceChildren(...mine.map(findingItem));
    }
    const missing = findings.filter(f => f.rule === "details-missing");
    const details = $("#details-check ul", root);
    if (missing.length) {
      details.replaceChildren(...missing.map(findingItem));
    } else {
      const li = document.createElement("li");
      li.textContent = text.value.trim() ? "Nothing missing that the review can see." : "Write the description first.";
      details.replaceChildren(li);
    }
    document.getElementById("strengths-prompt").hidden = !findings.some(f => f.rule === "strengths-missing");
    document.getElementById("connection-prompt").hidden = !findings.some(f => f.rule === "connection-missing");
    if (exceptionFields && findings.some(f => f.rule === "cash-request")) exceptionFields.hidden = false;

    const count = sev => findings.filter(f => f.severity === sev).length;
    const parts = [[count("blocker"), "blocking"], [count("warning"), "warning"], [count("suggestion"), "suggestion"]]
      .filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}${n > 1 && w !== "blocking" ? "s" : ""}`);
    const said = findings.length === 0 ? "No findings: the description follows the practices."
      : `${findings.length} finding${findings.length > 1 ? "s" : ""}: ${parts.join(", ")}.`;
    summary.textContent = said;
    if (said !== lastAnnounced) { status.textContent = said; lastAnnounced = said; }
    updateSubmit();
    preview();
  }

  // ---- fixes -------------------------------------------------------------------------------------------------
  function select(f) {
    text.focus();
    text.setSelectionRange(f.start, f.start + f.length);
  }

  function edit(f, replacement) {
    if (spanOf(f) !== f.text) { review(); return; } // the text moved since the review: review again first
    const start = f.fixStart ?? f.start, end = start + (f.fixLength ?? f.length); // a phone number's fix takes out its sentence
    text.setRangeText(replacement, start, end, "end");
    if (replacement === "") text.value = text.value.replace(/ {2,}/g, " ").replace(/ +([.,;:!?])/g, "$1");
    text.focus();
    changed();
    review();
  }
  const replace = f => edit(f, f.replacement);

  function moveToPrivate(f) {
    const around = text.value.slice(Math.max(0, f.start - 30), f.start + f.length); // "account number is 4417…"
    const kind = /acc(oun)?t|acct/i.test(around) ? "account" : /pay|\$|check|card|owe/i.test(around) ? "payment" : "directions";
    const target = form.querySelector(`[data-private-target='${kind}']`) || form.querySelector("[data-private-target='directions']");
    if (target.closest("[hidden]")) form.querySelector("[data-private-target='directions']").value += (target.value ? "\n" : "") + f.text;
    else target.value = target.value ? target.value + "\n" + f.text : f.text;
    edit(f, "");
    saveStatus.textContent = `Moved “${f.text}” to the private details.`;
  }

  // ---- need-specific fields ----------------------------------------------------------------------------------
  function showNeedFields() {
    for (const el of form.querySelectorAll("[data-needs]")) el.hidden = !el.dataset.needs.split(" ").includes(need.value);
    const label = sizeLabels[need.value] || "Size";
    for (const l of form.querySelectorAll("[data-size-label]")) l.textContent = label;
    if (!ageNeeds.includes(need.value)) {
      for (const input of form.querySelectorAll(".need-fields[data-needs] [name^='Form.Children']")) input.disabled = true;
    } else {
      for (const input of form.querySelectorAll("[name^='Form.Children']")) input.disabled = false;
    }
  }

  // ---- submit: off while blockers remain, with the reason --------------------------------------------------------
  function updateSubmit() {
    if (!submit) return;
    const filled = name => (form.elements[name] && form.elements[name].value.trim()) !== "";
    const exception = filled("Form.ExceptionReason") && filled("Form.AlternativesTried");
    const blockers = findings.filter(f => f.severity === "blocker" && !(f.rule === "cash-request" && exception));
    const reasons = [];
    if (blockers.length) reasons.push(`${blockers.length} blocking finding${blockers.length > 1 ? "s" : ""} remain${blockers.length > 1 ? "" : "s"}: ${blockers.map(f => f.length ? `“${f.text}”` : f.rule).join(", ")}.`);
    if (findings.some(f => f.rule === "cash-request") && !exception) reasons.push("A gift card or cash goes to the regional manager: say why, and which other options were tried.");
    if (consent && !consent.checked) reasons.push("Confirm that the family could read this description and would agree to share it.");
    if (!text.value.trim()) reasons.push("Write the description.");
    submit.setAttribute("aria-disabled", reasons.length ? "true" : "false");
    reason.textContent = reasons.length ? "Submit is off: " + reasons.join(" ") : (reviewed ? "Ready to submit." : "");
  }

  // ---- preview: the public part only, as a church sees it ---------------------------------------------------------
  function preview() {
    const card = document.querySelector("#preview .preview-card");
    const val = name => (form.elements[name] ? form.elements[name].value.trim() : "");
    const head = document.createElement("p");
    const urgency = form.elements["Form.Urgency"];
    head.append(`Need: ${need.value} · Urgency: ${urgency.options[urgency.selectedIndex].text} · ZIP ${val("Form.Zip")}`);
    const body = document.createElement("blockquote");
    body.textContent = text.value.trim();
    const items = document.createElement("ul");
    for (let i = 0; form.elements[`Form.Items[${i}].Name`]; i++) {
      const name = val(`Form.Items[${i}].Name`);
      if (!name) continue;
      const li = document.createElement("li");
      li.textContent = `${val(`Form.Items[${i}].Quantity`) || 1} × ${name}`;
      items.append(li);
    }
    const children = [];
    for (let i = 0; ageNeeds.includes(need.value) && form.elements[`Form.Children[${i}].Age`]; i++) {
      const age = val(`Form.Children[${i}].Age`);
      if (!age) continue;
      const size = val(`Form.Children[${i}].Size`);
      children.push(`${age}-year-old ${val(`Form.Children[${i}].Gender`) || "child"}${size ? ", size " + size : ""}`);
    }
    const who = document.createElement("p");
    who.textContent = children.length ? "For: " + children.join("; ") : "";
    card.replaceChildren(head, body, items, who);
  }

  // ---- drafts: localStorage always, the server for an existing draft; warn before leaving ---------------------------
  // The server's version of the private details is the server's to say: never kept on the device nor restored from it.
  const fields = () => [...form.elements].filter(e => e.name && e.name !== "__RequestVerificationToken" && !e.hasAttribute("data-server-version")
    && e.type !== "submit" && e.type !== "button");
  const snapshot = () => Object.fromEntries(fields().map(e => [e.name, e.type === "checkbox" ? e.checked : e.value]));
  let keepTimer = 0;
  let autosaveTimer = 0;
  let autosaving = null;

  function keepLocally() {
    try { localStorage.setItem(storageKey, JSON.stringify({ at: new Date().toISOString(), values: snapshot() })); } catch { /* storage full or off */ }
  }

  async function autosave() {
    const url = form.dataset.autosaveUrl;
    if (!url) return;
    if (autosaving) autosaving.abort();
    const controller = new AbortController();
    autosaving = controller;
    saveStatus.textContent = "Saving…";
    try {
      const answer = await fetch(url, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, signal: controller.signal });
      const result = await answer.json().catch(() => ({}));
      if (answer.ok) {
        const privateVersion = form.querySelector("[data-server-version]");
        if (privateVersion && result.privateVersion != null) privateVersion.value = result.privateVersion;
        dirty = false;
        localStorage.removeItem(storageKey);
        saveStatus.textContent = "Draft saved at " + new Date().toLocaleTimeString() + ".";
      } else {
        saveStatus.textContent = "Not saved to the server yet (" + (result.detail || answer.status) + "); kept on this device.";
      }
    } catch (e) {
      if (e.name !== "AbortError") saveStatus.textContent = "Offline: your text is kept on this device and saved when you are back.";
    }
  }

  function changed() {
    dirty = true;
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepLocally, 400);
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosave, 2000);
    autosize();
  }

  function offerRestore() {
    let kept;
    try { kept = JSON.parse(localStorage.getItem(storageKey) || "null"); } catch { kept = null; }
    if (!kept || !kept.values) return;
    const now = snapshot();
    if (Object.keys(kept.values).every(k => !(k in now) || now[k] === kept.values[k])) { localStorage.removeItem(storageKey); return; }
    const offer = document.getElementById("restore-offer");
    offer.querySelector("[data-when]").textContent = new Date(kept.at).toLocaleString();
    offer.hidden = false;
    offer.querySelector("[data-restore]").addEventListener("click", () => {
      for (const e of fields()) {
        if (!(e.name in kept.values)) continue;
        if (e.type === "checkbox") e.checked = kept.values[e.name]; else e.value = kept.values[e.name];
      }
      offer.hidden = true;
      showNeedFields();
      changed();
      review();
      text.focus();
    });
    offer.querySelector("[data-discard]").addEventListener("click", () => {
      localStorage.removeItem(storageKey);
      offer.hidden = true;
      text.focus();
    });
  }

  function autosize() {
    text.style.height = "auto";
    text.style.height = Math.max(text.scrollHeight + 2, 160) + "px";
  }

  // ---- wiring ------------------------------------------------------------------------------------------------
  text.addEventListener("input", () => { paintMirror(); later(); });
  text.addEventListener("scroll", () => { mirror.scrollTop = text.scrollTop; });
  need.addEventListener("change", () => { showNeedFields(); review(); });
  form.addEventListener("input", () => { changed(); updateSubmit(); preview(); });
  form.addEventListener("change", () => { changed(); updateSubmit(); preview(); });
  for (const b of form.querySelectorAll("[data-insert]")) {
    b.addEventListener("click", () => {
      text.value = text.value.trimEnd() + b.dataset.insert;
      changed();
      review();
      text.focus();
    });
  }
  if (submit) {
    submit.addEventListener("click", e => {
      if (submit.getAttribute("aria-disabled") === "true") { e.preventDefault(); reason.focus(); }
    });
    reason.tabIndex = -1;
  }
  form.addEventListener("submit", () => { dirty = false; localStorage.removeItem(storageKey); });
  window.addEventListener("beforeunload", e => { if (dirty) { keepLocally(); e.preventDefault(); e.returnValue = ""; } });

  showNeedFields();
  offerRestore();
  autosize();
  preview();
  updateSubmit();
  review();
})();
