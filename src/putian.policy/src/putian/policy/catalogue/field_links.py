"""A link to one field of an edit form (``…/edit#formfield-form-widgets-x``,
as the reasons an item cannot be published give them) opens the form's tab
that holds the field, and puts the cursor in it.

Plone's tabs (pat-autotoc) open only the first tab, whatever the address
names; this script, on every page of the layer, does nothing unless the
address names a field of a form.
"""

from plone.app.layout.viewlets.common import ViewletBase


SCRIPT = """<script id="putian-field-link">
(function () {
  "use strict";
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (id.indexOf("formfield-") !== 0) return true;
    var field = document.getElementById(id);
    if (!field) return true;
    var fieldset = field.closest("fieldset[id^='fieldset-']");
    var form = field.closest("form");
    if (fieldset && form && form.classList.contains("pat-autotoc")) {
      var links = form.querySelectorAll(".autotoc-nav > a");
      if (!links.length) return false;
      var legend = fieldset.querySelector(":scope > legend");
      var name = legend ? legend.textContent.trim() : "";
      for (var i = 0; i < links.length; i++) {
        if (links[i].textContent.trim() === name) {
          if (!links[i].classList.contains("active")) links[i].click();
          break;
        }
      }
    }
    field.classList.add("putian-field-target");
    field.scrollIntoView({block: "center"});
    var input = field.querySelector(
      "input:not([type=hidden]), textarea, select, [contenteditable]");
    if (input) input.focus({preventScroll: true});
    return true;
  }
  var tries = 0;
  function attempt() {
    if (!reveal() && tries++ < 50) window.setTimeout(attempt, 100);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attempt);
  } else {
    attempt();
  }
  window.addEventListener("hashchange", function () { tries = 0; attempt(); });
})();
</script>"""


class FieldLinkViewlet(ViewletBase):
    def index(self):
        return SCRIPT
