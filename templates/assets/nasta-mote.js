/* Marks an announced next meeting as passed once its date has passed in Stockholm, on a page built before that
   day: a copy from a cache, a saved page, or a site whose daily rebuild has not run. Without this script the page
   reads as it was built. The build minifies this file (Output/ScriptMinifier). */
(function () {
  'use strict';

  // Today's date in Stockholm as yyyy-mm-dd, whatever the reader's own time zone; null when the browser cannot tell.
  function stockholmToday() {
    try {
      var parts = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit'
      }).formatToParts(new Date());
      var value = {};
      for (var i = 0; i < parts.length; i++) value[parts[i].type] = parts[i].value;
      var date = value.year + '-' + value.month + '-' + value.day;
      return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
    } catch (e) {
      return null;
    }
  }

  function show(box, selector, visible) {
    var elements = box.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i++) elements[i].hidden = !visible;
  }

  // Each box carries its meeting's date and both wordings; the one for a passed date starts hidden.
  var boxes = document.querySelectorAll('[data-nasta-mote]');
  var today = boxes.length > 0 ? stockholmToday() : null;
  for (var i = 0; today && i < boxes.length; i++) {
    if (boxes[i].getAttribute('data-nasta-mote') < today) {
      show(boxes[i], '[data-kommande]', false);
      show(boxes[i], '[data-passerat]', true);
      boxes[i].setAttribute('data-nasta-mote-passerat', '');
    }
  }
})();
