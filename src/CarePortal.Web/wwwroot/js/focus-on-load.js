// Moves the focus to the element marked data-focus-on-load (an error a screen reader should hear first).
(() => {
  "use strict";
  const target = document.querySelector("[data-focus-on-load]");
  if (target) target.focus();
})();
