// After marking a draft read or asking for a read, move focus to the message so keyboard and screen reader users hear it.
(function () {
  "use strict";
  var message = document.getElementById("reads-message");
  if (message) {
    message.focus();
  }
})();
