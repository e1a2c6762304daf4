#!/bin/sh
# The app carries no path of the build or source tree: installed, it would
# otherwise look for files in a build folder that is stale or gone, and the
# binary would differ with where it was built.
#   check-build-paths.sh BINARY PATH...
set -eu
binary=$1
shift
status=0
for path in "$@"; do
  if grep -qaF "$path" "$binary"; then
    echo "$binary names $path:"
    grep -aoF "$path" "$binary" | sort | uniq -c
    status=1
  fi
done
exit $status
