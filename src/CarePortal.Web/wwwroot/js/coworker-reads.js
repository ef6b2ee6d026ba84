// After marking a draft read or asking for a read (post-redirect-get), move focus to the confirmation so keyboard and screen reader users hear it.
(function () {
  "use strict";
  var message = document.getElementById("confirmation");
  if (message) {
    message.focus();
  }
})();
