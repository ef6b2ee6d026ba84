// The rest of the form: the fields each need asks for, submit off while blockers remain (with the reason), and the preview
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

export function updateSubmit(c) {
  const { form, submit, reason, consent, findings, text } = c;
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
  reason.textContent = reasons.length ? "Submit is off: " + reasons.join(" ") : (c.reviewed ? "Ready to submit." : "");
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
