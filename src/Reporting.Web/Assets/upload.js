// Drag-and-drop onto the upload form: dropped files go into the file input, so the form posts as if they were chosen.
(function () {
  var zone = document.getElementById('dropzone');
  var input = document.getElementById('files');
  var chosen = document.getElementById('chosen');
  if (!zone || !input) { return; }
  function show() {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    chosen.textContent = names.join(', ');
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
  });
  input.addEventListener('change', show);
})();
