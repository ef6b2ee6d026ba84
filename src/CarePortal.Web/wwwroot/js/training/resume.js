// The resume page hands over the state its link saved, then sends the learner back to their place.
import { KEY, META, emptyState, write } from './storage.js';

const restored = document.getElementById('training-restored-state');
if (restored) {
  const state = Object.assign(emptyState(), JSON.parse(restored.textContent || '{}'));
  write(KEY, state);
  // The link is spent now: until the learner saves again, this tab holds the only copy.
  write(META, { dirty: true, restored: true });
  location.replace('/Training' + (state.section ? '#' + state.section : ''));
}
