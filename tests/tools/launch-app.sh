#!/bin/sh
# Starts the app for the end-to-end harness, in place of the app itself, when a test needs more
# than WebDriver gives. The arguments are the app and its own arguments.
#   TRINVIS_E2E_OUTPUT: a file that receives the app's standard output and error.
#   TRINVIS_E2E_TRACE: a file that receives strace's record of every socket call of the app and
#     of the WebKit processes it starts, without the data sent. Its first line is the address of
#     the automation link, which WebKitWebDriver gives the app in WEBKIT_INSPECTOR_SERVER: the
#     one internet address the app may use while a test drives it.
set -eu
if [ -n "${TRINVIS_E2E_OUTPUT:-}" ]; then
  exec >>"$TRINVIS_E2E_OUTPUT" 2>&1
fi
if [ -z "${TRINVIS_E2E_TRACE:-}" ]; then
  exec "$@"
fi
printf 'automation link: %s\n' "${WEBKIT_INSPECTOR_SERVER:-}" >"$TRINVIS_E2E_TRACE"
# The seccomp filter stops the app only at the traced calls, so tracing costs next to nothing.
exec strace --follow-forks --interruptible=never --quiet=all --seccomp-bpf --string-limit=0 \
  --trace=socket,connect,bind,sendto,sendmsg,sendmmsg \
  --output-append-mode --output="$TRINVIS_E2E_TRACE" -- "$@"
