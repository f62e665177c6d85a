/* Progressive enhancement only: every form works without this file. */
(function () {
  "use strict";
  // Ask before an irreversible action: <form data-confirm="Submit?">.
  document.addEventListener("submit", function (event) {
    var text = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (text && !window.confirm(text)) {
      event.preventDefault();
    }
  });
  // Live sums: <input data-sum="key"> inputs add up into <output data-sum-of="key">.
  // Amounts may be typed grouped ("25,000" or "25 000"): separators are dropped before reading.
  function amount(text) {
    return parseFloat(String(text).replace(/[\s,\u00a0\u202f]/g, ""));
  }
  // A budget row adds to its source's dollar total; its source and currency are chosen in the row.
  function rowKeys() {
    document.querySelectorAll("[data-sum-row]").forEach(function (input) {
      var row = input.closest("tr");
      var source = row && row.querySelector("select[name=lineSource]");
      var currency = row && row.querySelector("select[name=lineCurrency]");
      var usd = !currency || currency.value === "USD";
      input.setAttribute("data-sum", source && source.value && usd ? "planned-" + source.value : "");
    });
  }
  function recompute() {
    rowKeys();
    document.querySelectorAll("[data-sum-of]").forEach(function (out) {
      var key = out.getAttribute("data-sum-of");
      var total = 0;
      document.querySelectorAll('[data-sum="' + key + '"]').forEach(function (input) {
        var value = amount(input.value);
        if (!isNaN(value)) {
          total += value;
        }
      });
      out.textContent = total.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    });
  }
  function changed(event) {
    var t = event.target;
    if (t.hasAttribute && (t.hasAttribute("data-sum") || t.hasAttribute("data-sum-row")
        || t.name === "lineSource" || t.name === "lineCurrency")) {
      recompute();
    }
  }
  document.addEventListener("input", changed);
  document.addEventListener("change", changed);
  // Filter a long list as you type: <input data-filter="listId">, items are <li> or <tr>.
  document.addEventListener("input", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-filter");
    if (!id) {
      return;
    }
    var needle = event.target.value.trim().toLowerCase();
    var list = document.getElementById(id);
    if (list) {
      list.querySelectorAll("li, tbody tr").forEach(function (item) {
        item.hidden = needle !== "" && item.textContent.toLowerCase().indexOf(needle) < 0;
      });
    }
  });
})();
