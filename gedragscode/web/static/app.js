// A little progressive enhancement; every page works without it.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // After a failed submit, bring the list of errors into view and to the screen reader.
  const summary = document.querySelector("[data-focus]");
  if (summary) summary.focus();

  // The letter form: tick off a required element as soon as the fields it needs are filled in.
  const checklist = document.querySelector("[data-checklist]");
  const form = document.querySelector("form[method=post]");
  if (!checklist || !form) return;
  const filled = (name) =>
    Array.from(form.elements).some(
      (el) => el.name === name && (el.type === "checkbox" || el.type === "radio" ? el.checked : el.value.trim() !== ""),
    );
  const update = () => {
    for (const item of checklist.querySelectorAll("li[data-fields]")) {
      const names = item.dataset.fields.split(" ").filter(Boolean);
      const done = names.every(filled);
      item.classList.toggle("done", done);
      item.classList.toggle("open", !done);
      item.querySelector(".tick").textContent = done ? "✓" : "○";
      item.querySelector(".state").textContent = done ? "ingevuld: " : "nog niet ingevuld: ";
    }
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
});
