// The rest of the form: the fields each need asks for, submit on or off as the server would answer (with its reasons), and the preview
// of the public part as a church sees it.
const sizeLabels = { clothing: "Clothing and shoe size", "baby-items": "Diaper or clothing size", bed: "Bed size", "school-supplies": "Grade" };

export function showNeedFields(c) {
  const { form, need } = c;
  for (const el of form.querySelectorAll("[data-needs]")) el.hidden = !el.dataset.needs.split(" ").includes(need.value);
  const label = sizeLabels[need.value] || "Size";
  for (const l of form.querySelectorAll("[data-size-label]")) l.textContent = label;
  if (!c.ageNeeds.includes(need.value)) {
    for (const input of form.querySelectorAll(".need-fields[data-needs] [name^='Form.Children']")) input.disabled = true;
  } else {
    for (const input of form.querySelectorAll("[name^='Form.Children']")) input.disabled = false;
  }
}

// The server's verdict (readiness.js): submit is on when it would accept, off with its reasons when not; a field's own reason is
// also said at the field (the supervisor). No verdict (the check failed): submit stays on, and the server checks it then.
export function updateSubmit(c) {
  const { form, submit, reason, verdict } = c;
  if (!submit) return;
  for (const at of form.querySelectorAll("[data-valmsg-for]")) {
    const own = verdict && !verdict.ready ? verdict.reasons.filter(r => r.field === at.dataset.valmsgFor) : [];
    if (own.length || at.dataset.fromVerdict) { at.textContent = own.map(r => r.message).join(" "); at.dataset.fromVerdict = own.length ? "1" : ""; }
  }
  if (!verdict) {
    submit.setAttribute("aria-disabled", "false");
    reason.replaceChildren();
    return;
  }
  submit.setAttribute("aria-disabled", verdict.ready ? "false" : "true");
  if (verdict.ready) { reason.textContent = "Ready to submit."; return; }
  const list = document.createElement("ul");
  for (const r of verdict.reasons) {
    const li = document.createElement("li");
    const target = r.field && form.elements[r.field];
    if (target && target.id) {
      const a = document.createElement("a");
      a.href = "#" + target.id;
      a.textContent = r.message;
      li.append(a);
    } else li.textContent = r.message;
    list.append(li);
  }
  reason.replaceChildren("Submit is off:", list);
}

export function preview(c) {
  const { form, need, text, ageNeeds } = c;
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
