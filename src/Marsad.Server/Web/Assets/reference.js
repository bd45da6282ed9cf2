// Lists the operations of this server's OpenAPI document, grouped by tag. Text is set with textContent only.
(async () => {
  const root = document.getElementById("operations");
  const add = (parent, tag, text, cls) => {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  };
  try {
    const response = await fetch("/openapi/v1.json");
    const api = await response.json();
    root.textContent = "";
    add(root, "p", `${api.info?.title ?? ""} ${api.info?.version ?? ""}`);
    const byTag = new Map();
    for (const [path, item] of Object.entries(api.paths ?? {})) {
      for (const [method, op] of Object.entries(item)) {
        if (!["get", "post", "put", "delete", "patch"].includes(method)) continue;
        const tag = (op.tags ?? ["other"])[0];
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push({ path, method, op });
      }
    }
    for (const tag of [...byTag.keys()].sort()) {
      add(root, "h2", tag);
      const list = add(root, "ul");
      for (const { path, method, op } of byTag.get(tag)) {
        const li = add(list, "li");
        add(li, "span", method.toUpperCase(), "method");
        add(li, "code", path);
        if (op.summary) add(li, "div", op.summary, "meta");
        const params = (op.parameters ?? []).map(p => p.name + (p.required ? "*" : ""));
        if (params.length) add(li, "div", "parameters: " + params.join(", "), "meta");
      }
    }
  } catch (e) {
    root.textContent = "cannot read /openapi/v1.json: " + e;
  }
})();
