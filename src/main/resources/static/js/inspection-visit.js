/*
 * Biên bản kiểm tra trên điện thoại: không mất dữ liệu khi rớt mạng.
 * Every change of the checklist is kept in localStorage first, then saved to the server (debounced, and at once when
 * a note loses focus) through the idempotent draft save: the page names itself with a clientDraftId (a UUID kept per
 * visit on this device) and numbers its saves (clientVersion). A failed save (offline, 5xx, timeout) is retried on
 * the browser's "online" event and on a timer; after a reload the kept draft newer than the server's is restored
 * and sent again. The same script uploads photos with the position the browser gives, when allowed, and keeps each
 * photo on the phone (IndexedDB, photo-queue.js) until the server has it.
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 1500;
  var RETRY_MS = 8000;
  var TIMEOUT_MS = 15000;

  function keyOf(visitId) { return 'ocop.inspection.visit.' + visitId; }

  var record = document.getElementById('visit-done');
  if (record) {
    try { localStorage.removeItem(keyOf(record.getAttribute('data-visit-id'))); } catch (e) { /* no storage */ }
  }
  var form = document.getElementById('visit-form');
  if (!form) { return; }

  var key = keyOf(form.getAttribute('data-visit-id'));
  var statusBox = document.getElementById('save-status');
  var statusText = statusBox.querySelector('.save-text');
  var reloadButton = document.getElementById('save-reload');
  var server = {
    draftId: form.getAttribute('data-client-draft-id'),
    count: toInt(form.getAttribute('data-client-draft-version')),
    version: toInt(form.getAttribute('data-version'))
  };
  var state = null;      // {draftId, count, acked, version, answers, dirty}
  var timer = null;
  var inFlight = null;
  var failed = false;
  var stopped = false;   // a conflict or a refusal: wait for the person

  function toInt(s) { var n = parseInt(s, 10); return isNaN(n) ? 0 : n; }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
  }

  function headers(extra) {
    var h = {};
    try {
      var csrf = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
      Object.keys(csrf).forEach(function (k) { h[k] = csrf[k]; });
    } catch (e) { /* no token on the page */ }
    Object.keys(extra).forEach(function (k) { h[k] = extra[k]; });
    return h;
  }

  function items() { return Array.prototype.slice.call(form.querySelectorAll('.check-item')); }

  function readForm() {
    var answers = {};
    items().forEach(function (el) {
      var checked = el.querySelector('input[type=radio]:checked');
      var note = el.querySelector('textarea');
      answers[el.getAttribute('data-code')] = { answer: checked ? checked.value : null, note: note ? note.value : '' };
    });
    return answers;
  }

  function writeForm(answers) {
    items().forEach(function (el) {
      var a = answers[el.getAttribute('data-code')];
      if (!a) { return; }
      el.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = r.value === a.answer; });
      var note = el.querySelector('textarea');
      if (note) { note.value = a.note || ''; }
      mark(el);
    });
  }

  function mark(el) {
    var checked = el.querySelector('input[type=radio]:checked');
    el.setAttribute('data-answer', checked ? checked.value : '');
  }

  function persist() {
    try { localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* full or private: the server save runs */ }
  }

  function pending() { return state.dirty || state.count > state.acked; }

  function show(kind, message) {
    var texts = {
      saved: 'Đã lưu lúc ' + new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }),
      pending: 'Có thay đổi chưa lưu…',
      saving: 'Đang lưu…',
      restored: 'Đã khôi phục bản nháp trên máy, đang gửi lên máy chủ…',
      failed: 'Chưa lưu được — sẽ gửi lại khi có mạng. Các thay đổi vẫn được giữ trên máy này.'
    };
    statusBox.setAttribute('data-state', kind === 'restored' ? 'saving' : kind);
    statusText.textContent = message || texts[kind] || '';
    reloadButton.hidden = kind !== 'conflict';
  }

  function init() {
    var local = null;
    try { local = JSON.parse(localStorage.getItem(key)); } catch (e) { local = null; }
    if (local && local.draftId && local.answers) {
      var same = local.draftId === server.draftId;
      var acked = same ? Math.max(local.acked, Math.min(server.count, local.count)) : local.acked;
      if (local.dirty || local.count > acked) {
        state = local;
        state.acked = acked;
        if (same) { state.version = server.version; }
        writeForm(state.answers);
        return true;
      }
      var count = Math.max(local.count, same ? server.count : 0);
      state = { draftId: local.draftId, count: count, acked: count, version: server.version, answers: readForm(),
        dirty: false };
    } else {
      state = { draftId: uuid(), count: 0, acked: 0, version: server.version, answers: readForm(), dirty: false };
    }
    return false;
  }

  function post(url, body) {
    var ctrl = window.AbortController ? new AbortController() : null;
    var t = setTimeout(function () { if (ctrl) { ctrl.abort(); } }, TIMEOUT_MS);
    return fetch(url, {
      method: 'POST', credentials: 'same-origin', redirect: 'error', body: body.json || body.form,
      headers: headers(body.json ? { 'Content-Type': 'application/json', 'Accept': 'application/json' }
        : { 'Accept': 'application/json', 'X-Requested-With': 'fetch' }),
      signal: ctrl ? ctrl.signal : undefined
    }).then(function (r) {
      clearTimeout(t);
      return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, data: data }; });
    }, function () {
      clearTimeout(t);
      return { status: 0, data: {} };
    });
  }

  function changed() {
    state.answers = readForm();
    state.dirty = true;
    persist();
    if (!stopped) { show('pending'); }
    schedule(DEBOUNCE_MS);
  }

  function schedule(ms) {
    clearTimeout(timer);
    timer = setTimeout(flush, ms);
  }

  /**
   * Sends the answers as they are now. Resolves 'saved' (the server has everything), 'more' (changes came in while
   * sending), 'failed' (no network, a server error: retried later) or 'refused' (a conflict or bad input).
   */
  function flush() {
    clearTimeout(timer);
    if (stopped) { return Promise.resolve('refused'); }
    if (inFlight) { return inFlight.then(flush); }
    if (state.dirty) {
      state.count += 1;
      state.dirty = false;
      persist();
    }
    if (state.count <= state.acked) {
      failed = false;
      show('saved');
      return Promise.resolve('saved');
    }
    var sending = state.count;
    var answers = Object.keys(state.answers).map(function (code) {
      var a = state.answers[code];
      return { itemCode: code, answer: a.answer, note: a.note };
    });
    show('saving');
    inFlight = post(form.getAttribute('data-save-url'), { json: JSON.stringify({
      clientDraftId: state.draftId, clientVersion: sending, version: state.version, answers: answers }) })
      .then(function (r) {
        inFlight = null;
        if (r.status === 200) {
          failed = false;
          state.acked = Math.max(state.acked, sending);
          state.version = r.data.version;
          persist();
          var version = document.getElementById('submit-version');
          if (version) { version.value = r.data.version; }
          if (pending()) { show('pending'); schedule(300); return 'more'; }
          show('saved');
          return 'saved';
        }
        if (r.status === 409 || r.status === 400 || r.status === 403 || r.status === 404) {
          stopped = r.status === 409;
          failed = false;
          show(r.status === 409 ? 'conflict' : 'rejected', r.data.message || 'Máy chủ không nhận bản lưu này.');
          return 'refused';
        }
        failed = true;
        show('failed');
        return 'failed';
      });
    return inFlight;
  }

  /** Saves until nothing is left to send (before submitting the record); resolves true when all is saved. */
  function settle() {
    return flush().then(function (result) {
      return result === 'more' ? settle() : result === 'saved';
    });
  }

  form.addEventListener('change', function (e) {
    var item = e.target.closest('.check-item');
    if (!item) { return; }
    mark(item);
    changed();
  });
  form.addEventListener('input', function (e) {
    if (e.target.tagName === 'TEXTAREA') { changed(); }
  });
  form.addEventListener('focusout', function (e) {
    if (e.target.tagName === 'TEXTAREA' && pending()) { flush(); }
  });
  window.addEventListener('online', function () { if (pending()) { flush(); } });
  setInterval(function () { if (failed && pending() && !inFlight) { flush(); } }, RETRY_MS);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && pending()) { flush(); }
  });
  reloadButton.addEventListener('click', function () {
    try { localStorage.removeItem(key); } catch (e) { /* no storage */ }
    location.reload();
  });

  // "Không đạt": the finding form below, on that item.
  document.querySelectorAll('.finding-link').forEach(function (link) {
    link.addEventListener('click', function (e) {
      e.preventDefault();
      document.getElementById('finding-item').value = link.getAttribute('data-item');
      var text = document.getElementById('finding-text');
      text.scrollIntoView({ block: 'center' });
      text.focus();
    });
  });

  // The outcome: the ground of Điều 8.1 only to propose a revocation.
  var submitForm = document.getElementById('submit-form');
  var ground = document.getElementById('ground-block');
  submitForm.addEventListener('change', function () {
    var chosen = submitForm.querySelector('input[name=outcome]:checked');
    ground.hidden = !chosen || chosen.value !== 'PROPOSE_REVOCATION';
  });
  submitForm.addEventListener('submit', function (e) {
    if (submitForm.getAttribute('data-ready') === '1') { return; }
    e.preventDefault();
    var message = document.getElementById('submit-message');
    message.hidden = true;
    settle().then(function (ok) {
      if (ok) {
        submitForm.setAttribute('data-ready', '1');
        submitForm.submit();
      } else {
        message.textContent = 'Chưa hoàn thành được: các câu trả lời chưa lưu lên máy chủ. Hãy gửi lại khi có mạng.';
        message.hidden = false;
      }
    });
  });

  // Findings, actions, notes: a page round trip, so only when there is a network; what was typed stays.
  document.querySelectorAll('form.needs-network').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      var message = f.querySelector('.network-message');
      if (navigator.onLine === false) {
        e.preventDefault();
        message.textContent = 'Không có mạng: chưa gửi được. Nội dung vẫn còn đây, hãy gửi lại khi có mạng.';
        message.hidden = false;
      }
    });
  });

  // Photos from the camera with the position, when the inspector allows it; without one otherwise. Each photo is
  // kept on the phone (IndexedDB, with a client id) before it is sent, and stays there until the server has it: no
  // network, a timeout, 408, 429 or 5xx leave it waiting ("Chờ gửi"), sent again on "online", on the retry timer and
  // when the page loads. The server takes a resend with the same client id as the same photo.
  var photoForm = document.getElementById('photo-form');
  var photoMessage = document.getElementById('photo-message');
  var photoInput = document.getElementById('photo-file');
  var pendingBox = document.getElementById('photo-pending');
  var visitId = form.getAttribute('data-visit-id');
  var queue = window.OcopPhotoQueue || null;
  var draining = null;
  var photosWaiting = false;
  var thumbnails = [];

  function locate() {
    return new Promise(function (resolve) {
      if (!navigator.geolocation) { resolve(null); return; }
      navigator.geolocation.getCurrentPosition(resolve, function () { resolve(null); },
        { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    });
  }

  /** 'sent', 'wait' (no answer, or one that asks to come back later) or 'refused' (the file is not accepted). */
  function photoOutcome(r) {
    if (r.status === 200) { return 'sent'; }
    return r.status === 0 || r.status === 408 || r.status === 429 || r.status >= 500 ? 'wait' : 'refused';
  }

  function refusal(r) {
    return r.data.message || 'Ảnh không hợp lệ (JPEG, PNG hoặc WebP, tối đa 10 MB).';
  }

  function uploadPhoto(photo) {
    var data = new FormData();
    data.set('file', photo.file, photo.fileName);
    ['itemCode', 'latitude', 'longitude', 'accuracy', 'takenAt'].forEach(function (k) {
      if (photo[k]) { data.set(k, photo[k]); }
    });
    if (photo.clientId) { data.set('clientPhotoId', photo.clientId); }
    return post(photoForm.action, { form: data });
  }

  function showWaiting(photos) {
    thumbnails.forEach(function (url) { URL.revokeObjectURL(url); });
    thumbnails = [];
    pendingBox.textContent = '';
    photos.forEach(function (photo) {
      var figure = document.createElement('figure');
      figure.className = 'photo photo-waiting mb-0';
      figure.setAttribute('data-client-id', photo.clientId);
      var img = document.createElement('img');
      var url = URL.createObjectURL(photo.file);
      thumbnails.push(url);
      img.src = url;
      img.alt = 'Ảnh chờ gửi' + (photo.itemCode ? ' mục ' + photo.itemCode : '');
      var caption = document.createElement('figcaption');
      caption.className = 'small';
      caption.textContent = (photo.itemCode ? 'Mục ' + photo.itemCode + ' · ' : '') + 'Chờ gửi — sẽ gửi khi có mạng';
      figure.appendChild(img);
      figure.appendChild(caption);
      pendingBox.appendChild(figure);
    });
    pendingBox.hidden = photos.length === 0;
    photosWaiting = photos.length > 0;
    var none = document.getElementById('no-photos');
    if (none) { none.hidden = photosWaiting; }
  }

  /**
   * Sends the waiting photos of this visit one after another (never two at once); when one went, the page is loaded
   * again to show the photos as the server has them. Resolves 'sent', 'wait' or 'refused' (the last outcome).
   */
  function drainPhotos() {
    if (!queue) { return Promise.resolve('wait'); }
    if (draining) { return draining; }
    var sent = 0;
    var last = 'sent';
    draining = queue.of(visitId).then(function (photos) {
      return photos.reduce(function (chain, photo) {
        return chain.then(function () {
          if (last === 'wait') { return null; }
          return uploadPhoto(photo).then(function (r) {
            last = photoOutcome(r);
            if (last === 'wait') { return null; }
            if (last === 'refused') { photoMessage.textContent = refusal(r); } else { sent += 1; }
            return queue.remove(photo.clientId);
          });
        });
      }, Promise.resolve());
    }).then(function () {
      draining = null;
      if (sent > 0) {
        photoMessage.textContent = 'Đã gửi ảnh lên máy chủ.';
        location.reload();
        return 'sent';
      }
      return queue.of(visitId).then(function (photos) { showWaiting(photos); return last; });
    }, function () {
      draining = null;
      return 'wait';
    });
    return draining;
  }

  /** The old way, when the phone cannot keep the photo: one upload, resent by hand. */
  function uploadOnce(photo) {
    return uploadPhoto(photo).then(function (r) {
      var outcome = photoOutcome(r);
      if (outcome === 'sent') {
        photoMessage.textContent = r.data.located ? 'Đã lưu ảnh kèm vị trí.' : 'Đã lưu ảnh (không có vị trí).';
        location.reload();
      } else if (outcome === 'wait') {
        photoMessage.textContent = 'Chưa gửi được ảnh — hãy bấm “Lưu ảnh” lại khi có mạng.';
      } else {
        photoMessage.textContent = refusal(r);
      }
    });
  }

  photoForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var file = photoInput.files[0];
    if (!file) { photoMessage.textContent = 'Chọn hoặc chụp một ảnh.'; return; }
    photoMessage.textContent = 'Đang lấy vị trí…';
    locate().then(function (position) {
      var photo = { clientId: uuid(), visitId: visitId, file: file, fileName: file.name || 'anh-hien-truong',
        itemCode: document.getElementById('photo-item').value || null,
        takenAt: new Date(file.lastModified || Date.now()).toISOString(), queuedAt: Date.now() };
      if (position) {
        photo.latitude = position.coords.latitude.toFixed(6);
        photo.longitude = position.coords.longitude.toFixed(6);
        photo.accuracy = position.coords.accuracy.toFixed(1);
      }
      photoMessage.textContent = 'Đang gửi ảnh…';
      if (!queue) { return uploadOnce(photo); }
      return queue.put(photo).then(function () {
        photoInput.value = '';
        return (draining || Promise.resolve()).then(drainPhotos).then(function (outcome) {
          if (outcome === 'wait') {
            photoMessage.textContent = 'Chưa gửi được ảnh — ảnh được giữ trên máy này và sẽ tự gửi khi có mạng.';
          }
        });
      }, function () { return uploadOnce(photo); });
    });
  });
  window.addEventListener('online', function () { drainPhotos(); });
  setInterval(function () { if (photosWaiting && !draining) { drainPhotos(); } }, RETRY_MS);
  drainPhotos();

  if (init()) {
    show('restored');
    flush();
  } else {
    persist();
    if (state.count > 0 || items().some(function (el) { return el.getAttribute('data-answer'); })) {
      show('saved', 'Đã lưu trên máy chủ');
    } else {
      show('empty', 'Chưa có câu trả lời nào. Câu trả lời được lưu tự động.');
    }
  }
}());
