#!/bin/sh
# Rules of the house that a compiler does not check (HACKING.md):
#  - every C file names its log domain before it includes anything, so
#    its messages say where they come from;
#  - the model (src/content, src/plan, src/core) never includes GTK;
#  - `_kc_` functions, which only a library's own files and tests may call,
#    are declared in `-private.h` headers, never in public ones.
#   check-sources.sh SRCDIR
set -eu
cd "$1"
status=0

# One awk over every file, not a few processes per file: on a busy machine
# the forks alone outran the test's time limit.  An empty file has no lines
# for awk to see, so find names it.
if ! find . -name '*.c' | sort | xargs awk '
  function check() {
    if (!define || (include && define > include)) {
      print file ": no #define G_LOG_DOMAIN before its first #include"
      bad = 1
    }
  }
  FNR == 1 { if (NR > 1) check(); file = FILENAME; define = 0; include = 0 }
  /^#define G_LOG_DOMAIN/ && !define { define = FNR }
  /^#include/ && !include { include = FNR }
  END { if (NR > 0) check(); exit bad }'; then
  status=1
fi
for file in $(find . -name '*.c' -empty | sort); do
  echo "$file: no #define G_LOG_DOMAIN before its first #include"
  status=1
done

if grep -rn --include='*.[ch]' -e '#include <gtk/' -e '#include <adwaita' content plan core; then
  echo "the model above includes GTK"
  status=1
fi

private_calls=$(find . -name '*.h' ! -name '*-private.h' | sort |
  xargs grep -Hn '\b_kc_[a-z0-9_]* *(' || true)
if [ -n "$private_calls" ]; then
  echo "$private_calls"
  echo "$private_calls" | cut -d: -f1 | sort -u | while read -r header; do
    echo "$header: declares a _kc_ function; it belongs in a -private.h header"
  done
  status=1
fi

exit $status
