// The review as it is typed: POST /api/review, the newest text only (an older answer is dropped).
let timer = 0;
let inflight = null;

// The items the request asks for: the reviewer judges children's ages and sizes by them.
const itemNames = form => [...form.querySelectorAll("input[name^='Form.Items['][name$='].Name']")]
  .map(i => i.value.trim()).filter(Boolean);

// The children's rows (age, gender, size) of a need that asks for them: sizes given there count as given.
const children = c => {
  const rows = [];
  for (let i = 0; c.ageNeeds.includes(c.need.value) && c.form.elements[`Form.Children[${i}].Age`]; i++) {
    const val = name => c.form.elements[`Form.Children[${i}].${name}`].value.trim();
    if (val("Age") === "") continue;
    rows.push({ age: Number(val("Age")), gender: val("Gender") || null, size: val("Size") || null });
  }
  return rows;
};

export async function review(c) {
  if (inflight) inflight.abort();
  const controller = new AbortController();
  inflight = controller;
  const sent = c.text.value;
  try {
    const answer = await fetch("/api/review", {
      method: "POST",
      // Signed by the cookie, so it carries the page's antiforgery token like a form post.
      headers: { "Content-Type": "application/json", RequestVerificationToken: c.form.querySelector("input[name='__RequestVerificationToken']")?.value ?? "" },
      body: JSON.stringify({ text: sent, need: c.need.value, items: itemNames(c.form), children: children(c) }),
      signal: controller.signal,
    });
    if (!answer.ok) throw new Error(String(answer.status));
    const result = await answer.json();
    if (sent !== c.text.value) return; // typed meanwhile: the next review will come
    c.findings = result.findings;
    c.reviewed = true;
    c.render();
  } catch (e) {
    if (e.name === "AbortError") return;
    c.reviewed = false;
    c.summary.textContent = "The review is not available right now; your text is kept, and it is checked again when you submit.";
    c.updateSubmit();
  } finally {
    if (inflight === controller) inflight = null;
  }
}

export const later = c => { clearTimeout(timer); timer = setTimeout(() => review(c), 300); };
