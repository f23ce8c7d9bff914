// Loaded first in every HTML page the test servers send (they insert it at
// the top of <head>): records what a test must see in every engine alike —
// console errors, uncaught errors, unhandled rejections, CSP violations and
// dialogs — in one global, window.__fpProbe. A classic script, same origin,
// so it runs under the strictest Content-Security-Policy the tests set.
(function () {
  var probe = { problems: [], violations: [], dialogs: [], rejections: [] };
  Object.defineProperty(window, '__fpProbe', { value: probe });
  var text = function (x) {
    try {
      return x && x.stack && x.message ? x.message : typeof x === 'string' ? x : x && x.message ? x.message : String(x);
    } catch (e) {
      return '?';
    }
  };
  var error = console.error;
  console.error = function () {
    probe.problems.push('console: ' + Array.prototype.map.call(arguments, text).join(' '));
    return error.apply(console, arguments);
  };
  window.addEventListener('error', function (e) {
    // Resource load errors (an <img> 404) come here too, without a message.
    if (e.message) probe.problems.push('pageerror: ' + e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    probe.rejections.push(text(e.reason));
    probe.problems.push('unhandledrejection: ' + text(e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    probe.violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  ['alert', 'confirm', 'prompt'].forEach(function (name) {
    window[name] = function (message) {
      probe.dialogs.push(name + ': ' + message);
    };
  });
})();
