// Progress and navigation: a practice is complete when its check is answered correctly and one of its exercises passed;
// one practice shows at a time, and the address (#id) and the stored state remember which.
export const questionCorrect = (page, fieldset) => String(page.state.answers[fieldset.dataset.question]) === fieldset.dataset.answer;

const sectionComplete = (page, section) =>
  [...section.querySelectorAll('.training-question')].every((q) => questionCorrect(page, q))
  && [...section.querySelectorAll('.training-exercise')].some((e) => page.state.passed.includes(e.dataset.exercise));

export function refresh(page) {
  const { root, practiceSections, state } = page;
  const done = practiceSections.filter((s) => sectionComplete(page, s));
  const bar = document.getElementById('training-progress');
  bar.value = done.length;
  bar.textContent = `${done.length} of ${practiceSections.length}`;
  const current = practiceSections.findIndex((s) => s.id === state.section);
  const where = current >= 0 ? ` You are on practice ${current + 1} of ${practiceSections.length}.` : '';
  document.getElementById('training-progress-text').textContent =
    `${done.length} of ${practiceSections.length} practices complete.${where}`;
  for (const section of practiceSections) {
    const complete = done.includes(section);
    root.querySelector(`[data-toc-status="${section.id}"]`).textContent = complete ? '(complete)' : '';
    root.querySelector(`[data-summary-status="${section.id}"]`).textContent = complete ? 'complete' : 'not yet complete';
  }
  const all = done.length === practiceSections.length;
  document.getElementById('summary-certificate').hidden = !all;
  document.getElementById('summary-text').textContent = all
    ? 'You have completed all seven practices.'
    : 'Complete each practice\'s check and one of its exercises to finish the training.';
}

export function show(page, id, focus) {
  const { root, sections, practiceSections, state } = page;
  const target = sections.find((s) => s.id === id) || practiceSections[0];
  for (const section of sections) {
    section.hidden = section !== target;
  }
  for (const link of root.querySelectorAll('[data-toc]')) {
    if (link.dataset.toc === target.id) {
      link.setAttribute('aria-current', 'step');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  if (target.id !== 'summary' && state.section !== target.id) {
    state.section = target.id;
    page.persist(true);
  }
  for (const exercise of target.querySelectorAll('.training-exercise')) {
    if (state.rewrites[exercise.dataset.exercise] !== undefined && !exercise.dataset.graded) {
      page.grade(exercise);
    }
  }
  refresh(page);
  if (focus) {
    target.focus();
  }
}
