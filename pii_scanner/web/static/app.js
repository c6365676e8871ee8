// Light progressive enhancement; every page works without it.
document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll("input[data-select-all]")) {
    box.addEventListener("change", () => {
      const name = box.getAttribute("data-select-all");
      for (const other of document.querySelectorAll(`input[type=checkbox][name="${name}"]`)) other.checked = box.checked;
    });
  }
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
});
