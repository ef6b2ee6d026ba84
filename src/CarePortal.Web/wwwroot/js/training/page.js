// What every part of the training page shares: the learner's state, saving it (this tab, and the account when signed in),
// the status line, and the page's own POST handlers.
import { KEY, META, emptyState, read, write } from './storage.js';

export function trainingPage(root) {
  const signedIn = root.dataset.signedIn === 'true';
  const antiforgery = root.querySelector('input[name="__RequestVerificationToken"]').value;
  const status = document.getElementById('save-status');
  const page = {
    root,
    signedIn,
    sections: [...root.querySelectorAll('.training-section')],
    state: Object.assign(emptyState(), read(KEY, {})),
    meta: read(META, { dirty: false }),
    saved: document.getElementById('training-saved-state'),
    refresh: () => {},
    grade: async () => {},
  };
  page.practiceSections = page.sections.filter((s) => s.id !== 'summary');

  // A signed-in learner starts from what their account holds, keeping anything newer from this tab.
  if (page.saved) {
    const server = Object.assign(emptyState(), JSON.parse(page.saved.textContent || '{}'));
    const { state } = page;
    state.answers = Object.assign({}, server.answers, state.answers);
    state.rewrites = Object.assign({}, server.rewrites, state.rewrites);
    state.passed = [...new Set([...(server.passed || []), ...(state.passed || [])])];
    state.section = state.section || server.section;
  }

  page.post = (handler, body) => fetch('/Training?handler=' + handler, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', RequestVerificationToken: antiforgery },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });

  page.say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  page.hasProgress = () => Object.keys(page.state.answers).length > 0 || page.state.passed.length > 0
    || Object.keys(page.state.rewrites).length > 0;

  page.writeMeta = (meta) => {
    page.meta = meta;
    write(META, meta);
  };

  page.pushToAccount = async () => {
    const failed = 'Your progress could not be saved to your account just now; it is kept in this tab.';
    try {
      const response = await page.post('Progress', page.state);
      if (!response.ok) {
        page.say(failed);
        return;
      }
      const view = await response.json();
      page.state.passed = view.state.passed;
      write(KEY, page.state);
      page.writeMeta({ ...page.meta, dirty: false });
      page.say('Progress saved to your account.');
      page.refresh();
    } catch {
      page.say(failed);
    }
  };

  let pushTimer = 0;
  page.persist = (changed) => {
    write(KEY, page.state);
    if (changed) {
      page.writeMeta({ ...page.meta, dirty: true });
      if (signedIn) {
        clearTimeout(pushTimer);
        pushTimer = setTimeout(page.pushToAccount, 800);
      }
    }
  };

  return page;
}
