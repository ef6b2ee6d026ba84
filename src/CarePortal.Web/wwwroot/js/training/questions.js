// Knowledge checks: the chosen answer is kept and explained.
import { questionCorrect } from './progress.js';

export function wireQuestions(page) {
  for (const fieldset of page.root.querySelectorAll('.training-question')) {
    const id = fieldset.dataset.question;
    const feedback = fieldset.querySelector('.question-feedback');
    const explain = () => {
      const correct = questionCorrect(page, fieldset);
      feedback.textContent = correct ? `Correct. ${feedback.dataset.feedback}` : 'Not quite. Read the practice again and try another answer.';
      feedback.className = 'question-feedback ' + (correct ? 'is-correct' : 'is-wrong');
    };
    if (page.state.answers[id] !== undefined) {
      const choice = fieldset.querySelector(`input[value="${page.state.answers[id]}"]`);
      if (choice) {
        choice.checked = true;
        explain();
      }
    }
    fieldset.querySelector('.check-answer').addEventListener('click', () => {
      const chosen = fieldset.querySelector('input:checked');
      if (!chosen) {
        feedback.textContent = 'Choose an answer first.';
        feedback.className = 'question-feedback is-wrong';
        return;
      }
      page.state.answers[id] = Number(chosen.value);
      page.persist(true);
      explain();
      page.refresh();
    });
  }
}
