// Standing offers near the family: asked of the server (GET data-url, the Offers feature) as the need, the tier, the ZIP or
// the county changes, and shown beside the form: each church's name (or that a community partner of a kind offers through a
// connecting church) and what is offered, never how to reach anyone. Tier-2 and tier-3 requests match no offer.
let timer = 0;
let asked = 0;

export function offersLater(c) {
  clearTimeout(timer);
  timer = setTimeout(() => showOffers(c), 400);
}

export async function showOffers(c) {
  const box = document.getElementById("offers-nearby");
  if (!box) return;
  const zip = (c.form.querySelector("input[name='Form.Zip']")?.value || "").trim();
  const county = c.form.querySelector("select[name='Form.CountyId']")?.value || "";
  const tier = c.form.querySelector("select[name='Form.Tier']")?.value || "1";
  if (!/^\d{5}$/.test(zip)) { box.hidden = true; return; }
  const query = new URLSearchParams({ need: c.need.value, zip, tier });
  if (county) query.set("countyId", county);
  const mine = ++asked;
  let offers = [];
  try {
    const response = await fetch(box.dataset.url + "?" + query, { headers: { Accept: "application/json" } });
    offers = response.ok ? await response.json() : [];
  } catch {
    offers = [];
  }
  if (mine !== asked) return; // a later question's answer wins
  const list = box.querySelector("ul");
  list.replaceChildren(...offers.map(o => {
    const item = document.createElement("li");
    const offerer = document.createElement("strong");
    offerer.textContent = o.offerer;
    const until = new Date(o.expiresOn + "T00:00:00").toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" });
    item.append(offerer, `: ${o.quantity} × ${o.item}, about ${o.miles} ${o.miles === 1 ? "mile" : "miles"} away, until ${until}`);
    return item;
  }));
  box.querySelector("[data-count]").textContent = offers.length === 1 ? "1 standing offer nearby matches this need." : `${offers.length} standing offers nearby match this need.`;
  box.hidden = offers.length === 0;
}
