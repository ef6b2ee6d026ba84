// Drafts: localStorage always, the server for an existing draft; an offer to restore what the device kept.
// The server's version of the private details is the server's to say: never kept on the device nor restored from it.
const fields = c => [...c.form.elements].filter(e => e.name && e.name !== "__RequestVerificationToken" && !e.hasAttribute("data-server-version")
  && e.type !== "submit" && e.type !== "button" && e.type !== "file");
const snapshot = c => Object.fromEntries(fields(c).map(e => [e.name, e.type === "checkbox" ? e.checked : e.value]));
let keepTimer = 0;
let autosaveTimer = 0;
let autosaving = null;

export function keepLocally(c) {
  try { localStorage.setItem(c.storageKey, JSON.stringify({ at: new Date().toISOString(), values: snapshot(c) })); } catch { /* storage full or off */ }
}

async function autosave(c) {
  const { form, saveStatus } = c;
  const url = form.dataset.autosaveUrl;
  if (!url) return;
  if (autosaving) autosaving.abort();
  const controller = new AbortController();
  autosaving = controller;
  saveStatus.textContent = "Saving…";
  try {
    const body = new FormData(form);
    body.delete("Form.Bill"); // the bill is attached when the draft is saved or submitted, not on every keystroke
    const answer = await fetch(url, { method: "POST", body, headers: { Accept: "application/json" }, signal: controller.signal });
    const result = await answer.json().catch(() => ({}));
    if (answer.ok) {
      const privateVersion = form.querySelector("[data-server-version]");
      if (privateVersion && result.privateVersion != null) privateVersion.value = result.privateVersion;
      c.dirty = false;
      localStorage.removeItem(c.storageKey);
      saveStatus.textContent = "Draft saved at " + new Date().toLocaleTimeString() + ".";
    } else {
      saveStatus.textContent = "Not saved to the server yet (" + (result.detail || answer.status) + "); kept on this device.";
    }
  } catch (e) {
    if (e.name !== "AbortError") saveStatus.textContent = "Offline: your text is kept on this device and saved when you are back.";
  }
}

export function autosize(c) {
  c.text.style.height = "auto";
  c.text.style.height = Math.max(c.text.scrollHeight + 2, 160) + "px";
}

export function changed(c) {
  c.dirty = true;
  clearTimeout(keepTimer);
  keepTimer = setTimeout(() => keepLocally(c), 400);
  clearTimeout(autosaveTimer);
  autosaveTimer = setTimeout(() => autosave(c), 2000);
  autosize(c);
}

export function offerRestore(c) {
  let kept;
  try { kept = JSON.parse(localStorage.getItem(c.storageKey) || "null"); } catch { kept = null; }
  if (!kept || !kept.values) return;
  const now = snapshot(c);
  if (Object.keys(kept.values).every(k => !(k in now) || now[k] === kept.values[k])) { localStorage.removeItem(c.storageKey); return; }
  const offer = document.getElementById("restore-offer");
  offer.querySelector("[data-when]").textContent = new Date(kept.at).toLocaleString();
  offer.hidden = false;
  offer.querySelector("[data-restore]").addEventListener("click", () => {
    for (const e of fields(c)) {
      if (!(e.name in kept.values)) continue;
      if (e.type === "checkbox") e.checked = kept.values[e.name]; else e.value = kept.values[e.name];
    }
    offer.hidden = true;
    c.showNeedFields();
    c.changed();
    c.review();
    c.text.focus();
  });
  offer.querySelector("[data-discard]").addEventListener("click", () => {
    localStorage.removeItem(c.storageKey);
    offer.hidden = true;
    c.text.focus();
  });
}
