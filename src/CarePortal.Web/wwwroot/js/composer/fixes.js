// A finding's fixes: select it, replace or remove it, or move it to the private details.
export const spanOf = (c, f) => c.text.value.substr(f.start, f.length);

export function select(c, f) {
  c.text.focus();
  c.text.setSelectionRange(f.start, f.start + f.length);
}

// A removal takes one space beside it too, so no double space or " ." is left where the text was.
function tidied(value, start, end) {
  if (value[start - 1] === " " && (end === value.length || /[ .,;:!?]/.test(value[end]))) return [start - 1, end];
  if (value[end] === " " && (start === 0 || value[start - 1] === "\n")) return [start, end + 1];
  return [start, end];
}

// The other findings follow the edit, so a second fix clicked before the review answers still finds its words.
function shifted(findings, done, start, end, by) {
  const moved = n => (n != null && n >= end ? n + by : n);
  return findings
    .filter(o => o !== done && (o.start + o.length <= start || o.start >= end))
    .map(o => ({ ...o, start: moved(o.start), fixStart: moved(o.fixStart) }));
}

function edit(c, f, replacement) {
  const { text } = c;
  if (spanOf(c, f) !== f.text) { c.review(); return; } // the text moved since the review: review again first
  let start = f.fixStart ?? f.start, end = start + (f.fixLength ?? f.length); // a phone number's fix takes out its sentence
  if (replacement === "") [start, end] = tidied(text.value, start, end);
  text.setRangeText(replacement, start, end, "end");
  c.findings = shifted(c.findings, f, start, end, replacement.length - (end - start));
  c.render();
  text.focus();
  c.changed();
  c.review();
}

export const replace = (c, f) => edit(c, f, f.replacement);

export function moveToPrivate(c, f) {
  const { form, text } = c;
  const around = text.value.slice(Math.max(0, f.start - 30), f.start + f.length); // "account number is 4417…"
  const kind = /acc(oun)?t|acct/i.test(around) ? "account" : /pay|\$|check|card|owe/i.test(around) ? "payment" : "directions";
  const target = form.querySelector(`[data-private-target='${kind}']`) || form.querySelector("[data-private-target='directions']");
  if (target.closest("[hidden]")) form.querySelector("[data-private-target='directions']").value += (target.value ? "\n" : "") + f.text;
  else target.value = target.value ? target.value + "\n" + f.text : f.text;
  edit(c, f, "");
  c.saveStatus.textContent = `Moved “${f.text}” to the private details.`;
}
