// The "Learn Best Practices" page: the learner's place and answers in sessionStorage, live grading by the reviewer,
// saving (account or emailed link), and the exit prompt. Plain JavaScript modules, no dependencies.
import { trainingPage } from './training/page.js';
import { refresh, show } from './training/progress.js';
import { wireQuestions } from './training/questions.js';
import { grade, wireExercises } from './training/exercises.js';
import { wireSaving } from './training/saving.js';
import { wireLeaving } from './training/leaving.js';

const root = document.getElementById('training');
if (root) {
  const page = trainingPage(root);
  page.refresh = () => refresh(page);
  page.grade = (exercise) => grade(page, exercise);
  window.addEventListener('hashchange', () => show(page, location.hash.slice(1), true));
  wireQuestions(page);
  wireExercises(page);
  wireSaving(page);
  wireLeaving(page);
  if (page.signedIn && page.hasProgress() && (page.saved === null || page.meta.dirty)) {
    page.pushToAccount();
  }
  show(page, location.hash.slice(1) || page.state.section, false);
}
