// Exercises, graded by the reviewer as the learner types.
import { plural } from './storage.js';

const sequence = new Map();

function findingItem(finding) {
  const item = document.createElement('li');
  item.className = 'finding finding-' + finding.severity;
  const head = document.createElement('strong');
  head.textContent = finding.severity.charAt(0).toUpperCase() + finding.severity.slice(1);
  item.append(head, finding.text ? ` “${finding.text}”: ` : ': ', finding.message);
  if (finding.replacement) {
    item.append(` Suggested: “${finding.replacement}”.`);
  }
  if (finding.explanation) {
    const why = document.createElement('span');
    why.className = 'finding-why';
    why.textContent = finding.explanation;
    item.append(why);
  }
  return item;
}

export async function grade(page, exercise) {
  const { state } = page;
  const id = exercise.dataset.exercise;
  const textarea = exercise.querySelector('textarea');
  const result = exercise.querySelector('.exercise-result');
  const mine = (sequence.get(id) || 0) + 1;
  sequence.set(id, mine);
  exercise.dataset.graded = 'true';
  let response;
  try {
    response = await page.post('Grade', { exerciseId: id, text: textarea.value });
  } catch {
    result.textContent = 'The reviewer could not be reached. Try again in a moment.';
    return;
  }
  if (sequence.get(id) !== mine) {
    return;
  }
  if (!response.ok) {
    result.textContent = 'The reviewer could not check this text (it may be too long).';
    return;
  }
  const graded = await response.json();
  const counting = graded.findings.filter((f) => f.counts);
  const blockers = counting.filter((f) => f.severity === 'blocker').length;
  const others = counting.length - blockers;
  result.className = 'exercise-result ' + (graded.passed ? 'is-passed' : 'is-failed');
  result.textContent = graded.passed
    ? 'Passed: no blocker or warning remains.' + (graded.findings.length ? ' The reviewer still has a suggestion below.' : '')
    : `Not yet: ${plural(counting.length, 'finding')} to fix (${plural(blockers, 'blocker')}, ${others} more).`;
  exercise.querySelector('.exercise-findings').replaceChildren(...graded.findings.map(findingItem));
  const changed = state.rewrites[id] !== textarea.value || state.passed.includes(id) !== graded.passed;
  state.rewrites[id] = textarea.value;
  state.passed = state.passed.filter((p) => p !== id);
  if (graded.passed) {
    state.passed.push(id);
  }
  page.persist(changed);
  page.refresh();
}

export function wireExercises(page) {
  for (const exercise of page.root.querySelectorAll('.training-exercise')) {
    const id = exercise.dataset.exercise;
    const textarea = exercise.querySelector('textarea');
    if (page.state.rewrites[id] !== undefined) {
      textarea.value = page.state.rewrites[id];
    }
    let timer = 0;
    textarea.addEventListener('input', () => {
      page.state.rewrites[id] = textarea.value;
      page.persist(true);
      clearTimeout(timer);
      timer = setTimeout(() => grade(page, exercise), 600);
    });
    exercise.querySelector('.grade').addEventListener('click', () => grade(page, exercise));
    exercise.querySelector('.reset').addEventListener('click', () => {
      textarea.value = textarea.dataset.original;
      grade(page, exercise);
      textarea.focus();
    });
  }
}
