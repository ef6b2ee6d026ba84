// Whether the server would accept the draft if it were submitted now. The page's readiness handler runs the checks submitting
// runs (SubmissionReadiness) on the form as typed, saving nothing: the composer shows that answer, never a guess of its own.
let timer = 0;
let inflight = null;

export async function checkReadiness(c) {
  const { form, submit } = c;
  if (!submit || !form.dataset.readinessUrl) return;
  if (inflight) inflight.abort();
  const controller = new AbortController();
  inflight = controller;
  submit.dataset.verdict = "checking";
  const body = new FormData(form);
  const bill = form.elements["Form.Bill"];
  body.delete("Form.Bill"); // the file travels with the real post only
  if (bill && bill.files && bill.files.length) body.set("Form.BillChosen", "true");
  let verdict = null;
  try {
    const answer = await fetch(form.dataset.readinessUrl, { method: "POST", body, headers: { Accept: "application/json" }, signal: controller.signal });
    if (!answer.ok) throw new Error(String(answer.status));
    verdict = await answer.json();
  } catch (e) {
    if (e.name === "AbortError") return; // a newer check is on its way
  } finally {
    if (inflight === controller) inflight = null;
  }
  c.verdict = verdict;
  submit.dataset.verdict = !verdict ? "unknown" : verdict.ready ? "ready" : "refused";
  c.updateSubmit();
}

// After a change: any answer still on its way is about the form as it was, so it is dropped; the button says "checking" until
// the answer about the form as it is now arrives.
export function readinessLater(c) {
  if (!c.submit || !c.form.dataset.readinessUrl) return;
  if (inflight) inflight.abort();
  c.submit.dataset.verdict = "checking";
  clearTimeout(timer);
  timer = setTimeout(() => checkReadiness(c), 300);
}
