// The certificate page's print button.
const print = document.getElementById('print-certificate');
if (print) {
  print.addEventListener('click', () => window.print());
}
