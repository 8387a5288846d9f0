// The dashboard's one script. Telegram hands a Mini App its launch parameters in the URL's hash (tgWebAppData,
// tgWebAppThemeParams), which is all that telegram-web-app.js reads for this page; that file is not vendored here,
// since Telegram's servers are not reachable from the build, so this reads the hash itself.
(function () {
  "use strict";
  var hash = new URLSearchParams(window.location.hash.slice(1));
  var root = document.documentElement;

  function applyTheme(theme) {
    Object.keys(theme).forEach(function (key) {
      if (/^[a-z_]+$/.test(key) && /^#[0-9a-fA-F]{3,8}$/.test(String(theme[key]))) {
        root.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), theme[key]);
      }
    });
  }

  try {
    var fresh = hash.get("tgWebAppThemeParams");
    if (fresh) {
      sessionStorage.setItem("vipgate-theme", fresh);
    }
    var theme = fresh || sessionStorage.getItem("vipgate-theme");
    if (theme) {
      applyTheme(JSON.parse(theme));
      root.classList.add("telegram");
    }
  } catch (ignored) {
    // A bad theme leaves the page in its own light or dark colours.
  }

  function tellTelegram(eventType) {
    var data = JSON.stringify({eventType: eventType, eventData: ""});
    if (window.TelegramWebviewProxy) {
      window.TelegramWebviewProxy.postEvent(eventType, "");
    } else if (window.external && window.external.notify) {
      window.external.notify(data);
    } else if (window.parent !== window) {
      window.parent.postMessage(data, "https://web.telegram.org");
    }
  }
  tellTelegram("web_app_ready");

  var initData = hash.get("tgWebAppData");
  var status = document.getElementById("miniapp-status");
  if (!initData || !status) {
    return;
  }
  if (status) {
    status.textContent = "Signing you in…";
  }
  fetch("/admin/auth/miniapp", {
    method: "POST",
    headers: {"Content-Type": "application/x-www-form-urlencoded"},
    body: "initData=" + encodeURIComponent(initData),
    credentials: "same-origin"
  }).then(function (response) {
    if (response.status === 204) {
      window.location.replace("/admin/");
    } else if (status) {
      status.textContent = response.status === 403 ? "This dashboard is for the bot's admins only."
        : response.status === 429 ? "Too many attempts. Wait a minute and reopen the dashboard."
        : "Telegram's sign-in could not be checked. Close and reopen the dashboard.";
    }
  });
})();
