// Leaving: the in-page Exit button says what will be lost; closing or reloading the tab asks the browser's question.
import { KEY, META, plural } from './storage.js';

function loss(page) {
  const { state, meta } = page;
  const work = `${plural(Object.keys(state.answers).length, 'answer')} and ${plural(state.passed.length, 'passed exercise')}`;
  if (page.signedIn) {
    return 'Your progress is kept on your account, so nothing will be lost: you can come back to it from any device.';
  }
  if (!page.hasProgress()) {
    return 'You have not answered anything yet, so nothing will be lost.';
  }
  if (!meta.dirty) {
    return `Your progress (${work}) is saved: the link we emailed to ${meta.savedTo || 'you'} brings you back to it.`;
  }
  return meta.savedTo
    ? `What you did since you saved will be lost: the link we emailed to ${meta.savedTo} brings back only what was saved then. You have ${work}.`
    : `Your progress (${work}) lives only in this browser tab and will be lost. To keep it, cancel and enter your email to save your progress.`;
}

export function wireLeaving(page) {
  let leaving = false;
  const dialog = document.getElementById('exit-dialog');
  const exit = document.getElementById('training-exit');
  exit.addEventListener('click', () => {
    document.getElementById('exit-loss').textContent = loss(page);
    dialog.showModal();
    document.getElementById('exit-cancel').focus();
  });
  document.getElementById('exit-cancel').addEventListener('click', () => {
    dialog.close();
    exit.focus();
  });
  document.getElementById('exit-confirm').addEventListener('click', () => {
    leaving = true;
    if (!page.signedIn) {
      sessionStorage.removeItem(KEY);
      sessionStorage.removeItem(META);
    }
    location.href = '/';
  });
  window.addEventListener('beforeunload', (event) => {
    if (!leaving && !page.signedIn && page.meta.dirty && page.hasProgress()) {
      event.preventDefault();
      event.returnValue = 'Are you sure you want to exit? Your progress has not been saved and will be lost.';
    }
  });
}
