// The findings on screen: highlighted in a mirror behind the textarea, listed by practice with one-click fixes, counted.
import { moveToPrivate, replace, select, spanOf } from "./fixes.js";

const located = c => c.findings.filter(f => f.length > 0 && spanOf(c, f) === f.text);

export function paintMirror(c) {
  const { text, mirror } = c;
  const marks = located(c).sort((a, b) => a.start - b.start);
  mirror.replaceChildren();
  let at = 0;
  for (const f of marks) {
    if (f.start < at) continue; // overlapping spans: the first one wins the highlight
    mirror.append(text.value.slice(at, f.start));
    const mark = document.createElement("mark");
    mark.className = "sev-" + f.severity;
    mark.textContent = spanOf(c, f);
    mirror.append(mark);
    at = f.start + f.length;
  }
  mirror.append(text.value.slice(at) + "\n");
  mirror.scrollTop = text.scrollTop;
}

function fixButtons(c, f) {
  const buttons = [];
  const add = (label, apply) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", () => apply(c, f));
    buttons.push(b);
  };
  const movable = ["private-detail", "confidential-address", "confidential-id"].includes(f.rule) && document.getElementById("private-fields");
  if (f.length > 0 && movable) add("Move to the private part", moveToPrivate);
  if (f.length > 0 && f.replacement != null) add(f.replacement === "" ? "Remove it" : `Replace with “${f.replacement}”`, replace);
  return buttons;
}

function findingItem(c, f) {
  const li = document.createElement("li");
  li.className = "finding sev-" + f.severity;
  const head = document.createElement(f.length > 0 ? "button" : "span");
  if (f.length > 0) {
    head.type = "button";
    head.className = "show";
    head.title = "Select it in the description";
    head.addEventListener("click", () => select(c, f));
  }
  head.textContent = (f.length > 0 ? `“${f.text}” ` : "") + `(${f.severity})`;
  const why = document.createElement("p");
  why.textContent = f.message;
  li.append(head, why, ...fixButtons(c, f));
  return li;
}

export function render(c) {
  const { root, findings, text } = c;
  paintMirror(c);
  for (const section of root.querySelectorAll(".practice")) {
    const mine = findings.filter(f => String(f.practice) === section.dataset.practice && f.rule !== "details-missing");
    section.hidden = mine.length === 0;
    section.querySelector("ul").replaceChildren(...mine.map(f => findingItem(c, f)));
  }
  const missing = findings.filter(f => f.rule === "details-missing");
  const details = root.querySelector("#details-check ul");
  if (missing.length) {
    details.replaceChildren(...missing.map(f => findingItem(c, f)));
  } else {
    const li = document.createElement("li");
    li.textContent = text.value.trim() ? "Nothing missing that the review can see." : "Write the description first.";
    details.replaceChildren(li);
  }
  document.getElementById("strengths-prompt").hidden = !findings.some(f => f.rule === "strengths-missing");
  document.getElementById("connection-prompt").hidden = !findings.some(f => f.rule === "connection-missing");
  if (c.exceptionFields && findings.some(f => f.rule === "cash-request")) c.exceptionFields.hidden = false;

  const count = sev => findings.filter(f => f.severity === sev).length;
  const parts = [[count("blocker"), "blocking"], [count("warning"), "warning"], [count("suggestion"), "suggestion"]]
    .filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}${n > 1 && w !== "blocking" ? "s" : ""}`);
  const said = findings.length === 0 ? "No findings: the description follows the practices."
    : `${findings.length} finding${findings.length > 1 ? "s" : ""}: ${parts.join(", ")}.`;
  c.summary.textContent = said;
  if (said !== c.lastAnnounced) { c.status.textContent = said; c.lastAnnounced = said; }
  c.updateSubmit();
  c.preview();
}
