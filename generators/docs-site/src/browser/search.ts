// The index page's search: shows the operations whose name or summary holds every word typed,
// and says how many match. The box stays hidden without JavaScript, where the list is whole.

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
}

/** Wires the search box of the index, if the page has one. */
export function startSearch(doc: Document = document): void {
  const box = doc.getElementById("search-box");
  const input = doc.getElementById("search") as HTMLInputElement | null;
  const list = doc.getElementById("operations");
  const count = doc.getElementById("search-count");
  if (!box || !input || !list || !count) return;
  const items = [...list.querySelectorAll("li")].map((li) => ({
    li,
    text: (li.textContent ?? "").toLowerCase(),
  }));
  const update = () => {
    const wanted = words(input.value);
    let shown = 0;
    for (const { li, text } of items) {
      const match = wanted.every((w) => text.includes(w));
      li.hidden = !match;
      if (match) shown++;
    }
    count.textContent = `${shown} of ${items.length} operation${items.length === 1 ? "" : "s"}`;
  };
  input.addEventListener("input", update);
  box.hidden = false;
  update();
}
