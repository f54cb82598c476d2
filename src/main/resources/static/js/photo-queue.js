/*
 * Ảnh chờ gửi: the photos taken on the phone that have not reached the server yet, kept in IndexedDB (they survive a
 * reload or a closed tab) until they are sent. A small promise wrapper over one object store, keyed by the photo's
 * client id (a UUID): each entry {clientId, visitId, file (Blob), fileName, itemCode, latitude, longitude, accuracy,
 * takenAt, queuedAt}. When the browser has no IndexedDB (or refuses it), every call rejects and the page sends at once.
 */
(function () {
  'use strict';

  var DB_NAME = 'ocop-inspection';
  var STORE = 'pending-photos';
  var opened = null;

  function open() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
        var request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore(STORE, { keyPath: 'clientId' });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
        request.onblocked = function () { reject(new Error('IndexedDB blocked')); };
      });
      opened.catch(function () { opened = null; });
    }
    return opened;
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result;
        var request = work(tx.objectStore(STORE));
        request.onsuccess = function () { result = request.result; };
        tx.oncomplete = function () { resolve(result); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  window.OcopPhotoQueue = {
    /** Keeps a photo until it is sent; resolves when it is written. */
    put: function (entry) { return run('readwrite', function (s) { return s.put(entry); }); },
    /** The photos of one visit still waiting, oldest first. */
    of: function (visitId) {
      return run('readonly', function (s) { return s.getAll(); }).then(function (all) {
        return (all || []).filter(function (e) { return e.visitId === visitId; })
          .sort(function (a, b) { return a.queuedAt - b.queuedAt; });
      });
    },
    /** Forgets a photo once the server has it (or refused it for good). */
    remove: function (clientId) { return run('readwrite', function (s) { return s.delete(clientId); }); }
  };
}());
