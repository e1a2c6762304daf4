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

for file in $(find . -name '*.c' | sort); do
  first_define=$(grep -n '^#define G_LOG_DOMAIN' "$file" | head -1 | cut -d: -f1)
  first_include=$(grep -n '^#include' "$file" | head -1 | cut -d: -f1)
  if [ -z "$first_define" ] || { [ -n "$first_include" ] && [ "$first_define" -gt "$first_include" ]; }; then
    echo "$file: no #define G_LOG_DOMAIN before its first #include"
    status=1
  fi
done

if grep -rn --include='*.[ch]' -e '#include <gtk/' -e '#include <adwaita' content plan core; then
  echo "the model above includes GTK"
  status=1
fi

for header in $(find . -name '*.h' ! -name '*-private.h' | sort); do
  if grep -n '\b_kc_[a-z0-9_]* *(' "$header"; then
    echo "$header: declares a _kc_ function; it belongs in a -private.h header"
    status=1
  fi
done

exit $status
