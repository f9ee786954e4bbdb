// Shows a quotation's attribution on hover and focus, and filters the
// highlights by speaker from the side panel. Plain JavaScript, no library.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var tip = document.getElementById("tip");
  var buttons = Array.prototype.slice.call(document.querySelectorAll("#speakers button[data-who]"));
  var current = null;

  // The native title tooltips serve readers without JavaScript; this
  // script shows a richer one instead.
  text.querySelectorAll(".q[title]").forEach(function (el) { el.removeAttribute("title"); });

  function fragments(q) { return text.querySelectorAll('.q[data-q="' + q.dataset.q + '"]'); }
  function links(q) { return text.querySelectorAll('[data-of~="' + q.dataset.q + '"]'); }

  function row(dl, name, value) {
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = name;
    dd.textContent = value;
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function place(q) {
    var r = q.getClientRects()[0] || q.getBoundingClientRect();
    var left = Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + window.scrollX + "px";
    tip.style.top = r.bottom + window.scrollY + 6 + "px";
  }

  function show(q) {
    if (q === current) { return; }
    hide();
    current = q;
    var d = q.dataset;
    var dl = document.createElement("dl");
    row(dl, "Speaker", d.speaker);
    if (d.addressee) { row(dl, "Addressee", d.addressee); }
    row(dl, "Kind", d.kind);
    row(dl, "Rule", d.rule);
    row(dl, "Confidence", d.confidence);
    tip.replaceChildren(dl);
    tip.hidden = false;
    place(q);
    fragments(q).forEach(function (el) { el.classList.add("active"); });
    links(q).forEach(function (el) { el.classList.add("linked"); });
  }

  function hide() {
    if (!current) { return; }
    fragments(current).forEach(function (el) { el.classList.remove("active"); });
    links(current).forEach(function (el) { el.classList.remove("linked"); });
    current = null;
    tip.hidden = true;
  }

  function quoteAt(target) { return target.closest ? target.closest(".q") : null; }

  text.addEventListener("mouseover", function (e) {
    var q = quoteAt(e.target);
    if (q) { show(q); } else { hide(); }
  });
  text.addEventListener("mouseleave", hide);
  text.addEventListener("focusin", function (e) {
    var q = quoteAt(e.target);
    if (q) { show(q); }
  });
  text.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); }
  });

  function only(who) {
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.who === who)); });
    text.querySelectorAll(".q, .mention, .cue").forEach(function (el) {
      el.classList.toggle("dim", who !== null && el.dataset.who !== who);
    });
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      only(b.getAttribute("aria-pressed") === "true" ? null : b.dataset.who);
    });
  });
})();
