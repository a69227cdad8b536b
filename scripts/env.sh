# Sourced by scripts/run and scripts/test: what QtWebEngine needs on this machine.
if [[ $(id -u) -eq 0 ]]; then
  # Chromium refuses to run its sandbox as root.
  export QTWEBENGINE_DISABLE_SANDBOX=1
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu}"
else
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
fi
