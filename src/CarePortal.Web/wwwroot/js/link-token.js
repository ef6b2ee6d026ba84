// A secret link keeps its token in the fragment, which browsers never send, so no server or proxy logs it: post it instead.
const form = document.querySelector("form[data-link-token]");
const token = location.hash.slice(1);
if (form && token) {
  history.replaceState(null, "", location.pathname);
  form.querySelector("input[name='Token']").value = token;
  form.submit();
}
