// Saving with an email (learners who are not signed in): a link that brings them back to this place, once.
export function wireSaving(page) {
  const form = document.getElementById('save-form');
  if (form) {
    const unsaved = 'Your progress could not be saved just now. It is still in this tab; try again in a moment.';
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = document.getElementById('save-email');
      if (!input.value || !input.checkValidity()) {
        input.setAttribute('aria-invalid', 'true');
        page.say('Enter an email address such as name@example.org.');
        input.focus();
        return;
      }
      input.removeAttribute('aria-invalid');
      page.say('Saving…');
      try {
        const response = await page.post('Email', { email: input.value, state: page.state });
        if (response.ok) {
          page.writeMeta({ dirty: false, savedTo: input.value, savedAt: new Date().toISOString() });
          page.say(`Saved. We sent a link to ${input.value}: it brings you back to this place, on any device, once, within 7 days.`);
        } else if (response.status === 429) {
          page.say((await response.json()).message);
        } else if (response.status === 400) {
          input.setAttribute('aria-invalid', 'true');
          page.say('Enter an email address such as name@example.org.');
        } else {
          page.say(unsaved);
        }
      } catch {
        page.say(unsaved);
      }
    });
  }

  if (page.meta.restored) {
    page.writeMeta({ ...page.meta, restored: false });
    page.say('Welcome back: your place and answers are restored from your link. The link has now been used: save again to get a new one.');
  }
}
