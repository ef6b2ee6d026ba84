// The request composer: reviews the description as it is typed (POST /api/review), highlights each finding in a
// mirror behind the real textarea, groups them by the seven practices with one-click fixes, keeps the draft safe
// (server autosave for drafts, localStorage always) and previews what a church will see. No framework, no CDN.
import { later, review } from "./composer/review.js";
import { paintMirror, render } from "./composer/findings.js";
import { preview, showNeedFields, updateSubmit } from "./composer/form.js";
import { autosize, changed, keepLocally, offerRestore } from "./composer/drafts.js";
import { checkReadiness, readinessLater } from "./composer/readiness.js";
import { offersLater, showOffers } from "./composer/offers.js";

const form = document.getElementById("composer-form");
const root = form && form.querySelector("[data-composer]");
if (root) {
  // What every part shares: the form's elements, the latest findings, and each part's entry point.
  const c = {
    form,
    root,
    text: form.querySelector("textarea[name='Form.Description']"),
    need: form.querySelector("select[name='Form.Need']"),
    mirror: form.querySelector(".mirror"),
    status: document.getElementById("composer-status"),
    summary: document.getElementById("panel-summary"),
    submit: document.getElementById("submit-button"),
    reason: document.getElementById("submit-reason"),
    consent: document.getElementById("FamilyConsent"),
    saveStatus: document.getElementById("save-status"),
    exceptionFields: document.getElementById("exception-fields"),
    storageKey: "careportal:composer:" + form.dataset.draftKey,
    ageNeeds: root.dataset.ageNeeds.split(" "),
    findings: [],
    verdict: null, // the server's answer to "would you accept it now?" (readiness.js)
    reviewed: false,
    dirty: false,
    lastAnnounced: "",
  };
  c.review = () => review(c);
  c.render = () => render(c);
  c.updateSubmit = () => updateSubmit(c);
  c.preview = () => preview(c);
  c.changed = () => { changed(c); readinessLater(c); };
  c.showNeedFields = () => showNeedFields(c);
  const { text, need, mirror, submit, reason } = c;

  text.addEventListener("input", () => { paintMirror(c); later(c); });
  text.addEventListener("scroll", () => { mirror.scrollTop = text.scrollTop; });
  need.addEventListener("change", () => { c.showNeedFields(); c.review(); showOffers(c); });
  form.addEventListener("input", e => {
    c.changed(); c.updateSubmit(); c.preview();
    // The items decide whether ages belong; the children's rows give sizes and genders.
    if (/^Form\.(Items\[\d{1,3}\]\.Name|Children\[\d{1,3}\]\.(Age|Gender|Size))$/.test(e.target.name || "")) later(c);
    if (e.target.name === "Form.Zip") offersLater(c);
  });
  form.addEventListener("change", e => {
    c.changed(); c.updateSubmit(); c.preview();
    if (e.target.name === "Form.CountyId" || e.target.name === "Form.Tier") showOffers(c);
  });
  for (const b of form.querySelectorAll("[data-insert]")) {
    b.addEventListener("click", () => {
      text.value = text.value.trimEnd() + b.dataset.insert;
      c.changed();
      c.review();
      text.focus();
    });
  }
  if (submit) {
    submit.addEventListener("click", e => {
      if (submit.getAttribute("aria-disabled") === "true") { e.preventDefault(); reason.focus(); }
    });
    reason.tabIndex = -1;
  }
  form.addEventListener("submit", () => { c.dirty = false; localStorage.removeItem(c.storageKey); });
  window.addEventListener("beforeunload", e => { if (c.dirty) { keepLocally(c); e.preventDefault(); e.returnValue = ""; } });

  c.showNeedFields();
  offerRestore(c);
  autosize(c);
  c.preview();
  c.updateSubmit();
  c.review();
  checkReadiness(c);
  showOffers(c);
}
