// A disclosure folded on a phone (<details data-open-wide>) is open from tablet width up, where there is room for it.
for (const d of document.querySelectorAll("details[data-open-wide]")) {
  if (window.matchMedia("(min-width: 40em)").matches) d.open = true;
}
