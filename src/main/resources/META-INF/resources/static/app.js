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
  function recompute() {
    document.querySelectorAll("[data-sum-of]").forEach(function (out) {
      var key = out.getAttribute("data-sum-of");
      var total = 0;
      document.querySelectorAll('[data-sum="' + key + '"]').forEach(function (input) {
        var value = parseFloat(input.value);
        if (!isNaN(value)) {
          total += value;
        }
      });
      out.textContent = total.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    });
  }
  document.addEventListener("input", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-sum")) {
      recompute();
    }
  });
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
