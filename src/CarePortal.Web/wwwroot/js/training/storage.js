// The learner's place and answers (state) and what is saved of them (meta), kept in this tab's sessionStorage.
export const KEY = 'careportal-training';
export const META = 'careportal-training-meta';

export const read = (key, fallback) => {
  try {
    const value = JSON.parse(sessionStorage.getItem(key) || 'null');
    return value && typeof value === 'object' ? value : fallback;
  } catch {
    return fallback;
  }
};

export const write = (key, value) => sessionStorage.setItem(key, JSON.stringify(value));

export const emptyState = () => ({ section: null, answers: {}, rewrites: {}, passed: [] });

export const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
