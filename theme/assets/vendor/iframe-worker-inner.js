/* iframe-worker 1.0 (MIT licence, Martin Donath; see iframe-worker-LICENSE.txt): the helpers
   a worker's frame needs, from a file (see iframe-worker-shim.js beside this one). */
"use strict";
(() => {
  const worker = document.currentScript.dataset.worker;
  window.postMessage = (message, origin) => parent.postMessage(message, origin || "*");
  window.importScripts = (...urls) =>
    urls.reduce(
      (loaded, url) =>
        loaded.then(
          () =>
            new Promise((done) => {
              const script = document.createElement("script");
              script.src = url;
              script.onload = done;
              document.body.appendChild(script);
            }),
        ),
      Promise.resolve(),
    );
  addEventListener("error", ({ error }) => {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error }));
  });
})();
