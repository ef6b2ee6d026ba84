// The "Learn Best Practices" page: the learner's place and answers in sessionStorage, live grading by the reviewer,
// saving (account or emailed link), and the exit prompt. Plain JavaScript, no dependencies.
(() => {
  'use strict';

  const KEY = 'careportal-training';
  const META = 'careportal-training-meta';

  const read = (key, fallback) => {
    try {
      const value = JSON.parse(sessionStorage.getItem(key) || 'null');
      return value && typeof value === 'object' ? value : fallback;
    } catch {
      return fallback;
    }
  };
  const write = (key, value) => sessionStorage.setItem(key, JSON.stringify(value));
  const emptyState = () => ({ section: null, answers: {}, rewrites: {}, passed: [] });

  // The resume page hands over the state its link saved, then sends the learner back to their place.
  const restored = document.getElementById('training-restored-state');
  if (restored) {
    const state = Object.assign(emptyState(), JSON.parse(restored.textContent || '{}'));
    write(KEY, state);
    // The link is spent now: until the learner saves again, this tab holds the only copy.
    write(META, { dirty: true, restored: true });
    location.replace('/Training' + (state.section ? '#' + state.section : ''));
    return;
  }

  const print = document.getElementById('print-certificate');
  if (print) {
    print.addEventListener('click', () => window.print());
  }

  const root = document.getElementById('training');
  if (!root) {
    return;
  }

  const signedIn = root.dataset.signedIn === 'true';
  const antiforgery = root.querySelector('input[name="__RequestVerificationToken"]').value;
  const sections = [...root.querySelectorAll('.training-section')];
  const practiceSections = sections.filter((s) => s.id !== 'summary');
  let state = Object.assign(emptyState(), read(KEY, {}));
  let meta = read(META, { dirty: false });
  let leaving = false;

  // A signed-in learner starts from what their account holds, keeping anything newer from this tab.
  const saved = document.getElementById('training-saved-state');
  if (saved) {
    const server = Object.assign(emptyState(), JSON.parse(saved.textContent || '{}'));
    state.answers = Object.assign({}, server.answers, state.answers);
    state.rewrites = Object.assign({}, server.rewrites, state.rewrites);
    state.passed = [...new Set([...(server.passed || []), ...(state.passed || [])])];
    state.section = state.section || server.section;
  }

  const post = async (handler, body) => {
    const response = await fetch('/Training?handler=' + handler, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', RequestVerificationToken: antiforgery },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    return response;
  };

  const hasProgress = () => Object.keys(state.answers).length > 0 || state.passed.length > 0 || Object.keys(state.rewrites).length > 0;

  let pushTimer = 0;
  const persist = (changed) => {
    write(KEY, state);
    if (changed) {
      meta.dirty = true;
      write(META, meta);
      if (signedIn) {
        clearTimeout(pushTimer);
        pushTimer = setTimeout(pushToAccount, 800);
      }
    }
  };

  const status = document.getElementById('save-status');
  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  async function pushToAccount() {
    try {
      const response = await post('Progress', state);
      if (!response.ok) {
        say('Your progress could not be saved to your account just now; it is kept in this tab.');
        return;
      }
      const view = await response.json();
      state.passed = view.state.passed;
      write(KEY, state);
      meta.dirty = false;
      write(META, meta);
      say('Progress saved to your account.');
      refresh();
    } catch {
      say('Your progress could not be saved to your account just now; it is kept in this tab.');
    }
  }

  // Progress: a practice is complete when its check is answered correctly and one of its exercises passed.
  const questionCorrect = (fieldset) => String(state.answers[fieldset.dataset.question]) === fieldset.dataset.answer;
  const sectionComplete = (section) =>
    [...section.querySelectorAll('.training-question')].every(questionCorrect)
    && [...section.querySelectorAll('.training-exercise')].some((e) => state.passed.includes(e.dataset.exercise));

  function refresh() {
    const done = practiceSections.filter(sectionComplete);
    const bar = document.getElementById('training-progress');
    bar.value = done.length;
    bar.textContent = `${done.length} of ${practiceSections.length}`;
    const current = practiceSections.findIndex((s) => s.id === state.section);
    const where = current >= 0 ? ` You are on practice ${current + 1} of ${practiceSections.length}.` : '';
    document.getElementById('training-progress-text').textContent =
      `${done.length} of ${practiceSections.length} practices complete.${where}`;
    for (const section of practiceSections) {
      const complete = done.includes(section);
      const toc = root.querySelector(`[data-toc-status="${section.id}"]`);
      toc.textContent = complete ? '(complete)' : '';
      root.querySelector(`[data-summary-status="${section.id}"]`).textContent = complete ? 'complete' : 'not yet complete';
    }
    const all = done.length === practiceSections.length;
    document.getElementById('summary-certificate').hidden = !all;
    document.getElementById('summary-text').textContent = all
      ? 'You have completed all seven practices.'
      : 'Complete each practice\'s check and one of its exercises to finish the training.';
  }

  // Navigation: one practice at a time; the address (#id) and the stored state remember where the learner is.
  function show(id, focus) {
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
      persist(true);
    }
    for (const exercise of target.querySelectorAll('.training-exercise')) {
      if (state.rewrites[exercise.dataset.exercise] !== undefined && !exercise.dataset.graded) {
        grade(exercise);
      }
    }
    refresh();
    if (focus) {
      target.focus();
    }
  }

  window.addEventListener('hashchange', () => show(location.hash.slice(1), true));

  // Knowledge checks.
  for (const fieldset of root.querySelectorAll('.training-question')) {
    const id = fieldset.dataset.question;
    const feedback = fieldset.querySelector('.question-feedback');
    const explain = () => {
      const correct = questionCorrect(fieldset);
      feedback.textContent = correct ? `Correct. ${feedback.dataset.feedback}` : 'Not quite. Read the practice again and try another answer.';
      feedback.className = 'question-feedback ' + (correct ? 'is-correct' : 'is-wrong');
    };
    if (state.answers[id] !== undefined) {
      const choice = fieldset.querySelector(`input[value="${state.answers[id]}"]`);
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
      state.answers[id] = Number(chosen.value);
      persist(true);
      explain();
      refresh();
    });
  }

  // Exercises, graded by the reviewer as the learner types.
  const sequence = new Map();
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

  async function grade(exercise) {
    const id = exercise.dataset.exercise;
    const textarea = exercise.querySelector('textarea');
    const result = exercise.querySelector('.exercise-result');
    const list = exercise.querySelector('.exercise-findings');
    const mine = (sequence.get(id) || 0) + 1;
    sequence.set(id, mine);
    exercise.dataset.graded = 'true';
    let response;
    try {
      response = await post('Grade', { exerciseId: id, text: textarea.value });
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
    const grade = await response.json();
    const counting = grade.findings.filter((f) => f.counts);
    const blockers = counting.filter((f) => f.severity === 'blocker').length;
    const others = counting.length - blockers;
    result.className = 'exercise-result ' + (grade.passed ? 'is-passed' : 'is-failed');
    result.textContent = grade.passed
      ? 'Passed: no blocker or warning remains.' + (grade.findings.length ? ' The reviewer still has a suggestion below.' : '')
      : `Not yet: ${plural(counting.length, 'finding')} to fix (${plural(blockers, 'blocker')}, ${others} more).`;
    list.replaceChildren(...grade.findings.map((finding) => {
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
    }));
    const changed = state.rewrites[id] !== textarea.value || state.passed.includes(id) !== grade.passed;
    state.rewrites[id] = textarea.value;
    state.passed = state.passed.filter((p) => p !== id);
    if (grade.passed) {
      state.passed.push(id);
    }
    persist(changed);
    refresh();
  }

  for (const exercise of root.querySelectorAll('.training-exercise')) {
    const id = exercise.dataset.exercise;
    const textarea = exercise.querySelector('textarea');
    if (state.rewrites[id] !== undefined) {
      textarea.value = state.rewrites[id];
    }
    let timer = 0;
    textarea.addEventListener('input', () => {
      state.rewrites[id] = textarea.value;
      persist(true);
      clearTimeout(timer);
      timer = setTimeout(() => grade(exercise), 600);
    });
    exercise.querySelector('.grade').addEventListener('click', () => grade(exercise));
    exercise.querySelector('.reset').addEventListener('click', () => {
      textarea.value = textarea.dataset.original;
      grade(exercise);
      textarea.focus();
    });
  }

  // Saving with an email (learners who are not signed in).
  const form = document.getElementById('save-form');
  if (form) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = document.getElementById('save-email');
      if (!input.value || !input.checkValidity()) {
        input.setAttribute('aria-invalid', 'true');
        say('Enter an email address such as name@example.org.');
        input.focus();
        return;
      }
      input.removeAttribute('aria-invalid');
      say('Saving…');
      try {
        const response = await post('Email', { email: input.value, state });
        if (response.ok) {
          meta = { dirty: false, savedTo: input.value, savedAt: new Date().toISOString() };
          write(META, meta);
          say(`Saved. We sent a link to ${input.value}: it brings you back to this place, on any device, once, within 7 days.`);
        } else if (response.status === 429) {
          say((await response.json()).message);
        } else if (response.status === 400) {
          input.setAttribute('aria-invalid', 'true');
          say('Enter an email address such as name@example.org.');
        } else {
          say('Your progress could not be saved just now. It is still in this tab; try again in a moment.');
        }
      } catch {
        say('Your progress could not be saved just now. It is still in this tab; try again in a moment.');
      }
    });
  }

  if (meta.restored) {
    meta.restored = false;
    write(META, meta);
    say('Welcome back: your place and answers are restored from your link. The link has now been used: save again to get a new one.');
  }

  // Leaving: the in-page Exit button says what will be lost; closing or reloading the tab asks the browser's question.
  const unsaved = () => !signedIn && meta.dirty && hasProgress();
  const loss = () => {
    const answered = Object.keys(state.answers).length;
    const passed = state.passed.length;
    const work = `${plural(answered, 'answer')} and ${plural(passed, 'passed exercise')}`;
    if (signedIn) {
      return 'Your progress is kept on your account, so nothing will be lost: you can come back to it from any device.';
    }
    if (!hasProgress()) {
      return 'You have not answered anything yet, so nothing will be lost.';
    }
    if (!meta.dirty) {
      return `Your progress (${work}) is saved: the link we emailed to ${meta.savedTo || 'you'} brings you back to it.`;
    }
    return meta.savedTo
      ? `What you did since you saved will be lost: the link we emailed to ${meta.savedTo} brings back only what was saved then. You have ${work}.`
      : `Your progress (${work}) lives only in this browser tab and will be lost. To keep it, cancel and enter your email to save your progress.`;
  };

  const dialog = document.getElementById('exit-dialog');
  const exit = document.getElementById('training-exit');
  exit.addEventListener('click', () => {
    document.getElementById('exit-loss').textContent = loss();
    dialog.showModal();
    document.getElementById('exit-cancel').focus();
  });
  document.getElementById('exit-cancel').addEventListener('click', () => {
    dialog.close();
    exit.focus();
  });
  document.getElementById('exit-confirm').addEventListener('click', () => {
    leaving = true;
    if (!signedIn) {
      sessionStorage.removeItem(KEY);
      sessionStorage.removeItem(META);
    }
    location.href = '/';
  });
  window.addEventListener('beforeunload', (event) => {
    if (!leaving && unsaved()) {
      event.preventDefault();
      event.returnValue = 'Are you sure you want to exit? Your progress has not been saved and will be lost.';
    }
  });

  if (signedIn && hasProgress() && (saved === null || meta.dirty)) {
    pushToAccount();
  }
  show(location.hash.slice(1) || state.section, false);
})();
