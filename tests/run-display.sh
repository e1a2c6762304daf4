#!/bin/sh
# Runs a test under its own X server and D-Bus session, so that tests
# never touch the desktop of whoever runs them (NOTES.md: without a private
# bus GLib autolaunches one and leaves it behind).
set -eu
exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- "$@"
